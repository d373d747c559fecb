// Query latency of the store interface at 10⁶ and 10⁷ SYNTHETIC product rows (10⁸ with --huge):
// in memory (MemoryTradeStore, from the store branch) vs one ClickHouse server vs two shards.
// By hand, on a quiet machine:
//
//   scripts/clickhouse/cluster.sh run npx tsx bench/clickhouse.ts [--huge] [--no-memory] [--quick]
//
// The synthetic rows are generated inside ClickHouse (INSERT … SELECT FROM system.numbers, through the
// Distributed table) and, for the in-memory store, by the same formulas in JavaScript; the bench checks
// that the stores give identical answers before it times them. Countries are XAA, XAB, … (ISO
// user-assigned codes); values are arithmetic, not real figures.
//
// Timed, each the median of RUNS runs after WARMUP:
//   /trade      every store call one /trade page makes (views.ts on the store branch: pairs, span, claims,
//               currencies, the pair's trade with each other and the World, FDI, events, rates, sources…)
//   composition products({ reporter, partner, from: y, to: y }): all products of a pair in a year, both flows
//   products    products({ reporter, partner }): every product and year of a pair
//   reporter    trade({ reporters: [a] }): a reporter's all-goods trade with every partner
import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { parsePeriod } from '../src/lib/data/period';
import type { Dataset, Period, ProductTradeObservation, Source, TradeObservation } from '../src/lib/data/types';
import { ClickHouseTradeStore, clickHouseConfigFromEnv } from '../src/lib/server/store/clickhouse';
import {
	derivedTableInserts,
	insertRow,
	shardDdl,
	tableRef,
	TRADE,
	type ClickHouseLayout
} from '../src/lib/server/store/clickhouseSchema';
import { sqlLiteral, toInline } from '../src/lib/server/store/clickhouseSql';
import { columnar } from '../src/lib/server/store/columnar';
import { MemoryTradeStore } from '../src/lib/server/store/memoryStore';
import type { TradeStore } from '../src/lib/server/store/types';
import { syntheticCountry, syntheticProduct, SYNTHETIC_SOURCE } from '../scripts/clickhouse/synthetic';

const RUNS = 15;
const WARMUP = 3;
const YEARS = 25;
const FROM = 1995;

interface Shape {
	rows: number;
	countries: number;
	products: number;
}
const SHAPES: Shape[] = process.argv.includes('--quick')
	? [{ rows: 1e5, countries: 10, products: 23 }] // a smoke run of the bench itself
	: [
			{ rows: 1e6, countries: 20, products: 53 },
			{ rows: 1e7, countries: 40, products: 129 },
			...(process.argv.includes('--huge') ? [{ rows: 1e8, countries: 100, products: 506 }] : [])
		];
const MEMORY_LIMIT_ROWS = 2e6; // Dataset objects take ≈ 0.5 KB a row before the columns are built.

/** Row n of the product table: the same decomposition in SQL (below) and here. */
function productRow(n: number, s: Shape) {
	const y = n % YEARS;
	const k = Math.floor(n / YEARS);
	const p = k % s.products;
	const k2 = Math.floor(k / s.products);
	const f = k2 % 2;
	const pi = Math.floor(k2 / 2);
	const r = Math.floor(pi / (s.countries - 1));
	const partner = (r + 1 + (pi % (s.countries - 1))) % s.countries;
	// Published in thousands with three decimals: the full value is the integer, exactly.
	return { y, p, f, r, partner, value: (n * 7919 + 13) % 1000003 };
}

const arrayLiteral = (values: string[]) => `[${values.map(sqlLiteral).join(', ')}]`;

function productSelect(layout: ClickHouseLayout, s: Shape): string {
	const codes = arrayLiteral(Array.from({ length: s.countries }, (_, i) => syntheticCountry(i)));
	const products = arrayLiteral(Array.from({ length: s.products }, (_, i) => syntheticProduct(i)));
	const t = toInline(tableRef(layout, 'trade'));
	// Inputs are this file's constants: codes, products and sizes are generated above, not read.
	return `INSERT INTO ${t} (reporter, partner, flow, productClassification, productCode, productLabel, period, year, sub, valueBits,
		currency, publishedUnit, publishedValue, valuation, concept, qualifier, source, note, line)
	SELECT ${codes}[r + 1] AS reporter, ${codes}[(r + 1 + (pi % ${s.countries - 1})) % ${s.countries} + 1] AS partner,
		if(f = 0, 'export', 'import'), 'HS2017', ${products}[p + 1] AS code,
		concat('Synthetic product ', code), toString(${FROM} + y), ${FROM} + y, 0,
		reinterpretAsUInt64(reinterpretAsString(toFloat64(v))), 'USD', 'thousands', toString(v / 1000), if(f = 0, 'FOB', 'CIF'), 'general', '',
		'${SYNTHETIC_SOURCE}', '', n + 2
	FROM (SELECT number AS n, n % ${YEARS} AS y, intDiv(n, ${YEARS}) AS k, k % ${s.products} AS p, intDiv(k, ${s.products}) AS k2,
		k2 % 2 AS f, intDiv(k2, 2) AS pi, intDiv(pi, ${s.countries - 1}) AS r, (n * 7919 + 13) % 1000003 AS v
		FROM system.numbers LIMIT ${s.rows})`;
}

/** All-goods rows: one per pair, flow and year; value a simple formula (not a sum: sums depend on order). */
function allGoodsRow(i: number, s: Shape) {
	const y = i % YEARS;
	const k2 = Math.floor(i / YEARS);
	const f = k2 % 2;
	const pi = Math.floor(k2 / 2);
	const r = Math.floor(pi / (s.countries - 1));
	return { y, f, r, partner: (r + 1 + (pi % (s.countries - 1))) % s.countries, value: i * 1000 + 7 };
}
const allGoodsCount = (s: Shape) => s.countries * (s.countries - 1) * 2 * YEARS;

const BENCH_SOURCE: Source = {
	id: SYNTHETIC_SOURCE,
	title: 'SYNTHETIC bench data',
	publisher: 'bench/clickhouse.ts',
	url: '',
	vintage: 'generated',
	accessed: '',
	notes: ''
};

const periods = new Map<number, Period>();
const period = (year: number) =>
	periods.get(year) ?? (periods.set(year, parsePeriod(String(year)) as Period), periods.get(year) as Period);

/** A figure of `value` full units, published in `unit`. */
function observation(
	line: number,
	r: number,
	partner: number,
	f: number,
	y: number,
	value: number,
	unit: 'thousands' | 'units'
): TradeObservation {
	return {
		period: period(FROM + y),
		reporter: syntheticCountry(r),
		partner: syntheticCountry(partner),
		flow: f === 0 ? 'export' : 'import',
		value,
		currency: 'USD',
		publishedUnit: unit,
		publishedValue: String(unit === 'thousands' ? value / 1000 : value),
		valuation: f === 0 ? 'FOB' : 'CIF',
		concept: 'general',
		qualifier: '',
		source: SYNTHETIC_SOURCE,
		note: '',
		line
	};
}

async function loadClickHouse(client: ClickHouseClient[], layout: ClickHouseLayout, s: Shape): Promise<number> {
	const started = performance.now();
	for (const c of client) for (const statement of shardDdl(layout)) await c.command({ query: toInline(statement) });
	const [queryNode] = client as [ClickHouseClient];
	await queryNode.command({ query: productSelect(layout, s) });
	const allGoods = Array.from({ length: allGoodsCount(s) }, (_, i) => {
		const g = allGoodsRow(i, s);
		const o = observation(s.rows + 2 + i, g.r, g.partner, g.f, g.y, g.value, 'units');
		return {
			...o,
			period: o.period.key,
			year: o.period.year,
			sub: 0,
			productClassification: '',
			productCode: '',
			productLabel: ''
		};
	});
	for (let i = 0; i < allGoods.length; i += 50_000) {
		await queryNode.insert({
			table: toInline(tableRef(layout, 'trade')),
			values: allGoods.slice(i, i + 50_000).map((row) => insertRow(TRADE, row)),
			format: 'JSONEachRow'
		});
	}
	const codes = Array.from({ length: s.countries }, (_, i) => syntheticCountry(i));
	for (const c of client) {
		await c.insert({
			table: toInline(tableRef(layout, 'countries')),
			values: codes.map((code, ord) => ({ ord, code, name: `Synthetic country ${code}` })),
			format: 'JSONEachRow'
		});
		await c.insert({
			table: toInline(tableRef(layout, 'sources')),
			values: [{ ord: 0, ...BENCH_SOURCE }],
			format: 'JSONEachRow'
		});
		for (const statement of derivedTableInserts(layout)) await c.command({ query: toInline(statement) });
		await c.insert({
			table: toInline(tableRef(layout, 'meta')),
			values: [
				{
					id: `bench-${s.rows}`,
					loadedAt: new Date().toISOString(),
					files: '{}',
					currencies: ['USD'],
					codes,
					tradeRows: allGoodsCount(s),
					productRows: s.rows
				}
			],
			format: 'JSONEachRow'
		});
	}
	return (performance.now() - started) / 1000;
}

async function memoryStore(s: Shape): Promise<{ store: TradeStore; seconds: number } | string> {
	if (process.argv.includes('--no-memory')) return 'not run (--no-memory)';
	if (s.rows > MEMORY_LIMIT_ROWS)
		return `not run: ≈ ${((s.rows * 0.5e3) / 1e9).toFixed(0)} GB of row objects before the columns`;
	const started = performance.now();
	const productTrade: ProductTradeObservation[] = [];
	for (let n = 0; n < s.rows; n++) {
		const g = productRow(n, s);
		const code = syntheticProduct(g.p);
		productTrade.push({
			...observation(n + 2, g.r, g.partner, g.f, g.y, g.value, 'thousands'),
			product: { classification: 'HS2017', code, label: `Synthetic product ${code}` }
		});
	}
	const trade = Array.from({ length: allGoodsCount(s) }, (_, i) => {
		const g = allGoodsRow(i, s);
		return observation(s.rows + 2 + i, g.r, g.partner, g.f, g.y, g.value, 'units');
	});
	const codes = Array.from({ length: s.countries }, (_, i) => syntheticCountry(i));
	const dataset: Dataset = {
		sources: new Map([[SYNTHETIC_SOURCE, BENCH_SOURCE]]),
		trade,
		productTrade,
		fdi: [],
		events: [],
		countries: new Map(codes.map((code) => [code, { code, name: `Synthetic country ${code}` }])),
		fx: [],
		claims: [],
		totals: [],
		statements: [],
		breaks: [],
		loadedAt: new Date().toISOString()
	};
	const store = new MemoryTradeStore(
		columnar(dataset, { id: `bench-${s.rows}`, loadedAt: dataset.loadedAt, files: {} })
	);
	return { store, seconds: (performance.now() - started) / 1000 };
}

/** The store calls of one /trade page (store branch views.ts: viewStateFromUrl, pairDataset, datasetOf, picker). */
async function tradePage(store: TradeStore, a: string, b: string): Promise<unknown> {
	await Promise.all([store.pairs({ limit: 1 }), store.pairs({ involving: [a, b] }), store.currencies()]);
	await Promise.all([store.periodSpan({ a, b }), store.claims({ involving: [a, b], topic: 'trade' })]);
	const [trade] = await Promise.all([
		store.trade({ reporters: [a, b], partners: [a, b, 'WLD'] }),
		store.fdi({ investors: [a, b, 'WLD'], hosts: [a, b] }),
		store.claims({ involving: [a, b] }),
		store.pairs({ involving: [a, b], limit: 24 })
	]);
	await Promise.all([store.events({}), store.fx(), store.sources({}), store.countries({ codes: [a, b] })]);
	return trade;
}

const QUERIES: [string, (s: TradeStore, a: string, b: string) => Promise<unknown>][] = [
	['/trade', tradePage],
	['composition', (s, a, b) => s.products({ reporter: a, partner: b, from: 2010, to: 2010 })],
	['products', (s, a, b) => s.products({ reporter: a, partner: b })],
	['reporter', (s, a) => s.trade({ reporters: [a] })]
];

async function time(run: () => Promise<unknown>): Promise<number> {
	for (let i = 0; i < WARMUP; i++) await run();
	const ms: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await run();
		ms.push(performance.now() - t);
	}
	ms.sort((x, y) => x - y);
	return ms[Math.floor(ms.length / 2)] as number;
}

const env = clickHouseConfigFromEnv({ ...process.env, CLICKHOUSE_TIMEOUT_MS: '120000' });
const urls = [env.url, process.env.CLICKHOUSE_URL_2 ?? ''];
if (!urls[1] || !process.env.CLICKHOUSE_CLUSTER)
	throw new Error('run inside scripts/clickhouse/cluster.sh run (two shards)');
const clients = urls.map((url) =>
	createClient({
		url,
		request_timeout: 1_800_000,
		clickhouse_settings: {
			allow_experimental_low_cardinality_type: 1,
			insert_distributed_sync: 1,
			max_threads: 2,
			send_progress_in_http_headers: 1,
			http_headers_progress_interval_ms: '10000'
		}
	})
);
const [a, b] = [syntheticCountry(1), syntheticCountry(2)];
const lines: string[] = [];
for (const shape of SHAPES) {
	const stores: [string, TradeStore | string, number][] = [];
	const memory = await memoryStore(shape);
	stores.push(typeof memory === 'string' ? ['in memory', memory, 0] : ['in memory', memory.store, memory.seconds]);
	for (const [label, cluster, shards] of [
		['ClickHouse, 1 server', `${process.env.CLICKHOUSE_CLUSTER}_single`, clients.slice(0, 1)],
		['ClickHouse, 2 shards', process.env.CLICKHOUSE_CLUSTER, clients]
	] as const) {
		const layout = { database: `bench_${shards.length}_${shape.rows}`, cluster };
		const seconds = await loadClickHouse([...shards], layout, shape);
		stores.push([label, await ClickHouseTradeStore.open({ ...env, layout }), seconds]);
	}
	// Same answers from every store before any timing.
	const live = stores.filter((s): s is [string, TradeStore, number] => typeof s[1] !== 'string');
	for (const [name, ask] of QUERIES) {
		const answers = await Promise.all(live.map(([, store]) => ask(store, a, b)));
		for (const [i, answer] of answers.entries()) {
			if (!isDeepStrictEqual(answer, answers[0]))
				throw new Error(`${name}: ${live[i]?.[0]} answers differently from ${live[0]?.[0]}`);
		}
		const size = (answers[0] as unknown[]).length;
		if (name !== '/trade' && size === 0) throw new Error(`${name}: no rows (the bench would time nothing)`);
	}
	for (const [label, store, seconds] of stores) {
		if (typeof store === 'string') {
			lines.push(`| ${shape.rows.toExponential(0)} | ${label} | ${store} | | | | |`);
			continue;
		}
		const ms: string[] = [];
		for (const [, ask] of QUERIES) ms.push((await time(() => ask(store, a, b))).toFixed(2));
		lines.push(`| ${shape.rows.toExponential(0)} | ${label} | ${seconds.toFixed(1)} s | ${ms.join(' | ')} |`);
		if (store instanceof ClickHouseTradeStore) await store.close();
	}
	console.error(lines.slice(-stores.length).join('\n'));
}
for (const c of clients) await c.close();
console.log(`\nMedian of ${RUNS} runs after ${WARMUP} warm-up runs, in ms; pair ${a}→${b}.\n`);
console.log('| product rows | store | build / load | /trade | composition | products | reporter |');
console.log('|---:|---|---:|---:|---:|---:|---:|');
console.log(lines.join('\n'));
