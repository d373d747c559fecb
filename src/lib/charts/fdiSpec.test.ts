import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/dataset';
import { fdiSeriesForPair } from '../data/fdiView';
import { loadDataDir } from '../data/fixtures/dataDir';
import { chartConfig } from './config';
import { fdiChartSpec, fdiMeasureWords } from './fdiSpec';
import { withLocale } from '../i18n/locale';
import { PALETTE } from './palette';

const dataset = loadDataDir();
const names = { KOR: 'Republic of Korea', NLD: 'Netherlands' };

describe('fdiChartSpec', () => {
	const spec = fdiChartSpec(fdiSeriesForPair(dataset, 'KOR', 'NLD', 2000, 2012), names, 'KOR');

	it('is a bar chart over every year from the first to the last figure', () => {
		expect(spec?.id).toBe('fdi');
		expect(spec?.labels).toEqual([
			'2001',
			'2002',
			'2003',
			'2004',
			'2005',
			'2006',
			'2007',
			'2008',
			'2009',
			'2010',
			'2011',
			'2012'
		]);
		expect(spec?.series.filter((s) => s.kind === 'bar').length).toBe(1);
		expect(spec?.series.find((s) => s.kind !== 'bar')?.kind).toBe('points');
		expect(chartConfig(spec!).type).toBe('bar');
	});

	it('names the pair, the unit and each series by direction, measure and publisher', () => {
		expect(spec?.title).toBe('Foreign direct investment between Republic of Korea and Netherlands');
		expect(spec?.unit).toBe('USD million, current prices; each series on its own basis (see below)');
		expect(spec?.yTitle).toBe('USD million');
		expect(spec?.series.map((s) => s.label)).toEqual([
			'Republic of Korea → Netherlands, flows, basis not stated (Hankyung (The Korea Economic Daily))',
			'Netherlands → Republic of Korea, net flows (United Nations Conference on Trade and Development (UNCTAD))'
		]);
	});

	it('keeps the colour of the investing country and leaves years without a figure empty', () => {
		const [kor, nld] = spec?.series ?? [];
		expect(kor?.color).toBe(PALETTE.reporter);
		expect(nld?.color).toBe(PALETTE.partner);
		expect(kor?.values).toEqual([null, null, null, null, null, null, null, 800, null, 1770, null, null]);
		expect(nld?.values[4]).toBe(-214);
		expect(nld?.values[7]).toBe(-2494);
	});

	it('is null without series', () => {
		expect(fdiChartSpec([], names, 'KOR')).toBeNull();
	});

	// Was a bug (fixed): fdi.csv may hold quarters and months (data/README.md), but the chart labels are years
	// and values are looked up by period key, so a quarterly figure is dropped from the chart (null).
	it('draws quarterly FDI figures', () => {
		const { dataset: q } = buildDataset({
			sources: 'id,title,publisher,url\ns,Test,Tester,\n',
			// trade.csv is required and needs a row (a header alone is an error).
			trade:
				'period,reporter,partner,flow,value,currency,unit,valuation,concept,source\n2020,AAA,BBB,export,1,USD,millions,FOB,general,s\n',
			fdi: 'period,investor,host,measure,value,currency,unit,basis,source\n2020-Q1,AAA,BBB,flow,5,USD,millions,test,s\n'
		});
		const s = fdiChartSpec(fdiSeriesForPair(q!, 'AAA', 'BBB', 2020, 2020), {}, 'AAA');
		expect(s?.series[0]?.values.filter((v) => v !== null)).toEqual([5]);
	});
});

describe('FDI labels say what each figure is (issue 9)', () => {
	const spec = fdiChartSpec(fdiSeriesForPair(dataset, 'KOR', 'NLD', 2000, 2012), names, 'KOR');

	it('defect 4: only series whose basis says net are labelled "net flows"', () => {
		const korean = spec?.series.find((s) => s.key.startsWith('KOR-NLD-flow'));
		expect(korean?.label).not.toContain('net flows');
		expect(korean?.label).toContain('basis not stated');
		expect(korean?.kind).toBe('points');
		expect(spec?.series.find((s) => s.key.startsWith('NLD-KOR-flow-unctad'))?.label).toContain('net flows');
	});
});

describe('fdiChartSpec in Korean and Dutch', () => {
	const series = fdiSeriesForPair(dataset, 'KOR', 'NLD', 2000, 2012);
	it.each([
		['nl', 'Directe investeringen tussen Zuid-Korea en Nederland', 'USD mln'],
		['ko', '대한민국–네덜란드 외국인직접투자', '백만 USD']
	] as const)('%s: title, axis and measure words in the language', (locale, title, axis) => {
		const spec = withLocale(locale, () => fdiChartSpec(series, names, 'KOR'));
		expect(spec?.title).toBe(title);
		expect(spec?.yTitle).toBe(axis);
		expect(spec?.labels).toEqual(fdiChartSpec(series, names, 'KOR')?.labels);
	});

	it.each([
		['nl', 'flow', 'UNCTAD net FDI flow', 'nettostromen'],
		['nl', 'position', '', 'standen (eind van het jaar)'],
		['ko', 'flow', 'press figure; basis not stated', '흐름, 기준 미기재'],
		['ko', 'notified', '', '신고 기준 투자']
	] as const)('%s: %s (%s) → %s', (locale, measure, basis, words) => {
		expect(withLocale(locale, () => fdiMeasureWords({ measure, basis }))).toBe(words);
	});
});
