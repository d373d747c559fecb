import { describe, expect, it } from 'vitest';
import {
	composition,
	compositionCsvRows,
	hsChapterOf,
	isHs,
	normalCode,
	parentCodes,
	productSetKey,
	productSetsByYear,
	type ProductSet
} from './composition';
import { loadDataDir } from './fixtures/dataDir';
import { parsePeriod } from './period';
import type { ProductTradeObservation, Qualifier } from './types';

// tests/fixtures/products/: SYNTHETIC product figures of AAA with BBB, 2021–2022 (see its README).
const dataset = loadDataDir(new URL('../../../tests/fixtures/products/', import.meta.url));
const rows = dataset.productTrade.filter((o) => o.reporter === 'AAA' && o.partner === 'BBB');
const allGoods = dataset.trade.filter((o) => o.reporter === 'AAA' && o.partner === 'BBB');
const USD: ProductSet = { source: 'synthetic-products', classification: 'HS', currency: 'USD' };
const EUR: ProductSet = { source: 'synthetic-products-eur', classification: 'HS', currency: 'EUR' };
const M = 1e6;

describe('codes', () => {
	it.each([
		['HS', true],
		['HS2017', true],
		['hs 2022', true],
		['SITC Rev.2', false],
		['CN8', false],
		['HSX', false]
	])('isHs(%s) → %s', (classification, expected) => {
		expect(isHs(classification)).toBe(expected);
	});

	it.each([
		['848620', '84'],
		['8486.20', '84'],
		['0901', '09'],
		['27', '27'],
		['7', null],
		['TOTAL', null],
		['99-X', null]
	])('hsChapterOf(%s) → %s', (code, chapter) => {
		expect(hsChapterOf(code)).toBe(chapter);
	});

	it('normalCode drops dots and spaces only', () => {
		expect(normalCode('8486.20')).toBe('848620');
		expect(normalCode('0901')).toBe('0901');
	});

	it('parentCodes finds the nearest listed broader code', () => {
		expect(Object.fromEntries(parentCodes(['84', '8486', '848620', '27', '8486.20']))).toEqual({
			'84': null,
			'8486': '84',
			'848620': '8486',
			'27': null,
			'8486.20': '8486'
		});
	});
});

describe('productSetsByYear', () => {
	it('lists the years, and the sets of each year fullest first, never merging currencies or sources', () => {
		const sets = productSetsByYear(rows);
		expect([...sets.keys()]).toEqual([2021, 2022]);
		expect(sets.get(2022)?.map(productSetKey)).toEqual(['synthetic-products:HS:USD', 'synthetic-products-eur:HS:EUR']);
		expect(sets.get(2021)?.map(productSetKey)).toEqual(['synthetic-products:HS:USD']);
	});
});

describe('composition of exports, 2022 (all-goods total from the same source)', () => {
	const c = composition(rows, allGoods, { flow: 'export', year: 2022, set: USD });

	it('takes the all-goods figure of the same reporter, source and currency as the total', () => {
		expect(c?.total).toEqual({ basis: 'all goods', value: 2400 * M, line: 13 });
	});

	// code, value, previous, change, change %, share, within
	it.each([
		['8486', 650, 500, 150, 0.3, 650 / 2400, null],
		['854231', 480, 400, 80, 0.2, 480 / 2400, null],
		['848620', 260, 200, 60, 0.3, 260 / 2400, '8486'],
		['27', 250, 300, -50, -50 / 300, 250 / 2400, null],
		['3004', 120, 100, 20, 0.2, 120 / 2400, null],
		['0901', 30, null, null, null, 30 / 2400, null]
	])('%s: %d, previous %s, change %s', (code, value, previous, change, pct, share, within) => {
		const p = c?.products.find((x) => x.code === code);
		expect(p?.value).toBeCloseTo(value * M);
		expect(p?.previous === null ? null : (p?.previous ?? NaN) / M).toBe(previous);
		expect(p?.change === null ? null : Math.round((p?.change ?? NaN) / M)).toBe(change);
		if (pct === null) expect(p?.changePct).toBeNull();
		else expect(p?.changePct).toBeCloseTo(pct);
		expect(p?.share).toBeCloseTo(share);
		expect(p?.within).toBe(within);
	});

	it('ranks products by value, largest first', () => {
		expect(c?.products.map((p) => p.code)).toEqual(['8486', '854231', '848620', '27', '3004', '0901']);
	});

	it('leaves the euro figure of the other source out', () => {
		expect(c?.products.every((p) => p.line !== 18)).toBe(true);
	});

	// chapter, value, previous, published, codes summed
	it.each([
		['84', 650, 500, false, ['8486']],
		['85', 480, 400, false, ['854231']],
		['27', 250, 300, true, []],
		['30', 120, 100, false, ['3004']],
		['09', 30, null, false, ['0901']]
	])('chapter %s: %d (previous %s)', (chapter, value, previous, published, codes) => {
		const ch = c?.chapters?.find((x) => x.chapter === chapter);
		expect(ch?.value).toBeCloseTo(value * M);
		expect(ch?.previous === null ? null : (ch?.previous ?? NaN) / M).toBe(previous);
		expect(ch?.published).toBe(published);
		expect(ch?.codes).toEqual(codes);
		if (previous === null) expect(ch?.changePct).toBeNull();
	});

	it('counts 848620 once, inside 8486, and titles the chapters', () => {
		expect(c?.chapters?.map((x) => x.chapter)).toEqual(['84', '85', '27', '30', '09']);
		expect(c?.chapters?.[0]?.title).toBe(
			'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof'
		);
	});
});

describe('composition of imports, 2022 (no all-goods figure: sum of the products)', () => {
	const c = composition(rows, allGoods, { flow: 'import', year: 2022, set: USD });

	it('sums the broadest codes only (87, 2204, 9018), saying so', () => {
		expect(c?.total).toEqual({ basis: 'sum of products', value: 280 * M, codes: 3 });
		expect(c?.products.find((p) => p.code === '8703')?.share).toBeCloseTo(140 / 280);
		expect(c?.products.find((p) => p.code === '8703')?.within).toBe('87');
	});

	it('takes a published chapter figure as the chapter, not the sum of its parts', () => {
		expect(c?.chapters?.map((x) => [x.chapter, x.value / M, x.published])).toEqual([
			['87', 180, true],
			['90', 55, false],
			['22', 45, false]
		]);
	});
});

describe('edge cases', () => {
	const row = (
		code: string,
		year: number,
		value: number,
		{ classification = 'HS', currency = 'USD', qualifier = '' as Qualifier, flow = 'export' as const } = {}
	): ProductTradeObservation => ({
		period: parsePeriod(String(year))!,
		reporter: 'AAA',
		partner: 'BBB',
		flow,
		value: value * M,
		currency,
		publishedUnit: 'millions',
		publishedValue: String(value),
		valuation: 'FOB',
		concept: 'general',
		qualifier,
		source: 's',
		note: '',
		line: 2,
		product: { classification, code, label: '' }
	});
	const set = (classification = 'HS', currency = 'USD'): ProductSet => ({ source: 's', classification, currency });

	it('gives null for a year without figures of the set', () => {
		expect(composition([row('84', 2020, 1)], [], { flow: 'export', year: 2021, set: set() })).toBeNull();
	});

	it('has no chapter roll-up for other classifications, and never mixes them with HS', () => {
		const mixed = [row('7', 2022, 10, { classification: 'SITC' }), row('84', 2022, 5)];
		const sitc = composition(mixed, [], { flow: 'export', year: 2022, set: set('SITC') });
		expect(sitc?.chapters).toBeNull();
		expect(sitc?.products.map((p) => p.code)).toEqual(['7']);
		expect(sitc?.total).toEqual({ basis: 'sum of products', value: 10 * M, codes: 1 });
	});

	it('keeps a qualified figure out of sums, changes and shares', () => {
		const c = composition(
			[row('84', 2022, 10, { qualifier: 'approximate' }), row('85', 2022, 30), row('84', 2021, 8)],
			[],
			{ flow: 'export', year: 2022, set: set() }
		);
		const p84 = c?.products.find((p) => p.code === '84');
		expect([p84?.share, p84?.change, p84?.qualifier]).toEqual([null, null, 'approximate']);
		expect(c?.total).toEqual({ basis: 'sum of products', value: 30 * M, codes: 1 });
		expect(c?.chapters?.map((x) => x.chapter)).toEqual(['85']);
		expect(c?.qualifiedCodes).toEqual(['84']);
	});

	it('gives no change in per cent on a previous figure of 0, but the change itself', () => {
		const c = composition([row('84', 2022, 10), row('84', 2021, 0)], [], { flow: 'export', year: 2022, set: set() });
		expect([c?.products[0]?.change, c?.products[0]?.changePct]).toEqual([10 * M, null]);
	});

	it('compares a summed chapter only when every code has a previous figure', () => {
		const c = composition([row('8486', 2022, 10), row('8471', 2022, 5), row('8486', 2021, 9)], [], {
			flow: 'export',
			year: 2022,
			set: set()
		});
		expect(c?.chapters?.[0]).toMatchObject({ chapter: '84', value: 15 * M, previous: null, change: null });
	});

	it('lists codes that are not HS digits as unplaced', () => {
		const c = composition([row('TOTAL-X', 2022, 10), row('84', 2022, 5)], [], {
			flow: 'export',
			year: 2022,
			set: set()
		});
		expect(c?.unplaced).toEqual(['TOTAL-X']);
		expect(c?.chapters?.map((x) => x.chapter)).toEqual(['84']);
	});
});

describe('compositionCsvRows', () => {
	it('writes the published figure and leaves a missing previous year empty, never 0', () => {
		const c = composition(rows, allGoods, { flow: 'export', year: 2022, set: USD });
		const out = compositionCsvRows(c ? [c] : [], { reporter: 'AAA', partner: 'BBB' });
		expect(out[0]?.slice(0, 12)).toEqual([
			2022,
			'AAA',
			'BBB',
			'export',
			'HS',
			'8486',
			'Machines for making semiconductors and displays',
			'',
			'650.0',
			'millions',
			'USD',
			''
		]);
		const coffee = out.find((r) => r[5] === '0901');
		expect(coffee?.slice(12, 17)).toEqual([null, null, null, 1.25, 'all goods']);
	});
});
