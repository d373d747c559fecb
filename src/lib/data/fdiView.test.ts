import { describe, expect, it } from 'vitest';
import { fdiSeriesForPair, fdiYearSpan } from './fdiView';
import { loadDataDir } from './fixtures/dataDir';

// The bundled data/: UNCTAD net FDI flows from the Netherlands into Korea 2001–2012 (with the World
// total as context), and Korean investment in the Netherlands for 2008 and 2010 (Hankyung).
const dataset = loadDataDir();

describe('fdiSeriesForPair', () => {
	const series = fdiSeriesForPair(dataset, 'KOR', 'NLD', 2000, 2012);

	it('gives one series per direction, measure and source, investor KOR first', () => {
		expect(series.map((s) => `${s.investor}→${s.host}:${s.measure}:${s.source.id}`)).toEqual([
			'KOR→NLD:flow:hankyung-2011-04-06-menkveld',
			'NLD→KOR:flow:unctad-bilateral-fdi-kor'
		]);
	});

	it('gives the values in millions, negative net flows kept negative', () => {
		const unctad = series[1];
		expect(unctad?.points.map((p) => [p.period, p.value])).toEqual([
			['2001', 1052],
			['2002', 326],
			['2003', 110],
			['2004', 1099],
			['2005', -214],
			['2006', -666],
			['2007', -484],
			['2008', -2494],
			['2009', 186],
			['2010', -194],
			['2011', 872],
			['2012', 1070]
		]);
		expect(series[0]?.points.map((p) => [p.period, p.value])).toEqual([
			['2008', 800],
			['2010', 1770]
		]);
	});

	it("gives the share of all investors' flows from the same source and year", () => {
		// 2005: UNCTAD net FDI into Korea from all investors 7050.0.
		const p2005 = series[1]?.points.find((p) => p.period === '2005');
		// Net disinvestment (−214 of 7,050) is no share of anything: the values are shown instead.
		expect(p2005?.shareOfWorld).toBeNull();
		expect(p2005?.shareNote).toContain("negative");
		expect(series[0]?.points[0]?.shareOfWorld).toBeNull();
		const p2004 = series[1]?.points.find((p) => p.period === '2004');
		expect(p2004?.shareOfWorld).toBeGreaterThan(0);
		expect(p2004?.shareNote).toBe('');
	});

	it('keeps only the selected years', () => {
		const few = fdiSeriesForPair(dataset, 'NLD', 'KOR', 2005, 2006);
		expect(few.map((s) => s.points.map((p) => p.year))).toEqual([[2005, 2006]]);
	});

	it('gives nothing for a pair without FDI figures', () => {
		expect(fdiSeriesForPair(dataset, 'KOR', 'WLD', 1990, 2030).filter((s) => s.investor === 'KOR')).toEqual([]);
	});
});

describe('fdiYearSpan', () => {
	it('spans the bilateral figures of either direction, context totals left out', () => {
		expect(fdiYearSpan(dataset, 'KOR', 'NLD')).toEqual({ min: 2001, max: 2012 });
		expect(fdiYearSpan(dataset, 'NLD', 'KOR')).toEqual({ min: 2001, max: 2012 });
		expect(fdiYearSpan(dataset, 'KOR', 'JPN')).toBeNull();
	});
});

describe('shares of all investors (issue 9, defect 5)', () => {
	it('gives no share of a negative figure: −2,494 of 8,409 is not −29.7 % of anything', () => {
		const unctad = fdiSeriesForPair(loadDataDir(), 'KOR', 'NLD', 2008, 2010).find(
			(s) => s.investor === 'NLD' && s.source.id === 'unctad-bilateral-fdi-kor'
		);
		const p2008 = unctad?.points.find((p) => p.period === '2008');
		expect(p2008?.value).toBe(-2494);
		expect(p2008?.shareOfWorld).toBeNull();
		expect(p2008?.shareNote).toContain('negative');
	});
});
