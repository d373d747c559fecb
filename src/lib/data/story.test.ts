import { describe, expect, it } from 'vitest';
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
			"In 2020 Republic of Korea's exports to Netherlands were USD 4.0 bn and its imports USD 6.2 bn, a deficit of USD 2.2 bn after a small surplus in 2019 (USD 0.1 bn).",
			'Netherlands reports USD 6.4 bn of imports from Republic of Korea, 60.9% more than Republic of Korea reports exporting — see why.',
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
