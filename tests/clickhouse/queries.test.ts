// The query suite: every method of the store interface, on the bundled data and on the SYNTHETIC
// product-level set, answered by the ClickHouse store (two shards, through the Distributed table) and
// compared with the answers computed from the same files by the project's loader (reference.ts).
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDataFiles } from '../../src/lib/server/dataFiles';
import { ClickHouseTradeStore } from '../../src/lib/server/store/clickhouse';
import { dataVersionOf } from '../../src/lib/server/store/clickhouseLoad';
import type { TradeStore } from '../../src/lib/server/store/types';
import { syntheticCountry, syntheticProduct } from '../../scripts/clickhouse/synthetic';
import { ROOT, configFor, datasetOf } from './cluster';
import { reference } from './reference';

type Case = [string, (s: TradeStore) => Promise<unknown>, (r: ReturnType<typeof reference>) => unknown];

const [A, B, C] = [syntheticCountry(0), syntheticCountry(1), syntheticCountry(2)];

const BUNDLED: Case[] = [
	[
		'trade KOR→NLD',
		(s) => s.trade({ reporters: ['KOR'], partners: ['NLD'] }),
		(r) => r.trade({ reporters: ['KOR'], partners: ['NLD'] })
	],
	[
		'trade both sides, imports 2000–2010',
		(s) => s.trade({ reporters: ['NLD', 'KOR'], partners: ['KOR', 'NLD'], flow: 'import', from: 2000, to: 2010 }),
		(r) => r.trade({ reporters: ['NLD', 'KOR'], partners: ['KOR', 'NLD'], flow: 'import', from: 2000, to: 2010 })
	],
	['trade of one reporter', (s) => s.trade({ reporters: ['NLD'] }), (r) => r.trade({ reporters: ['NLD'] })],
	[
		'trade, a page of everything',
		(s) => s.trade({ limit: 40, offset: 100 }),
		(r) => r.trade({ limit: 40, offset: 100 })
	],
	['trade, everything', (s) => s.trade({}), (r) => r.trade({})],
	['trade, unknown code', (s) => s.trade({ reporters: ['XXX'] }), (r) => r.trade({ reporters: ['XXX'] })],
	['trade, empty list', (s) => s.trade({ partners: [] }), (r) => r.trade({ partners: [] })],
	[
		'trade, years without data',
		(s) => s.trade({ reporters: ['KOR'], from: 2030 }),
		(r) => r.trade({ reporters: ['KOR'], from: 2030 })
	],
	[
		'world totals',
		(s) => s.worldTotals({ reporters: ['KOR', 'NLD'], flow: 'export' }),
		(r) => r.worldTotals({ reporters: ['KOR', 'NLD'], flow: 'export' })
	],
	[
		'products of a pair without any',
		(s) => s.products({ reporter: 'KOR', partner: 'NLD' }),
		(r) => r.products({ reporter: 'KOR', partner: 'NLD' })
	],
	['fdi all', (s) => s.fdi({}), (r) => r.fdi({})],
	[
		'fdi NLD into KOR 2001–2005',
		(s) => s.fdi({ investors: ['NLD'], hosts: ['KOR'], from: 2001, to: 2005 }),
		(r) => r.fdi({ investors: ['NLD'], hosts: ['KOR'], from: 2001, to: 2005 })
	],
	['fdi page', (s) => s.fdi({ limit: 5, offset: 3 }), (r) => r.fdi({ limit: 5, offset: 3 })],
	['fx', (s) => s.fx(), (r) => r.fx()],
	['claims all', (s) => s.claims({}), (r) => r.claims({})],
	[
		'claims on fdi involving NLD',
		(s) => s.claims({ involving: ['NLD'], topic: 'fdi' }),
		(r) => r.claims({ involving: ['NLD'], topic: 'fdi' })
	],
	['events all', (s) => s.events({}), (r) => r.events({})],
	['events 2000–2015', (s) => s.events({ from: 2000, to: 2015 }), (r) => r.events({ from: 2000, to: 2015 })],
	['sources all', (s) => s.sources({}), (r) => r.sources({})],
	[
		'sources by id',
		(s) => s.sources({ ids: ['imf-dots-2022', 'nope'] }),
		(r) => r.sources({ ids: ['imf-dots-2022', 'nope'] })
	],
	['source usage', (s) => s.sourceUsage(), (r) => r.sourceUsage()],
	['countries all', (s) => s.countries({}), (r) => r.countries({})],
	['countries by code', (s) => s.countries({ codes: ['NLD', 'WLD'] }), (r) => r.countries({ codes: ['NLD', 'WLD'] })],
	['currencies', (s) => s.currencies(), (r) => r.currencies()],
	['counts', (s) => s.counts(), (r) => r.counts()],
	['pairs', (s) => s.pairs({}), (r) => r.pairs({})],
	['pairs search "nether"', (s) => s.pairs({ search: 'nether' }), (r) => r.pairs({ search: 'nether' })],
	[
		'pairs involving NLD, page',
		(s) => s.pairs({ involving: ['NLD'], limit: 1, offset: 0 }),
		(r) => r.pairs({ involving: ['NLD'], limit: 1, offset: 0 })
	],
	['span KOR–NLD trade', (s) => s.periodSpan({ a: 'KOR', b: 'NLD' }), (r) => r.periodSpan({ a: 'KOR', b: 'NLD' })],
	[
		'span KOR–NLD fdi',
		(s) => s.periodSpan({ a: 'NLD', b: 'KOR', dataset: 'fdi' }),
		(r) => r.periodSpan({ a: 'NLD', b: 'KOR', dataset: 'fdi' })
	],
	['span of an unknown pair', (s) => s.periodSpan({ a: 'KOR', b: 'XXX' }), (r) => r.periodSpan({ a: 'KOR', b: 'XXX' })]
];

const SYNTHETIC: Case[] = [
	[
		'products of a pair',
		(s) => s.products({ reporter: A, partner: B }),
		(r) => r.products({ reporter: A, partner: B })
	],
	[
		'products, imports 1997–2001',
		(s) => s.products({ reporter: C, partner: A, flow: 'import', from: 1997, to: 2001 }),
		(r) => r.products({ reporter: C, partner: A, flow: 'import', from: 1997, to: 2001 })
	],
	[
		'products, a page',
		(s) => s.products({ reporter: B, partner: C, limit: 25, offset: 30 }),
		(r) => r.products({ reporter: B, partner: C, limit: 25, offset: 30 })
	],
	['all-goods trade of every pair', (s) => s.trade({}), (r) => r.trade({})],
	[
		'all-goods trade of two reporters',
		(s) => s.trade({ reporters: [B, A], flow: 'export' }),
		(r) => r.trade({ reporters: [B, A], flow: 'export' })
	],
	['pairs', (s) => s.pairs({}), (r) => r.pairs({})],
	[
		'pairs search',
		(s) => s.pairs({ search: `country ${B.toLowerCase()}` }),
		(r) => r.pairs({ search: `country ${B.toLowerCase()}` })
	],
	['span', (s) => s.periodSpan({ a: A, b: C }), (r) => r.periodSpan({ a: A, b: C })],
	['counts', (s) => s.counts(), (r) => r.counts()]
];

describe.each([
	['bundled', () => path.join(ROOT, 'data'), BUNDLED],
	['synthetic', () => inject('syntheticDir'), SYNTHETIC]
] as const)('ClickHouse store on the %s data answers as the reference', (database, dir, cases) => {
	let store: ClickHouseTradeStore;
	let ref: ReturnType<typeof reference>;
	beforeAll(async () => {
		store = await ClickHouseTradeStore.open(configFor(database));
		ref = reference(datasetOf(dir()));
	});
	afterAll(() => store?.close());

	it.each(cases)('%s', async (_name, ask, expected) => {
		const answer = await ask(store);
		expect(answer).toEqual(expected(ref));
	});

	it('non-trivial answers (the suite compares figures, not empty lists)', async () => {
		const sizes = await Promise.all(cases.map(([, ask]) => ask(store)));
		const nonEmpty = sizes.filter((a) => (Array.isArray(a) ? a.length > 0 : a !== null));
		expect(nonEmpty.length).toBeGreaterThan(cases.length / 2);
	});

	it('knows the version of the files it was loaded from', async () => {
		const { loadedAt: _, ...version } = await store.version();
		const { loadedAt: _now, ...expected } = dataVersionOf(readDataFiles(dir()), new Date());
		expect(version).toEqual(expected);
		expect(Object.keys(version.files)).toContain('trade.csv');
	});
});

describe('synthetic product codes', () => {
	it('keep their leading zeros through ClickHouse', async () => {
		const store = await ClickHouseTradeStore.open(configFor('synthetic'));
		const rows = await store.products({ reporter: A, partner: B, from: 1995, to: 1995, flow: 'export' });
		await store.close();
		expect(rows.map((r) => r.productCode)).toContain(syntheticProduct(0));
		expect(syntheticProduct(0)).toMatch(/^0/);
	});
});
