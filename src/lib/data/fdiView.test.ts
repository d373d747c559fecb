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
		expect(p2005?.shareOfWorld).toBeCloseTo(-214 / 7050, 14);
		expect(series[0]?.points[0]?.shareOfWorld).toBeNull();
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
