import { describe, expect, it } from 'vitest';
import { buildDataset } from './dataset';
import { AGGREGATES, tradePairs, tradeSeries, yearSpan } from './series';
import type { Dataset } from './types';

// A made-up set, rows deliberately out of order: two sources for one flow, a World partner, an EU
// aggregate as reporter and partner.
const { dataset, issues } = buildDataset({
	sources: 'id,title,publisher,url\na,Source A,A,\nb,Source B,B,\n',
	trade: [
		'period,reporter,partner,flow,value,currency,unit,valuation,concept,source',
		'2021,ZZZ,AAA,export,3,USD,millions,FOB,general,a',
		'2019,AAA,ZZZ,export,1,USD,millions,FOB,general,a',
		'2018,AAA,ZZZ,export,0.5,USD,millions,FOB,general,a',
		'2020,AAA,ZZZ,export,2,EUR,billions,not stated,national,b',
		'2020,AAA,ZZZ,import,4,USD,millions,CIF,general,a',
		'2017,AAA,WLD,export,100,USD,millions,FOB,general,a',
		'2016,EUU,AAA,export,7,USD,millions,FOB,general,a',
		'2015,MMM,EUU,export,7,USD,millions,FOB,general,a'
	].join('\n')
});
if (!dataset) throw new Error(JSON.stringify(issues));
const ds: Dataset = dataset;

describe('tradeSeries', () => {
	it('gives one series per reporter, partner, flow, source and currency, points sorted by period', () => {
		const s = tradeSeries(ds, { reporter: 'AAA', partner: 'ZZZ' });
		expect(s.map((x) => `${x.flow}:${x.source}:${x.currency}:${x.points.map((p) => `${p.period.key}=${p.value}`).join(' ')}`)).toEqual([
			'export:a:USD:2018=500000 2019=1000000',
			'export:b:EUR:2020=2000000000',
			'import:a:USD:2020=4000000'
		]);
	});

	it('keeps the valuation and concept of the series', () => {
		const [eur] = tradeSeries(ds, { reporter: 'AAA', partner: 'ZZZ', flow: 'export' }).filter((x) => x.source === 'b');
		expect(eur).toMatchObject({ valuation: 'not stated', concept: 'national', reporter: 'AAA', partner: 'ZZZ' });
	});

	it('filters by flow and by partner', () => {
		expect(tradeSeries(ds, { reporter: 'AAA', flow: 'import' }).map((x) => x.partner)).toEqual(['ZZZ']);
		expect(tradeSeries(ds, { reporter: 'AAA', partner: 'WLD' }).map((x) => x.points.length)).toEqual([1]);
		expect(tradeSeries(ds, { reporter: 'AAA' })).toHaveLength(4);
		expect(tradeSeries(ds, { reporter: 'QQQ' })).toEqual([]);
	});
});

describe('tradePairs', () => {
	it('lists bilateral pairs alphabetically, leaving out World and other aggregates on either side', () => {
		expect(tradePairs(ds)).toEqual([
			{ reporter: 'AAA', partner: 'ZZZ' },
			{ reporter: 'ZZZ', partner: 'AAA' }
		]);
	});

	it('takes another set of aggregates', () => {
		expect(tradePairs(ds, new Set(['WLD']))).toEqual([
			{ reporter: 'AAA', partner: 'ZZZ' },
			{ reporter: 'EUU', partner: 'AAA' },
			{ reporter: 'MMM', partner: 'EUU' },
			{ reporter: 'ZZZ', partner: 'AAA' }
		]);
	});

	it('knows the usual aggregate codes', () => {
		expect([...AGGREGATES].sort()).toEqual(['EU27', 'EUN', 'EUU', 'OECD', 'WLD']);
	});
});

describe('yearSpan', () => {
	it('covers figures reported by either side', () => {
		expect(yearSpan(ds, 'AAA', 'ZZZ')).toEqual({ min: 2018, max: 2021 });
		expect(yearSpan(ds, 'ZZZ', 'AAA')).toEqual({ min: 2018, max: 2021 });
	});

	it('is null for a pair without figures', () => {
		expect(yearSpan(ds, 'AAA', 'MMM')).toBeNull();
	});
});
