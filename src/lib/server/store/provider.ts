// Which store the server runs on, chosen once per process from the environment (storeSelection):
// the in-memory DataService by default, ClickHouseStoreProvider with STORE=clickhouse CLICKHOUSE_URL=….
import { ClickHouseStoreProvider, storeSelection } from './clickhouse';
import { dataService } from './service';
import type { TradeStoreProvider } from './types';

export interface ServedStoreProvider extends TradeStoreProvider {
	/** Opens the data (awaited before the server listens) and starts following changes. */
	start(): Promise<void>;
}

// On globalThis for the reason dataService() is: `vite dev` re-evaluates changed modules.
const KEY = Symbol.for('trade-dashboard.store-provider');
const holder = globalThis as typeof globalThis & { [KEY]?: ServedStoreProvider };

/** The process-wide store provider. A bad STORE / CLICKHOUSE_* setting throws at start, naming the variable. */
export function storeProvider(): ServedStoreProvider {
	if (!holder[KEY]) {
		const selection = storeSelection(process.env);
		holder[KEY] = selection.kind === 'clickhouse' ? new ClickHouseStoreProvider(selection.config) : dataService();
	}
	return holder[KEY];
}
