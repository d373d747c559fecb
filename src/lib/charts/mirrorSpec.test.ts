import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../data/fixtures/dataDir';
import { mirrorFlows } from '../data/mirror';
import { yearSpan } from '../data/series';
import { tradeView } from '../data/tradeView';
import type { ViewState } from '../data/viewState';
import { withLocale } from '../i18n/locale';
import { mirrorChartSpecs } from './mirrorSpec';

const real = loadDataDir();
const state: ViewState = { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2018, to: 2020 };
const specs = () => {
	const view = tradeView(real, state, yearSpan(real, 'KOR', 'NLD') ?? { min: 2018, max: 2020 });
	const names = { KOR: view.reporterName, NLD: view.partnerName };
	return mirrorChartSpecs(mirrorFlows(view), names, 'KOR');
};

describe('mirrorChartSpecs', () => {
	const en = specs();

	it('gives each direction and the gap', () => {
		expect(en.map((s) => s.id)).toEqual(['mirror-KOR-NLD', 'mirror-NLD-KOR', 'mirror-gap']);
	});

	it.each([
		[
			'en',
			'Republic of Korea → Netherlands: the same flow, reported by both sides',
			'USD million, current prices',
			'% of importer-reported'
		],
		[
			'nl',
			'Zuid-Korea → Nederland: dezelfde stroom, gerapporteerd door beide kanten',
			'USD mln, lopende prijzen',
			'% van invoerend land'
		],
		['ko', '대한민국 → 네덜란드: 양측이 보고한 같은 흐름', '백만 USD, 경상가격', '수입국 보고 대비 %']
	] as const)('%s: titles, units and axes in the language; figures unchanged', (locale, title, unit, gapAxis) => {
		const local = withLocale(locale, specs);
		expect(local[0]?.title).toBe(title);
		expect(local[0]?.unit).toBe(unit);
		expect(local[2]?.yTitle).toBe(gapAxis);
		expect(local.map((s) => s.series.map((x) => x.values))).toEqual(en.map((s) => s.series.map((x) => x.values)));
	});

	it('keeps valuations (FOB, CIF) and country codes as they are in Dutch legends', () => {
		const labels = withLocale('nl', specs)[0]?.series.map((s) => s.label);
		expect(labels).toEqual(['KOR→NLD · gerapporteerd door KOR (FOB)', 'KOR→NLD · gerapporteerd door NLD (CIF)']);
	});
});
