// The cluster the suite runs against (started by scripts/clickhouse/cluster.sh, which sets the variables),
// and the in-memory stores of the same files, which the ClickHouse store must answer exactly as.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '@clickhouse/client';
import { buildDataset } from '../../src/lib/data/dataset';
import { columnar } from '../../src/lib/server/store/columnar';
import { readDataFiles } from '../../src/lib/server/store/files';
import { MemoryTradeStore } from '../../src/lib/server/store/memoryStore';
import { clickHouseConfigFromEnv, type ClickHouseConfig } from '../../src/lib/server/store/clickhouse';
import type { SyntheticShape } from '../../scripts/clickhouse/synthetic';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);

/** Small on purpose (the machine is shared): 4 countries, 20 products, 10 years ≈ 4,800 product rows. */
export const SYNTHETIC_SHAPE: SyntheticShape = { countries: 4, products: 20, years: 10 };

/** The cluster's addresses; fails with the way to run the suite when they are missing. */
export function clusterEnv(): Record<string, string> {
	const { CLICKHOUSE_URL, CLICKHOUSE_URL_2, CLICKHOUSE_CLUSTER, CLICKHOUSE_CLUSTER_DIR } = process.env;
	if (!CLICKHOUSE_URL || !CLICKHOUSE_URL_2 || !CLICKHOUSE_CLUSTER || !CLICKHOUSE_CLUSTER_DIR) {
		throw new Error(
			'the ClickHouse tests need the cluster of scripts/clickhouse/cluster.sh: run `npm run test:clickhouse`'
		);
	}
	return {
		CLICKHOUSE_URL,
		CLICKHOUSE_SHARD_URLS: `${CLICKHOUSE_URL},${CLICKHOUSE_URL_2}`,
		CLICKHOUSE_CLUSTER,
		CLICKHOUSE_CLUSTER_DIR
	};
}

/** The store's configuration for one of the loaded databases; `timeoutMs` short so a dead shard fails fast. */
export function configFor(database: 'bundled' | 'synthetic', timeoutMs = 5000): ClickHouseConfig {
	return clickHouseConfigFromEnv({
		...clusterEnv(),
		CLICKHOUSE_DATABASE: database,
		CLICKHOUSE_TIMEOUT_MS: String(timeoutMs)
	});
}

/**
 * The in-memory store (the default store, the reference) of the files in `dir`, loaded as the server
 * loads them; `loadedAt` as the ClickHouse load recorded it, so whole version answers compare.
 */
export function memoryStoreOf(dir: string, loadedAt = new Date()): MemoryTradeStore {
	const { texts, version } = readDataFiles(dir, loadedAt);
	const { dataset, issues } = buildDataset(texts);
	if (!dataset) throw new Error(`${dir}: ${issues.length} problems`);
	return new MemoryTradeStore(columnar(dataset, version));
}

/** Stops or starts one shard of the running cluster. */
export function shard(action: 'stop' | 'start' | 'freeze' | 'thaw', n: 1 | 2): void {
	execFileSync('bash', [path.join(ROOT, 'scripts/clickhouse/cluster.sh'), action, String(n)], { stdio: 'inherit' });
}

/** Lines of both servers' error logs: what the server logged as failed queries. */
export function serverErrorLog(): string {
	const dir = clusterEnv().CLICKHOUSE_CLUSTER_DIR as string;
	return [1, 2]
		.map((n) => path.join(dir, `shard${n}`, 'log', 'server.err.log'))
		.filter((f) => existsSync(f))
		.map((f) => readFileSync(f, 'utf8'))
		.join('\n');
}

const shards = () => [clusterEnv().CLICKHOUSE_URL, process.env.CLICKHOUSE_URL_2 as string];

/** Every table of the test databases on both shards with its row count. */
export async function tableCounts(): Promise<string> {
	const out: string[] = [];
	for (const url of shards()) {
		const client = createClient({ url });
		const tables = await (
			await client.query({
				query:
					"SELECT database, name FROM system.tables WHERE database IN ('bundled', 'synthetic') AND engine != 'Distributed' ORDER BY database, name",
				format: 'JSONEachRow'
			})
		).json<{ database: string; name: string }>();
		for (const t of tables) {
			const [row] = await (
				await client.query({ query: `SELECT count() AS n FROM ${t.database}.${t.name}`, format: 'JSONEachRow' })
			).json<{ n: string }>();
			out.push(`${url} ${t.database}.${t.name} ${row?.n}`);
		}
		await client.close();
	}
	return out.join('\n');
}
