// The query suite of the store interface (src/lib/server/store/querySuite.ts, every method), on the
// bundled data and on the SYNTHETIC product-level set, asked of the ClickHouse store (two shards,
// through the Distributed table) and of the in-memory store of the same files: the answers must be
// identical, so every view shows the same figures on either store. A few edge cases the suite does not
// ask (unknown codes, empty lists, pages past the end) are asked of both too.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClickHouseTradeStore } from '../../src/lib/server/store/clickhouse';
import type { MemoryTradeStore } from '../../src/lib/server/store/memoryStore';
import { runQuerySuite } from '../../src/lib/server/store/querySuite';
import type { TradeStore } from '../../src/lib/server/store/types';
import { syntheticCountry, syntheticProduct } from '../../scripts/clickhouse/synthetic';
import { ROOT, configFor, memoryStoreOf } from './cluster';

const [A, B, C] = [syntheticCountry(0), syntheticCountry(1), syntheticCountry(2)];

const EDGES: [string, (s: TradeStore) => Promise<unknown>][] = [
	['trade, unknown code', (s) => s.trade({ reporters: ['XXX'] })],
	['trade, empty list', (s) => s.trade({ partners: [] })],
	['trade, years without data', (s) => s.trade({ reporters: ['KOR'], from: 2030 })],
	['trade, page past the end', (s) => s.trade({ limit: 10, offset: 10_000_000 })],
	['fdi page', (s) => s.fdi({ limit: 5, offset: 3 })],
	['sources by id', (s) => s.sources({ ids: ['imf-dots-2022', 'nope'] })],
	['countries by code', (s) => s.countries({ codes: ['NLD', 'WLD'] })],
	['claims on fdi involving NLD', (s) => s.claims({ involving: ['NLD'], topic: 'fdi' })],
	['totals, unknown code', (s) => s.totals({ involving: ['XXX'] })],
	['breaks, empty list', (s) => s.breaks({ reporters: [] })],
	['pairs involving NLD, page', (s) => s.pairs({ involving: ['NLD'], limit: 1, offset: 0 })],
	['span of an unknown pair', (s) => s.periodSpan({ a: 'KOR', b: 'XXX' })],
	['products, imports 1997–2001', (s) => s.products({ reporter: C, partner: A, flow: 'import', from: 1997, to: 2001 })],
	['products, a page', (s) => s.products({ reporter: B, partner: C, limit: 25, offset: 30 })]
];

describe.each([
	['bundled', () => path.join(ROOT, 'data'), [['KOR', 'NLD'] as [string, string], ['NLD', 'WLD'] as [string, string]]],
	['synthetic', () => inject('syntheticDir'), [[A, B] as [string, string], [C, A] as [string, string]]]
] as const)('ClickHouse store on the %s data answers as the in-memory store', (database, dir, pairs) => {
	let store: ClickHouseTradeStore;
	let memory: MemoryTradeStore;
	let answers: unknown[];
	let expected: unknown[];
	beforeAll(async () => {
		store = await ClickHouseTradeStore.open(configFor(database));
		memory = memoryStoreOf(dir(), new Date((await store.version()).loadedAt));
		answers = await runQuerySuite(store, [...pairs]);
		expected = await runQuerySuite(memory, [...pairs]);
	});
	afterAll(() => store?.close());

	it('gives the same answer to every question of the query suite', () => {
		expect(answers.length).toBe(expected.length);
		// One question at a time, so a difference names its question.
		for (const [i, answer] of answers.entries()) expect(answer).toEqual(expected[i]);
	});

	it('the suite compares figures, not empty lists', () => {
		const sizes = expected.map((a) => (a as [string, unknown])[1]);
		const nonEmpty = sizes.filter((a) => (Array.isArray(a) ? a.length > 0 : a !== null));
		expect(nonEmpty.length).toBeGreaterThan(sizes.length / 2);
		const version = (expected[0] as [string, { files: object }])[1];
		expect(Object.keys(version.files)).toContain('trade.csv');
	});

	it.each(EDGES)('%s', async (_name, ask) => {
		expect(await ask(store)).toEqual(await ask(memory));
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
