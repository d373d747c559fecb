import { describe, expect, it } from 'vitest';
import { loadDataDir } from './fixtures/dataDir';
import { otherFigures } from './otherFigures';
import { tradeView } from './tradeView';
import type { ViewState } from './viewState';

// The bundled data/ set: Korea's main series (IMF DOTS) is in USD; Dutch and Eurostat figures quoted in
// news releases and statements are in EUR, so a USD view lists them here instead of drawing them.
const dataset = loadDataDir();
const view = (state: ViewState) => tradeView(dataset, state, { min: 1960, max: 2024 });
const KOR_NLD = { reporter: 'KOR', partner: 'NLD', by: 'KOR' } as const;

describe('otherFigures: what a view holds in another currency than it draws', () => {
	it('lists the EUR figures of 2000–2020 oldest first, one line per source and period', () => {
		const o = otherFigures(view({ ...KOR_NLD, from: 2000, to: 2020 }));
		expect(o?.lines.map((l) => [l.period, l.source.id, l.exports, l.imports, l.currency, l.concept])).toEqual([
			['2001', 'cbs-2002-23-trade-deficit-korea', 2000, 1100, 'EUR', 'national'],
			['2008', 'eurostat-2009-eu-korea-trade-2008', null, 2500, 'EUR', 'community'],
			['2010', 'govnl-2011-50-years', 3230, 1870, 'EUR', 'not stated'],
			['2011', 'dutchdailynews-2012-rutte-visit', 3500, 3400, 'EUR', 'not stated'],
			['2014', 'eurostat-2015-154-eu-korea-trade', null, 3800, 'EUR', 'community'],
			['2017', 'europanu-anp-2018-cbs-exports', null, 5500, 'EUR', 'national'],
			['2020', 'nd-2021-korea-export-boost', 4100, 6500, 'EUR', 'not stated']
		]);
		expect([o?.reporterName, o?.partnerName]).toEqual(['Republic of Korea', 'Netherlands']);
		expect(new Set(o?.lines.map((l) => l.key)).size).toBe(o?.lines.length);
	});

	it('names who reported each figure and joins the source’s notes on both flows', () => {
		const o = otherFigures(view({ ...KOR_NLD, from: 2000, to: 2020 }));
		const first = o?.lines[0];
		expect(first?.reportedBy).toBe('Netherlands');
		expect(first?.exportsQualifier).toBe('lower bound');
		expect(first?.note).toBe('source says "more than two billion euro"');
		expect(o?.lines.find((l) => l.period === '2008')?.note).toBe('');
		expect(o?.lines.find((l) => l.period === '2010')?.note).toBe(
			'presumably CBS (presumed national concept); presumably CBS (presumed national concept); low next to other sources for 2010-2011'
		);
	});

	it.each([
		['every figure is in the drawn currency (converted to EUR)', { ...KOR_NLD, from: 2000, to: 2020, currency: 'EUR' }],
		['no figures in another currency in the years', { ...KOR_NLD, from: 1980, to: 1990 }]
	] as const)('is null when %s', (_, state) => {
		expect(otherFigures(view(state))).toBeNull();
	});
});
