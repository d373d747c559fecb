// Loading a validated Dataset into ClickHouse: (re)create the tables on every shard, insert the trade
// figures through the Distributed table in batches, copy the small tables to every shard, fill the
// derived tables (pairs, products) and write the meta row last. Used by scripts/clickhouse-load.ts and
// the ClickHouse tests. The Dataset comes from buildDataset, the project's one validator: nothing is
// checked twice or differently here.
import type { ClickHouseClient } from '@clickhouse/client';
import type { Dataset } from '../../data/types';
import { clickHouseClient, type ClickHouseConfig } from './clickhouse';
import { sql, toInline, type Sql } from './clickhouseSql';
import {
	derivedTableInserts,
	insertRow,
	metaRow,
	shardDdl,
	smallTableRows,
	tableRef,
	tradeRow,
	SMALL_TABLES,
	TRADE,
	type ClickHouseLayout,
	type SmallTableName
} from './clickhouseSchema';
import type { DataVersion } from './types';

/** Rows per INSERT through the Distributed table: large enough for few parts, small enough for little memory. */
export const BATCH_ROWS = 50_000;

/** What a load wrote, checked against the data set (counted back from the tables). */
export interface LoadReport {
	tradeRows: number;
	productRows: number;
	/** Rows counted back through the Distributed table, all goods and products together. */
	counted: number;
	/** Rows of each small table on each shard, by shard URL. */
	small: Record<string, Partial<Record<SmallTableName, number>>>;
}

export class LoadCountError extends Error {}

async function run(client: ClickHouseClient, q: Sql): Promise<void> {
	await client.command({ query: toInline(q) });
}

/**
 * Replaces the data in ClickHouse with `dataset`. Progress lines go to `progress` (rows inserted so far).
 * Throws LoadCountError when the rows counted back differ from the rows of the data set.
 */
export async function loadIntoClickHouse(
	dataset: Dataset,
	version: DataVersion,
	config: ClickHouseConfig,
	progress: (message: string) => void = () => {}
): Promise<LoadReport> {
	const layout = config.layout;
	const shards = config.shardUrls.map((url) => clickHouseClient({ ...config, url }, { insertTimeoutMs: 120_000 }));
	const queryNode = clickHouseClient(config, { insertTimeoutMs: 120_000 });
	try {
		for (const [i, shard] of shards.entries()) {
			for (const statement of shardDdl(layout)) await run(shard, statement);
			progress(`shard ${i + 1}/${shards.length} (${config.shardUrls[i]}): tables created`);
		}

		// Trade figures through the Distributed table: the sharding key places each pair on its shard.
		const rows = [...dataset.trade, ...dataset.productTrade];
		const table = `${layout.database}.trade`;
		for (let start = 0; start < rows.length; start += BATCH_ROWS) {
			const batch = rows.slice(start, start + BATCH_ROWS).map((o) => insertRow(TRADE, tradeRow(o)));
			await queryNode.insert({ table, values: batch, format: 'JSONEachRow' });
			progress(
				`trade: ${Math.min(start + BATCH_ROWS, rows.length).toLocaleString('en-US')} / ${rows.length.toLocaleString('en-US')} rows`
			);
		}

		const small = smallTableRows(dataset);
		const report: LoadReport = {
			tradeRows: dataset.trade.length,
			productRows: dataset.productTrade.length,
			counted: 0,
			small: {}
		};
		for (const [i, shard] of shards.entries()) {
			const url = config.shardUrls[i] as string;
			for (const [name, values] of Object.entries(small) as [keyof typeof small, unknown[]][]) {
				if (values.length === 0) continue;
				const spec = SMALL_TABLES[name];
				await shard.insert({
					table: `${layout.database}.${spec.name}`,
					values: values.map((row) => insertRow(spec, row as object)),
					format: 'JSONEachRow'
				});
			}
			for (const statement of derivedTableInserts(layout)) await run(shard, statement);
			report.small[url] = {};
			for (const name of Object.keys(small) as (keyof typeof small)[]) {
				report.small[url][name] = await countRows(shard, layout, SMALL_TABLES[name].name);
			}
			progress(`shard ${i + 1}/${shards.length}: small tables copied`);
		}

		report.counted = await countRows(queryNode, layout, 'trade');
		const problems: string[] = [];
		if (report.counted !== rows.length)
			problems.push(`trade: ${report.counted} rows counted through ${table}, ${rows.length} in the data set`);
		for (const [url, counts] of Object.entries(report.small)) {
			for (const [name, values] of Object.entries(small) as [keyof typeof small, unknown[]][]) {
				if (counts[name] !== values.length)
					problems.push(`${name} on ${url}: ${counts[name]} rows, ${values.length} in the data set`);
			}
		}
		if (problems.length > 0) throw new LoadCountError(`row counts differ after the load:\n  ${problems.join('\n  ')}`);

		// Last: a store opens only tables with a meta row, so a load cut short is never served as complete.
		for (const shard of shards) {
			await shard.insert({
				table: `${layout.database}.${SMALL_TABLES.meta.name}`,
				values: [metaRow(dataset, version)],
				format: 'JSONEachRow'
			});
		}
		return report;
	} finally {
		await Promise.all([queryNode, ...shards].map((c) => c.close()));
	}
}

async function countRows(client: ClickHouseClient, layout: ClickHouseLayout, table: string): Promise<number> {
	const result = await client.query({
		query: toInline(sql`SELECT count() AS n FROM ${tableRef(layout, table)}`),
		format: 'JSONEachRow'
	});
	const [row] = await result.json<{ n: string }>();
	return Number(row?.n ?? 0);
}
