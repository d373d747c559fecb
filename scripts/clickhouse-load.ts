// Loads a folder of data contract files into ClickHouse: `npm run clickhouse:load -- DIR`.
// Validates with the project's loader (buildDataset, the one validator) and stops on any problem;
// then (re)creates the tables on every shard, inserts the trade figures through the Distributed table
// in batches with progress, and checks the row counts at the end (exit 1 when they differ).
// Where: CLICKHOUSE_URL, CLICKHOUSE_SHARD_URLS, CLICKHOUSE_DATABASE, CLICKHOUSE_CLUSTER (see
// clickHouseConfigFromEnv in src/lib/server/store/clickhouse.ts).
import path from 'node:path';
import { buildDataset } from '../src/lib/data/dataset';
import { formatIssue } from '../src/lib/data/issues';
import { readDataFiles } from '../src/lib/server/store/files';
import { clickHouseConfigFromEnv } from '../src/lib/server/store/clickhouse';
import { loadIntoClickHouse } from '../src/lib/server/store/clickhouseLoad';

const dir = path.resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const config = clickHouseConfigFromEnv();
const started = Date.now();
// The version as the in-memory store computes it (the same id for the same files).
const { texts, version } = readDataFiles(dir);
const { dataset, issues } = buildDataset(texts);
if (!dataset) {
	console.error(`${dir}: ${issues.length} problem(s); nothing loaded`);
	for (const issue of issues) console.error('  ' + formatIssue(issue));
	process.exit(1);
}
console.error(
	`${dir}: ${dataset.trade.length} all-goods and ${dataset.productTrade.length} product rows → ` +
		`${config.url} database ${config.layout.database}, cluster ${config.layout.cluster}, shards ${config.shardUrls.join(' ')}`
);
try {
	const report = await loadIntoClickHouse(dataset, version, config, (line) => console.error('  ' + line));
	console.log(
		`loaded data version ${version.id}: ${report.counted} trade rows counted through the Distributed table ` +
			`(${report.tradeRows} all goods + ${report.productRows} products) in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
} catch (error) {
	console.error(String((error as Error).message ?? error));
	process.exit(1);
}
