import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { loadDataDir } from './fixtures/dataDir';
import { yearSpan } from './series';
import { latestValue, tradeView, type SourceGroup, type TradeRow } from './tradeView';
import type { ViewState } from './viewState';

// The bundled data/ set. Figures: IMF DOTS (imf-dots-2022), USD millions, as in data/trade.csv.
const dataset = loadDataDir();
const view = (reporter: string, partner: string, by: string, from: number, to: number) => {
	const state: ViewState = { reporter, partner, by, from, to };
	return tradeView(dataset, state, yearSpan(dataset, reporter, partner) ?? { min: from, max: to });
};
const row = (g: SourceGroup | undefined, period: string): TradeRow => {
	const r = g?.rows.find((x) => x.period === period);
	if (!r) throw new Error(`no row ${period} in ${g?.source.id}`);
	return r;
};

describe('tradeView: Korea and the Netherlands, as reported by Korea, 2018–2020', () => {
	const v = view('KOR', 'NLD', 'KOR', 2018, 2020);
	const primary = v.groups[0];

	it('names the countries and the span of the pair', () => {
		expect([v.reporterName, v.partnerName, v.byName]).toEqual(['Republic of Korea', 'Netherlands', 'Republic of Korea']);
		expect(v.span).toEqual({ min: 1960, max: 2023 });
	});

	it('has one Korean group, IMF DOTS in USD million, valued FOB/CIF, general trade', () => {
		expect(v.groups.map((g) => g.source.id)).toEqual(['imf-dots-2022']);
		expect(primary).toMatchObject({
			by: 'KOR',
			currency: 'USD',
			unitLabel: 'USD million',
			exportsValuation: 'FOB',
			importsValuation: 'CIF',
			concept: 'general',
			sparse: false
		});
	});

	it('has a row for each selected year and none outside it', () => {
		expect(primary?.rows.map((r) => r.period)).toEqual(['2018', '2019', '2020']);
		expect(v.mirrorGroups.flatMap((g) => g.rows.map((r) => r.year)).every((y) => y >= 2018 && y <= 2020)).toBe(true);
	});

	it('gives 2020 exports 3987.104 and imports 6223.837 as published, with derived measures', () => {
		const r = row(primary, '2020');
		expect(r.exports).toBe(3987.104);
		expect(r.imports).toBe(6223.837);
		expect(r.exportsQualifier).toBe('');
		expect(r.balance).toBeCloseTo(-2236.733, 9);
		expect(r.total).toBeCloseTo(10210.941, 9);
		expect(r.coverage).toBeCloseTo(0.640618319535, 11);
	});

	it('computes 2020 growth on 2019 (exports 4246.637, imports 4132.545)', () => {
		const r = row(primary, '2020');
		expect(r.exportsGrowth).toBeCloseTo(3987.104 / 4246.637 - 1, 12);
		expect(r.exportsGrowth).toBeCloseTo(-0.061114948135, 11);
		expect(r.importsGrowth).toBeCloseTo(0.506054259542, 11);
		expect(r.totalGrowth).toBeCloseTo(0.218608331935, 11);
	});

	it('measures growth of the first selected year against the year before it, even outside the selection', () => {
		// 2017: exports 4568.429, imports 6258.433.
		const r = row(primary, '2018');
		expect(r.exports).toBe(4821.804973);
		expect(r.exportsGrowth).toBeCloseTo(4821.804973 / 4568.429 - 1, 12);
		expect(r.importsGrowth).toBeCloseTo(6908.365682 / 6258.433 - 1, 12);
	});

	it("gives the Netherlands' share of Korea's trade with the World, same source", () => {
		const r = row(primary, '2020');
		expect(r.exportsShare).toBeCloseTo(3987.104 / 512647.054, 14);
		expect(r.importsShare).toBeCloseTo(0.013308878939, 11);
	});

	it('has compound growth over the selection', () => {
		expect(primary?.cagr.exports).toMatchObject({ from: '2018', to: '2020' });
		expect(primary?.cagr.exports?.value).toBeCloseTo(-0.090664885954644, 12);
		expect(primary?.cagr.total?.value).toBeCloseTo(-0.067001988411713, 12);
	});

	it('has the Dutch mirror figures: NLD imports from KOR as exports, NLD exports to KOR as imports', () => {
		expect(v.mirrorGroups.map((g) => `${g.by}:${g.source.id}:${g.currency}`)).toEqual([
			'NLD:imf-dots-2022:USD',
			'NLD:nd-2021-korea-export-boost:EUR'
		]);
		const r = row(v.mirrorGroups[0], '2020');
		expect(r.exports).toBe(6414.84867);
		expect(r.imports).toBe(7662.229024);
		expect(r.balance).toBeCloseTo(-1247.380354, 9);
	});

	it('keeps a press figure in EUR in its own group, not spliced into the IMF line', () => {
		const eur = v.mirrorGroups[1];
		expect(eur?.rows.map((r) => [r.period, r.exports, r.imports])).toEqual([['2020', 4100, 6500]]);
		expect(eur?.sparse).toBe(true);
		expect(eur?.unitLabel).toBe('EUR million');
	});

	it('gives the latest plain value of each measure', () => {
		expect(latestValue(primary as SourceGroup, 'exports')).toMatchObject({ period: '2020', value: 3987.104 });
		expect(latestValue(primary as SourceGroup, 'balance')?.value).toBeCloseTo(-2236.733, 9);
	});
});

describe('tradeView: by = partner swaps whose figures are primary', () => {
	const v = view('KOR', 'NLD', 'NLD', 2018, 2020);

	it('makes the Dutch figures primary and the Korean ones the mirror', () => {
		expect(v.byName).toBe('Netherlands');
		expect(v.groups[0]?.by).toBe('NLD');
		expect(v.mirrorGroups[0]?.by).toBe('KOR');
		expect(row(v.groups[0], '2020').exports).toBe(6414.84867);
		expect(row(v.groups[0], '2020').imports).toBe(7662.229024);
		expect(row(v.mirrorGroups[0], '2020').exports).toBe(3987.104);
		expect(row(v.mirrorGroups[0], '2020').imports).toBe(6223.837);
	});

	it("keeps Korea's perspective: valuations follow the Dutch flows (imports CIF are Korea's exports)", () => {
		expect(v.groups[0]?.exportsValuation).toBe('CIF');
		expect(v.groups[0]?.importsValuation).toBe('FOB');
	});

	it("measures the shares against the Netherlands' own trade with the World", () => {
		const r = row(v.groups[0], '2020');
		expect(r.exportsShare).toBeCloseTo(0.010779048209547, 12);
		expect(r.importsShare).toBeCloseTo(0.01135814713653, 12);
	});
});

describe('tradeView: gaps', () => {
	// IMF DOTS has no Korean exports to the Netherlands for 1960–1961, but has the imports.
	const v = view('KOR', 'NLD', 'KOR', 1960, 1962);
	const g = v.groups[0];

	it('keeps a year without exports as a row with null exports, never 0', () => {
		expect(g?.rows.map((r) => [r.period, r.exports, r.imports])).toEqual([
			['1960', null, 5.5],
			['1961', null, 2.7],
			['1962', 0.7, 1.6]
		]);
	});

	it('derives nothing from a gap', () => {
		expect(row(g, '1960')).toMatchObject({ balance: null, total: null, coverage: null, exportsShare: null });
		expect(row(g, '1962').exportsGrowth).toBeNull();
		expect(row(g, '1962').totalGrowth).toBeNull();
		expect(row(g, '1962').balance).toBeCloseTo(-0.9, 12);
	});

	it('still computes the flow that has figures', () => {
		expect(row(g, '1961').importsGrowth).toBeCloseTo(2.7 / 5.5 - 1, 12);
		expect(row(g, '1962').importsGrowth).toBeCloseTo(-0.407407407407, 11);
	});

	it('does not count a gap as a value for compound growth: it starts at the first figure', () => {
		expect(g?.cagr.exports).toBeNull();
		expect(g?.cagr.imports).toMatchObject({ from: '1960', to: '1962' });
		expect(g?.cagr.imports?.value).toBeCloseTo(Math.sqrt(1.6 / 5.5) - 1, 12);
	});

	it('takes the latest plain figure for headlines, whatever gaps precede it', () => {
		expect(latestValue(g as SourceGroup, 'exports')).toMatchObject({ period: '1962', value: 0.7 });
	});

	it('gives a year without any figure between two years with figures a row of nulls', () => {
		// A made-up two-row set: 2018 and 2020 only.
		const { dataset: ds } = buildDataset({
			sources: 'id,title,publisher,url\ns,Test source,Tester,\n',
			trade:
				'period,reporter,partner,flow,value,currency,unit,valuation,concept,source\n' +
				'2018,AAA,BBB,export,10,USD,millions,FOB,general,s\n' +
				'2020,AAA,BBB,export,12.1,USD,millions,FOB,general,s\n'
		});
		if (!ds) throw new Error('test data set does not build');
		const gv = tradeView(ds, { reporter: 'AAA', partner: 'BBB', by: 'AAA', from: 2010, to: 2030 }, { min: 2018, max: 2020 });
		expect(gv.groups[0]?.rows.map((r) => [r.period, r.exports, r.exportsGrowth])).toEqual([
			['2018', 10, null],
			['2019', null, null],
			['2020', 12.1, null]
		]);
		expect(gv.groups[0]?.cagr.exports?.value).toBeCloseTo(0.1, 12);
		expect(gv.reporterName).toBe('AAA');
		expect(gv.mirrorGroups).toEqual([]);
	});

	it('has no group for a source without a figure in the selection', () => {
		// 2022: only Daum's 7.869 bn exports; IMF DOTS ends in 2020.
		const v2022 = view('KOR', 'NLD', 'KOR', 2022, 2022);
		expect(v2022.groups.map((x) => x.source.id)).toEqual(['daum-2023-12-12-kfood-nl']);
		expect(v2022.groups[0]?.rows).toMatchObject([{ period: '2022', exports: 7869, imports: null, balance: null }]);
	});
});

describe('tradeView: qualified figures', () => {
	// CBS 2001 (EUR): Dutch exports to Korea 1.1 bn, imports "more than two billion euro" (lower bound).
	const v = view('KOR', 'NLD', 'NLD', 2001, 2001);
	const cbs = v.groups.find((g) => g.source.id === 'cbs-2002-23-trade-deficit-korea');

	it('shows a lower bound with its qualifier', () => {
		expect(cbs?.currency).toBe('EUR');
		expect(row(cbs, '2001')).toMatchObject({
			exports: 2000,
			exportsQualifier: 'lower bound',
			imports: 1100,
			importsQualifier: ''
		});
	});

	it('never computes with it: balance, total and coverage stay null', () => {
		expect(row(cbs, '2001')).toMatchObject({ balance: null, total: null, coverage: null, exportsShare: null });
	});

	it('leaves it out of headline figures, but not the plain figure beside it', () => {
		expect(latestValue(cbs as SourceGroup, 'exports')).toBeNull();
		expect(latestValue(cbs as SourceGroup, 'imports')).toMatchObject({ period: '2001', value: 1100 });
	});

	it('draws a group of approximate statements as points (sparse)', () => {
		// Dutch ambassador, Dec 2023: "around €10 billion" exports, "around €6 billion" imports.
		const amb = view('NLD', 'KOR', 'NLD', 2023, 2023).groups.find((g) => g.source.id === 'govnl-2023-yoon-state-visit');
		expect(row(amb, '2023')).toMatchObject({
			exports: 10000,
			exportsQualifier: 'approximate',
			imports: 6000,
			importsQualifier: 'approximate',
			balance: null
		});
		expect(amb?.sparse).toBe(true);
	});
});

describe('CAGR across a series break (issue 9)', () => {
	const ds = loadDataDir();
	it('flags a CAGR whose span crosses the break, not one after it', () => {
		const across = tradeView(ds, { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1995, to: 2005 }, { min: 1960, max: 2024 });
		expect(across.groups[0]?.cagr.exports?.acrossBreak).toBe('1999');
		const after = tradeView(ds, { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1999, to: 2005 }, { min: 1960, max: 2024 });
		expect(after.groups[0]?.cagr.exports?.acrossBreak).toBeNull();
	});
});
