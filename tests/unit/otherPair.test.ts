// A second, real data set (Chile and New Zealand, IMF DOTS 1988–1998; tests/fixtures/other-pair/README.md)
// run through the whole chain. Nothing in the dashboard may assume Korea and the Netherlands.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tradeChartSpecs } from '../../src/lib/charts/spec';
import { chartConfig } from '../../src/lib/charts/config';
import { TRADE_CSV_COLUMNS, toCsv, tradeCsvName, tradeCsvRows } from '../../src/lib/data/csv';
import { buildDataset } from '../../src/lib/data/dataset';
import { readDataDir } from '../../src/lib/data/fixtures/dataDir';
import { tradePairs, yearSpan } from '../../src/lib/data/series';
import { tradeView, type SourceGroup, type TradeRow } from '../../src/lib/data/tradeView';
import { viewStateFromQuery, type StateContext } from '../../src/lib/data/viewState';

const DIR = new URL('../fixtures/other-pair/', import.meta.url);
const built = buildDataset(readDataDir(DIR));
const dataset = built.dataset;
if (!dataset) throw new Error(`the other-pair fixture does not build: ${JSON.stringify(built.issues)}`);

const pairs = tradePairs(dataset);
const context: StateContext = { pairs, span: (a, b) => yearSpan(dataset, a, b) };
const viewFor = (query: string) => {
	const { state, notices } = viewStateFromQuery(new URLSearchParams(query), context);
	if (!state) throw new Error(notices[0]?.message);
	return {
		view: tradeView(dataset, state, yearSpan(dataset, state.reporter, state.partner) ?? { min: 0, max: 0 }),
		notices
	};
};
const row = (g: SourceGroup | undefined, period: string): TradeRow => {
	const r = g?.rows.find((x) => x.period === period);
	if (!r) throw new Error(`no row ${period}`);
	return r;
};

describe('the Chile–New Zealand data set', () => {
	it('builds without issues: 83 rows, one source, three countries', () => {
		expect(built.issues).toEqual([]);
		expect(dataset.trade).toHaveLength(83);
		expect([...dataset.sources.keys()]).toEqual(['imf-dots-matrix']);
		expect([...dataset.countries.keys()]).toEqual(['CHL', 'NZL', 'WLD']);
	});

	it('has the two directions as pairs, World left out, and spans 1988–1998', () => {
		expect(pairs).toEqual([
			{ reporter: 'CHL', partner: 'NZL' },
			{ reporter: 'NZL', partner: 'CHL' }
		]);
		expect(yearSpan(dataset, 'CHL', 'NZL')).toEqual({ min: 1988, max: 1998 });
	});
});

describe('the default view: Chile and New Zealand as reported by Chile, 1988–1998', () => {
	const { view, notices } = viewFor('');
	const chl = view.groups[0];
	const nzl = view.mirrorGroups[0];

	it('defaults to the first pair and its whole span, with no notices', () => {
		expect(notices).toEqual([]);
		expect(view.state).toEqual({ reporter: 'CHL', partner: 'NZL', by: 'CHL', from: 1988, to: 1998 });
		expect([view.reporterName, view.partnerName, view.byName]).toEqual(['Chile', 'New Zealand', 'Chile']);
	});

	it("starts Chile's rows at its first figure (1989) and New Zealand's at 1988", () => {
		expect(view.groups.map((g) => `${g.by}:${g.source.id}`)).toEqual(['CHL:imf-dots-matrix']);
		expect(chl?.rows.map((r) => r.period)).toEqual([
			'1989',
			'1990',
			'1991',
			'1992',
			'1993',
			'1994',
			'1995',
			'1996',
			'1997',
			'1998'
		]);
		expect(nzl?.by).toBe('NZL');
		expect(nzl?.rows.map((r) => r.year)).toEqual([1988, 1989, 1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998]);
	});

	it('shows the years without Chilean export figures (1989–1991) as gaps beside the imports', () => {
		expect(chl?.rows.slice(0, 4).map((r) => [r.period, r.exports, r.imports, r.balance])).toEqual([
			['1989', null, 6.7, null],
			['1990', null, 16.7, null],
			['1991', null, 16.8, null],
			['1992', 4.7, 17.63, expect.closeTo(-12.93, 9)]
		]);
		expect(row(chl, '1992').exportsGrowth).toBeNull();
	});

	it('computes growth, balance and shares from the figures of one source', () => {
		expect(row(chl, '1993').exportsGrowth).toBeCloseTo(-0.060212765957447, 12);
		expect(row(chl, '1993').importsGrowth).toBeCloseTo(0.564152013613159, 12);
		expect(row(chl, '1998')).toMatchObject({ exports: 17.34, imports: 35.74 });
		expect(row(chl, '1998').total).toBeCloseTo(53.08, 9);
		// Shares of Chile's trade with the World in 1998: exports 16443.35, imports 19871.74.
		expect(row(chl, '1998').exportsShare).toBeCloseTo(0.001054529642682, 14);
		expect(row(chl, '1998').importsShare).toBeCloseTo(0.001798533998532, 14);
	});

	it('takes compound growth from the first to the last figure of each flow', () => {
		expect(chl?.cagr.exports).toMatchObject({ from: '1992', to: '1998' });
		expect(chl?.cagr.exports?.value).toBeCloseTo(0.243059372787765, 12);
		expect(chl?.cagr.imports).toMatchObject({ from: '1989', to: '1998' });
		expect(chl?.cagr.imports?.value).toBeCloseTo(0.20444407177023, 12);
	});

	it("has New Zealand's mirror figures: its imports from Chile as exports, its exports to Chile as imports", () => {
		expect(row(nzl, '1988')).toMatchObject({ exports: 2.58, imports: 9.24 });
		expect(row(nzl, '1998')).toMatchObject({ exports: 14.930339, imports: 26.385634 });
	});

	it('charts every year 1988–1998, gaps as null', () => {
		const specs = tradeChartSpecs(view);
		expect(specs.map((s) => s.id)).toEqual(['flows', 'balance', 'total', 'growth']);
		const flows = specs[0];
		expect(flows?.labels).toEqual([
			'1988',
			'1989',
			'1990',
			'1991',
			'1992',
			'1993',
			'1994',
			'1995',
			'1996',
			'1997',
			'1998'
		]);
		expect(flows?.unit).toBe('USD million, current prices');
		expect(flows?.series.map((s) => s.label)).toEqual([
			'Exports CHL→NZL · reported by CHL',
			'Imports CHL←NZL · reported by CHL',
			'Exports CHL→NZL · reported by NZL (mirror)',
			'Imports CHL←NZL · reported by NZL (mirror)'
		]);
		expect(flows?.series[0]?.values).toEqual([null, null, null, null, 4.7, 4.417, 6.2, 14.8, 20.84, 27.25, 17.34]);
		expect(flows?.series[1]?.values.slice(0, 3)).toEqual([null, 6.7, 16.7]);
		expect(flows?.title).toBe('Chile trade with New Zealand: exports and imports');
		expect(chartConfig(flows!).type).toBe('line');
		expect(chartConfig(specs[1]!).type).toBe('bar');
	});

	it('writes a CSV of the Chilean rows with the New Zealand mirror figures', () => {
		const csv = toCsv([...TRADE_CSV_COLUMNS], tradeCsvRows(view));
		expect(tradeCsvName(view)).toBe('chl-nzl-trade-1988-1998.csv');
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(11);
		expect(lines[1]?.startsWith('1989,CHL,NZL,CHL,,6.7,,,')).toBe(true);
		expect(lines[10]?.startsWith('1998,CHL,NZL,CHL,17.34,35.74,-18.4,53.08,')).toBe(true);
		const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true });
		expect(parsed.data[9]).toMatchObject({
			period: '1998',
			mirror_exports: '14.930339',
			mirror_imports: '26.385634',
			mirror_reported_by: 'NZL',
			currency: 'USD',
			exports_valuation: 'FOB',
			imports_valuation: 'CIF',
			concept: 'not stated',
			source_id: 'imf-dots-matrix',
			source_publisher: 'International Monetary Fund'
		});
	});

	it('mentions neither Korea nor the Netherlands anywhere in the view, charts or CSV', () => {
		const everything = [
			JSON.stringify(view),
			JSON.stringify(tradeChartSpecs(view)),
			toCsv([...TRADE_CSV_COLUMNS], tradeCsvRows(view)),
			tradeCsvName(view)
		].join('\n');
		for (const word of ['KOR', 'NLD', 'Korea', 'Netherlands', 'Dutch']) expect(everything).not.toContain(word);
	});
});

describe('the other direction and the other side', () => {
	it('pair=NZL-CHL shows New Zealand as reporter with its own figures primary', () => {
		const { view, notices } = viewFor('pair=NZL-CHL&from=1992&to=1993');
		expect(notices).toEqual([]);
		expect(view.state).toEqual({ reporter: 'NZL', partner: 'CHL', by: 'NZL', from: 1992, to: 1993 });
		expect(view.groups[0]?.rows.map((r) => [r.period, r.exports, r.imports])).toEqual([
			['1992', 18.766, 6.083],
			['1993', 22.809717, 5.304276]
		]);
		expect(view.mirrorGroups[0]?.rows.map((r) => [r.period, r.exports, r.imports])).toEqual([
			['1992', 17.63, 4.7],
			['1993', 27.576, 4.417]
		]);
		expect(tradeCsvName(view)).toBe('nzl-chl-trade-1992-1993.csv');
	});

	it('by=NZL keeps Chile as reporter but makes the New Zealand figures primary', () => {
		const { view } = viewFor('reporter=CHL&partner=NZL&by=nzl&from=1998&to=1998');
		expect(view.state.by).toBe('NZL');
		expect(view.byName).toBe('New Zealand');
		expect(view.groups[0]?.rows).toMatchObject([{ period: '1998', exports: 14.930339, imports: 26.385634 }]);
		// New Zealand's 1998 trade with the World: imports 12571.334248, exports 11489.170234.
		expect(view.groups[0]?.rows[0]?.exportsShare).toBeCloseTo(0.001187649513207, 14);
		expect(view.groups[0]?.rows[0]?.importsShare).toBeCloseTo(0.002296565675553, 14);
		expect(tradeCsvName(view)).toBe('chl-nzl-trade-by-nzl-1998-1998.csv');
	});

	it('clamps and notes years outside the pair’s span', () => {
		const { view, notices } = viewFor('reporter=CHL&partner=NZL&from=1960&to=2020');
		expect([view.state.from, view.state.to]).toEqual([1988, 1998]);
		expect(notices.map((n) => n.message)).toEqual([
			'No figures before 1988; showing from 1988 instead of 1960.',
			'No figures after 1998; showing up to 1998 instead of 2020.'
		]);
	});
});
