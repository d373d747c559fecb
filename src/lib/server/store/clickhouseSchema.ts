// The ClickHouse tables behind the ClickHouse store, and how a validated Dataset becomes their rows.
//
// Trade figures (all goods and products, 10⁸–10⁹ rows at world scale) live in `trade_local`, a
// MergeTree on every shard ordered for the dashboard's queries (reporter, partner, flow, product,
// period), read and written through `trade`, a Distributed table sharded by cityHash64(reporter,
// partner): one pair's rows sit together on one shard, so a pair's query reads one sorted range there.
//
// Everything else is small (sources, countries, rates, FDI, claims, events: hundreds to tens of
// thousands of rows) and is copied whole to every shard at load ("replicated by insert"): any shard can
// then be the node the dashboard talks to, small queries never fan out, and pages that need no trade
// figures keep working while another shard is down.
//
// Column names are the interface's field names, so rows read back with `SELECT columns` are the
// interface's rows with no renaming. Codes are LowCardinality(String): experimental in 18.16, enabled by
// `allow_experimental_low_cardinality_type` (set per query by the load command; newer servers ignore it
// as obsolete).
import type { DataVersion, TradeFigure } from './types';
import type { Dataset, ProductTradeObservation, TradeObservation } from '../../data/types';
import { periodOf, smallTables } from './columnar';
import { sql, sqlIdentifier, type Sql } from './clickhouseSql';

/** Where the tables are: a database name and the cluster (from the server config) the Distributed table spans. */
export interface ClickHouseLayout {
	database: string;
	cluster: string;
}

export interface TableSpec {
	name: string;
	/** [column, ClickHouse type]; the column is the interface's field name. */
	columns: readonly (readonly [string, string])[];
	orderBy: string;
}

const LC = 'LowCardinality(String)';
const PERIOD = [
	['period', 'String'],
	['year', 'UInt16'],
	['sub', 'UInt8']
] as const;

/** Trade figures, all goods (product columns empty) and products, in one table. */
export const TRADE: TableSpec = {
	name: 'trade_local',
	columns: [
		['reporter', LC],
		['partner', LC],
		['flow', "Enum8('export' = 1, 'import' = 2)"],
		['productClassification', LC],
		['productCode', LC],
		['productLabel', LC],
		...PERIOD,
		['value', 'Float64'],
		['currency', LC],
		['publishedUnit', LC],
		['publishedValue', 'String'],
		['valuation', LC],
		['concept', LC],
		['qualifier', LC],
		['source', LC],
		['note', LC],
		['line', 'UInt32']
	],
	orderBy: 'reporter, partner, flow, productClassification, productCode, year, sub'
};

/** Small tables, whole on every shard. `ord` keeps the order of the data files (and of the interface's answers). */
export const SMALL_TABLES = {
	fdi: {
		name: 'fdi',
		columns: [
			['ord', 'UInt32'],
			...PERIOD,
			['investor', LC],
			['host', LC],
			['measure', LC],
			['value', 'Float64'],
			['currency', LC],
			['publishedUnit', LC],
			['publishedValue', 'String'],
			['basis', 'String'],
			['qualifier', LC],
			['source', LC],
			['note', 'String'],
			['line', 'UInt32']
		],
		orderBy: 'ord'
	},
	fx: {
		name: 'fx',
		columns: [
			['ord', 'UInt32'],
			['year', 'UInt16'],
			['base', LC],
			['quote', LC],
			['rate', 'Float64'],
			['source', LC],
			['note', 'String'],
			['line', 'UInt32']
		],
		orderBy: 'ord'
	},
	claims: {
		name: 'claims',
		columns: [
			['ord', 'UInt32'],
			['id', 'String'],
			...PERIOD,
			['topic', LC],
			['subject', LC],
			['partner', LC],
			['flow', LC],
			['value', 'Float64'],
			['currency', LC],
			['publishedUnit', LC],
			['publishedValue', 'String'],
			['qualifier', LC],
			['claimant', 'String'],
			['source', LC],
			['statement', 'String'],
			['line', 'UInt32'],
			['product', 'String']
		],
		orderBy: 'ord'
	},
	totals: {
		name: 'totals',
		columns: [
			['ord', 'UInt32'],
			['id', 'String'],
			['period', 'String'],
			['subject', LC],
			['partner', LC],
			['measure', LC],
			['value', 'Float64'],
			['currency', LC],
			// Not in PairTotalRow, but in the loader's rows, which the in-memory store answers with.
			['unit', LC],
			['publishedUnit', LC],
			['publishedValue', 'String'],
			['basis', 'String'],
			['qualifier', LC],
			['source', LC],
			['note', 'String'],
			['line', 'UInt32']
		],
		orderBy: 'ord'
	},
	statements: {
		name: 'statements',
		columns: [
			['ord', 'UInt32'],
			['id', 'String'],
			['period', 'Nullable(String)'],
			['kind', LC],
			['subject', LC],
			['whole', LC],
			['partner', LC],
			['value', 'Float64'],
			['publishedValue', 'String'],
			['among', 'String'],
			['evidence', 'Array(String)'],
			['claimant', 'String'],
			['source', LC],
			['statement', 'String'],
			['line', 'UInt32']
		],
		orderBy: 'ord'
	},
	breaks: {
		name: 'breaks',
		columns: [
			['ord', 'UInt32'],
			['period', 'String'],
			['reporter', LC],
			['source', LC],
			['description', 'String'],
			['evidence', 'String'],
			['evidenceSource', 'String'],
			['line', 'UInt32']
		],
		orderBy: 'ord'
	},
	events: {
		name: 'events',
		columns: [
			['ord', 'UInt32'],
			['year', 'UInt16'],
			['date', 'String'],
			['start', 'String'],
			['precision', LC],
			['title', 'String'],
			['description', 'String'],
			['sources', 'Array(String)']
		],
		orderBy: 'ord'
	},
	sources: {
		name: 'sources',
		columns: [
			['ord', 'UInt32'],
			['id', 'String'],
			['title', 'String'],
			['publisher', 'String'],
			['url', 'String'],
			['vintage', 'String'],
			['accessed', 'String'],
			['notes', 'String']
		],
		orderBy: 'ord'
	},
	countries: {
		name: 'countries',
		columns: [
			['ord', 'UInt32'],
			['code', 'String'],
			['name', 'String']
		],
		orderBy: 'ord'
	},
	sourceUsage: {
		name: 'source_usage',
		columns: [
			['ord', 'UInt32'],
			['id', 'String'],
			['trade', 'UInt32'],
			['fdi', 'UInt32'],
			['events', 'UInt32'],
			['firstYear', 'Nullable(UInt16)'],
			['lastYear', 'Nullable(UInt16)']
		],
		orderBy: 'ord'
	},
	/** Every (reporter, partner) with all-goods figures and their year span; filled from `trade` after the load. */
	pairs: {
		name: 'pairs',
		columns: [
			['reporter', 'String'],
			['partner', 'String'],
			['firstYear', 'UInt16'],
			['lastYear', 'UInt16']
		],
		orderBy: 'reporter, partner'
	},
	/** One row: the data version and what the load wrote. Written last: a store refuses tables without it. */
	meta: {
		name: 'meta',
		columns: [
			['id', 'String'],
			['loadedAt', 'String'],
			['files', 'String'],
			['currencies', 'Array(String)'],
			['codes', 'Array(String)'],
			['tradeRows', 'UInt64'],
			['productRows', 'UInt64']
		],
		orderBy: 'id'
	}
} as const satisfies Record<string, TableSpec>;

export type SmallTableName = keyof typeof SMALL_TABLES;

/** `db.table` as SQL. */
export function tableRef(layout: ClickHouseLayout, table: string): Sql {
	return sql`${sqlIdentifier(layout.database)}.${sqlIdentifier(table)}`;
}

// 18.16 reads floats in text formats (JSONEachRow, CSV, VALUES) with a fast parser that can be one unit in
// the last place off (2.49519999908333 came back as 2.4951999990833302); SQL literals and integers are read
// exactly. So each Float64 is inserted as its IEEE 754 bit pattern (`valueBits UInt64`), and `value` is an
// ALIAS that reinterprets those bits: exact both ways. (ALIAS, not MATERIALIZED: 18.16's Distributed
// table refuses inserts into tables with MATERIALIZED columns.)
const FLOAT = 'Float64';

function columnDefinitions(spec: TableSpec): string {
	// Column names and types are constants of this module, never input: written as they are.
	return spec.columns
		.map(([column, type]) => {
			const name = sqlIdentifier(column).identifier;
			return type === FLOAT
				? `${name}Bits UInt64, ${name} Float64 ALIAS reinterpretAsFloat64(reinterpretAsString(${name}Bits))`
				: `${name} ${type}`;
		})
		.join(', ');
}

/**
 * The bit pattern of a double as a decimal UInt64 (text, since it exceeds 2⁵³).
 * @example floatBits(1) → '4607182418800017408'
 */
export function floatBits(value: number): string {
	return new BigUint64Array(new Float64Array([value]).buffer)[0]!.toString();
}

/**
 * A row as inserted into a table: its Float64 fields replaced by their bit patterns.
 * @example insertRow(SMALL_TABLES.fx, { rate: 1, … }) → { rateBits: '4607182418800017408', … }
 */
export function insertRow(spec: TableSpec, row: object): Record<string, unknown> {
	const out: Record<string, unknown> = { ...row };
	for (const [name, type] of spec.columns) {
		if (type !== FLOAT) continue;
		out[`${name}Bits`] = floatBits(out[name] as number);
		delete out[name];
	}
	return out;
}

function createTable(layout: ClickHouseLayout, spec: TableSpec): Sql {
	const columns = columnDefinitions(spec);
	return {
		parts: ['CREATE TABLE ', ` (${columns}) ENGINE = MergeTree ORDER BY (${spec.orderBy})`],
		values: [tableRef(layout, spec.name)]
	};
}

/**
 * The statements that (re)create every table on one shard: the database, the local trade table, the
 * Distributed `trade` over the cluster, and the small tables. A load replaces what was there.
 * @example shardDdl({ database: 'dashboard', cluster: 'dashboard' }).at(-1) → CREATE TABLE dashboard.trade AS dashboard.trade_local ENGINE = Distributed(…)
 */
export function shardDdl(layout: ClickHouseLayout): Sql[] {
	const db = sqlIdentifier(layout.database);
	const cluster = sqlIdentifier(layout.cluster);
	const tables: TableSpec[] = [TRADE, ...Object.values(SMALL_TABLES)];
	return [
		sql`CREATE DATABASE IF NOT EXISTS ${db}`,
		sql`DROP TABLE IF EXISTS ${tableRef(layout, 'trade')}`,
		...tables.flatMap((t) => [sql`DROP TABLE IF EXISTS ${tableRef(layout, t.name)}`, createTable(layout, t)]),
		sql`CREATE TABLE ${tableRef(layout, 'trade')} AS ${tableRef(layout, TRADE.name)} ENGINE = Distributed(${cluster}, ${db}, ${sqlIdentifier(TRADE.name)}, cityHash64(reporter, partner))`
	];
}

/** Filled on every shard from the Distributed table once the trade rows are in. */
export function derivedTableInserts(layout: ClickHouseLayout): Sql[] {
	const trade = tableRef(layout, 'trade');
	return [
		sql`INSERT INTO ${tableRef(layout, 'pairs')} SELECT reporter, partner, min(year), max(year) FROM ${trade} WHERE productCode = '' AND productClassification = '' GROUP BY reporter, partner`
	];
}

/** One trade row as inserted; `TradeFigure` plus the product and the period's sort keys. */
export type TradeRow = TradeFigure & {
	productClassification: string;
	productCode: string;
	productLabel: string;
	year: number;
	sub: number;
};

/** @example tradeRow(observation of KOR→NLD exports 2020) → { reporter: 'KOR', period: '2020', year: 2020, sub: 0, productCode: '', … } */
export function tradeRow(o: TradeObservation | ProductTradeObservation): TradeRow {
	const product = 'product' in o ? o.product : { classification: '', code: '', label: '' };
	return {
		reporter: o.reporter,
		partner: o.partner,
		flow: o.flow,
		productClassification: product.classification,
		productCode: product.code,
		productLabel: product.label,
		period: o.period.key,
		year: o.period.year,
		sub: o.period.sub ?? 0,
		value: o.value,
		currency: o.currency,
		publishedUnit: o.publishedUnit,
		publishedValue: o.publishedValue,
		valuation: o.valuation,
		concept: o.concept,
		qualifier: o.qualifier,
		source: o.source,
		note: o.note,
		line: o.line
	};
}

type Ordered<T> = T & { ord: number };

/**
 * Rows of every small table except the derived one (pairs) and meta, in the data files' order: the
 * in-memory store's small tables (columnar.ts `smallTables`, so both stores derive them alike) with
 * the order and the year columns the queries sort and filter on.
 * @example smallTableRows(dataset).countries[0] → { ord: 0, code: 'EUU', name: 'European Union' }
 */
export function smallTableRows(dataset: Dataset) {
	const small = smallTables(dataset);
	const ordered = <T extends object>(rows: T[]): Ordered<T>[] => rows.map((r, ord) => ({ ...r, ord }));
	const dated = <T extends { period: string }>(rows: T[]) =>
		ordered(rows).map((r) => {
			const p = periodOf(r.period);
			return { ...r, year: p.year, sub: p.sub ?? 0 };
		});
	return {
		fdi: dated(small.fdi),
		fx: ordered(small.fx),
		claims: dated(small.claims),
		events: ordered(small.events).map((e) => ({ ...e, year: Number(e.start.slice(0, 4)) })),
		sources: ordered(small.sources),
		countries: ordered(small.countries),
		sourceUsage: ordered(small.sourceUsage),
		totals: ordered(small.totals),
		statements: ordered(small.statements),
		breaks: ordered(small.breaks)
	};
}

/**
 * Every country or aggregate code the data uses anywhere: the store's country vocabulary.
 * @example knownCodes(bundled) → ['EUU', 'KOR', 'NLD', 'WLD']
 */
export function knownCodes(dataset: Dataset): string[] {
	const codes = new Set<string>(dataset.countries.keys());
	for (const o of dataset.trade) codes.add(o.reporter).add(o.partner);
	for (const o of dataset.productTrade) codes.add(o.reporter).add(o.partner);
	for (const o of dataset.fdi) codes.add(o.investor).add(o.host);
	for (const c of dataset.claims) codes.add(c.subject).add(c.partner);
	for (const t of dataset.totals) codes.add(t.subject).add(t.partner);
	for (const b of dataset.breaks) codes.add(b.reporter);
	return [...codes].sort();
}

/** The meta row of a load. */
export function metaRow(dataset: Dataset, version: DataVersion) {
	return {
		id: version.id,
		loadedAt: version.loadedAt,
		files: JSON.stringify(version.files),
		currencies: smallTables(dataset).currencies,
		codes: knownCodes(dataset),
		tradeRows: dataset.trade.length,
		productRows: dataset.productTrade.length
	};
}
