import { describe, expect, it } from 'vitest';
import { countryName } from '../i18n/countryNames';
import { withLocale, type Locale } from '../i18n/locale';
import { buildDataset } from './dataset';
import { loadDataDir, readDataDir } from './fixtures/dataDir';
import { pairTotals } from './pairTotals';
import { yearSpan } from './series';
import { pairStory, storyText } from './story';
import { tradeView } from './tradeView';
import type { Dataset } from './types';
import type { ViewState } from './viewState';

function story(dataset: Dataset, state: ViewState): string[] {
	const span = yearSpan(dataset, state.reporter, state.partner) ?? { min: state.from, max: state.to };
	return pairStory(tradeView(dataset, state, span), pairTotals(dataset, state.reporter, state.partner)).map(storyText);
}

describe('pairStory on the bundled data', () => {
	const sentences = story(loadDataDir(), { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1960, to: 2024 });

	it('tells the latest year, its balance against the year before, the mirror gap, growth and the later total', () => {
		expect(sentences).toEqual([
			"In 2020 the Republic of Korea's exports to the Netherlands were USD 4.0 bn and its imports USD 6.2 bn, a deficit of USD 2.2 bn after a small surplus in 2019 (USD 0.1 bn).",
			'The Netherlands reports USD 6.4 bn of imports from the Republic of Korea, 60.9% more than the Republic of Korea reports exporting — see why.',
			"From 2010 to 2020 total trade went from USD 9.5 bn to USD 10.2 bn, +0.7% a year; growth, balance and the other side's figures are on the trade page.",
			'For 2024, eToday (reporting Ministry of Trade, Industry and Energy (MOTIE) press material) gives total trade of USD 15.0 bn (exports and imports together; no split by flow is published).'
		]);
	});

	it('links every number to its source', () => {
		const span = { min: 1960, max: 2024 };
		const ds = loadDataDir();
		const parts = pairStory(
			tradeView(ds, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1960, to: 2024 }, span),
			pairTotals(ds, 'KOR', 'NLD')
		).flat();
		const figures = parts.filter((p) => 'figure' in p);
		expect(figures.length).toBe(8);
		expect(figures.every((p) => 'source' in p && p.source.id)).toBe(true);
	});

	it('flags ten-year growth across a series break (the Netherlands, 1999)', () => {
		const nld = story(loadDataDir(), { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1960, to: 2005 });
		expect(nld[2]).toContain('across the NLD series break of 1999');
	});
});

describe('pairStory in Korean and Dutch', () => {
	// Names as the server gives them to a reader of the language (views.ts: datasetOf).
	const inLanguage = (locale: Locale, state: ViewState) =>
		withLocale(locale, () => {
			const dataset = loadDataDir();
			for (const [code, c] of dataset.countries) dataset.countries.set(code, { ...c, name: countryName(code, c.name) });
			return story(dataset, state);
		});
	const KOR_NLD: ViewState = { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1960, to: 2024 };

	it('tells the same story in Korean, figures in 억 and names in Korean', () => {
		expect(inLanguage('ko', KOR_NLD)).toEqual([
			'2020년 대한민국의 대(對)네덜란드 수출은 40억 USD, 수입은 62억 USD, 무역수지는 22억 USD 적자입니다(2019년에는 1억 USD 소폭 흑자).',
			'네덜란드의 통계로는 대한민국에서의 수입이 64억 USD에 이르러, 대한민국의 수출 보고치보다 60.9% 많습니다(차이의 원인 보기).',
			'교역액은 2010년 95억 USD에서 2020년 102억 USD까지 연평균 +0.7% 변화했습니다. 증가율, 무역수지와 상대국 통계는 무역 페이지에서 볼 수 있습니다.',
			'eToday (reporting Ministry of Trade, Industry and Energy (MOTIE) press material) 자료에 따르면 2024 기준 교역액은 150억 USD입니다(수출과 수입의 합계이며, 수출·수입별 수치는 발표되지 않았습니다).'
		]);
	});

	it('tells it in Dutch, with Dutch decimals and "van" for whose', () => {
		expect(inLanguage('nl', KOR_NLD)).toEqual([
			'In 2020 bedroeg de uitvoer van Zuid-Korea naar Nederland USD 4,0 mld en de invoer USD 6,2 mld, een tekort van USD 2,2 mld na een klein overschot in 2019 (USD 0,1 mld).',
			'Nederland rapporteert USD 6,4 mld aan invoer uit Zuid-Korea, 60,9% meer dan Zuid-Korea aan uitvoer rapporteert — zie waarom.',
			'Van 2010 tot 2020 ging de totale handel van USD 9,5 mld naar USD 10,2 mld, +0,7% per jaar; groei, handelsbalans en de cijfers van de andere kant staan op de handelspagina.',
			'Voor 2024 geeft eToday (reporting Ministry of Trade, Industry and Energy (MOTIE) press material) een totale handel van USD 15,0 mld (uitvoer en invoer samen; een uitsplitsing naar richting is niet gepubliceerd).'
		]);
	});

	it('keeps the links of the sentences in every language', () => {
		for (const locale of ['ko', 'nl'] as const) {
			const parts = withLocale(locale, () => {
				const ds = loadDataDir();
				return pairStory(tradeView(ds, KOR_NLD, { min: 1960, max: 2024 }), pairTotals(ds, 'KOR', 'NLD')).flat();
			});
			expect(parts.filter((p) => 'page' in p).map((p) => ('page' in p ? p.page : ''))).toEqual(['mirror', 'trade']);
			expect(parts.filter((p) => 'figure' in p).length).toBe(8);
		}
	});

	it('flags the series break in Dutch', () => {
		const nld = inLanguage('nl', { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1960, to: 2005 });
		expect(nld[2]).toContain('over de trendbreuk van NLD in 1999 heen');
	});
});

describe('pairStory on another pair (tests/fixtures/other-pair: Chile–New Zealand)', () => {
	const { dataset } = buildDataset(readDataDir(new URL('../../../tests/fixtures/other-pair/', import.meta.url)));
	if (!dataset) throw new Error('the other-pair fixture does not build');
	const sentences = story(dataset, { reporter: 'CHL', partner: 'NZL', by: 'CHL', from: 1988, to: 1998 });

	it('uses the names and years of that pair and no others', () => {
		expect(sentences[0]).toMatch(/^In 1998 Chile's exports to New Zealand were USD [\d.]+ bn and its imports USD/);
		expect(sentences.join(' ')).not.toMatch(/Korea|Netherlands|KOR|NLD/);
		expect(sentences.length).toBeGreaterThanOrEqual(2);
	});
});
