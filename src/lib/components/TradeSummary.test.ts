// The trade summary as the server renders it in Korean and Dutch: labels, the ratio sentence cut at its
// figures and the growth line, from the bundled data (names as views.ts gives them to each language).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { countryName } from '$lib/i18n/countryNames';
import { withLocale, type Locale } from '$lib/i18n/locale';
import { loadDataDir } from '$lib/data/fixtures/dataDir';
import { tradeSummary } from '$lib/data/tradeSummary';
import { tradeView } from '$lib/data/tradeView';
import TradeSummary from './TradeSummary.svelte';

function summaryText(locale: Locale, compact = false): string {
	return withLocale(locale, () => {
		const dataset = loadDataDir();
		for (const [code, c] of dataset.countries) dataset.countries.set(code, { ...c, name: countryName(code, c.name) });
		const view = tradeView(
			dataset,
			{ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020 },
			{ min: 1960, max: 2024 }
		);
		const { body } = render(TradeSummary, { props: { summary: tradeSummary(view), compact } });
		return body
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
	});
}

describe('TradeSummary in Korean and Dutch', () => {
	it.each([
		[
			'ko',
			[
				'대(對)네덜란드 수출 3,987.104 백만 USD 2020 · 대한민국 보고 기준 · International Monetary Fund',
				'무역수지 −2,236.733 백만 USD',
				'2020년 수출입 비율(수출 ÷ 수입)은 0.64 입니다. 같은 출처의 대한민국의 대(對)세계 교역 가운데 대한민국의 대(對)네덜란드 수출은 총수출의 0.8% , 네덜란드에서의 수입은 총수입의 1.3% 를 차지합니다.',
				'연평균 증가율: 수출 +2.0% (2000–2020년); 수입 +8.7% (2000–2020년); 교역액 +5.0% (2000–2020년).'
			]
		],
		[
			'nl',
			[
				'Uitvoer naar Nederland 3.987,104 USD mln 2020 · zoals gerapporteerd door Zuid-Korea · International Monetary Fund',
				'Handelsbalans −2.236,733 USD mln',
				'2020: de dekkingsgraad (uitvoer ÷ invoer) is 0,64 ; van de handel van Zuid-Korea met de wereld (zelfde bron) is de uitvoer van Zuid-Korea naar Nederland 0,8% van de totale uitvoer en de invoer uit Nederland 1,3% van de totale invoer.',
				'Gemiddelde jaarlijkse groei: uitvoer +2,0% per jaar (2000–2020); invoer +8,7% per jaar (2000–2020); totale handel +5,0% per jaar (2000–2020).'
			]
		]
	] as const)('%s', (locale, parts) => {
		const text = summaryText(locale);
		for (const part of parts) expect(text).toContain(part);
	});

	it('shows the compact headline in 억 for Korean readers', () => {
		expect(summaryText('ko', true)).toContain('무역수지 (USD) −22억 2020 · 대한민국');
	});
});
