// The views built from store queries must equal the views the pure functions build from the whole
// Dataset (the way every route worked before the store): same state, notices, series and figures.
import { describe, expect, it } from 'vitest';
import { reviewClaims } from '$lib/data/claims';
import { buildDataset } from '$lib/data/dataset';
import { loadDataDir } from '$lib/data/fixtures/dataDir';
import { fdiSeriesForPair, fdiYearSpan } from '$lib/data/fdiView';
import { tradePairs, yearSpan } from '$lib/data/series';
import { tradeView } from '$lib/data/tradeView';
import type { Dataset } from '$lib/data/types';
import { viewStateFromQuery } from '$lib/data/viewState';
import { columnar } from './store/columnar';
import { MemoryTradeStore } from './store/memoryStore';
import { claimsDataset, fdiViewFromUrl, PAGE_PAIRS, tradeViewFromUrl } from './views';

const VERSION = { id: 'v', loadedAt: '2025-01-01T00:00:00.000Z', files: {} };

function wholeDatasetView(dataset: Dataset, url: URL) {
	const currencies = [
		...new Set([
			...dataset.trade.map((o) => o.currency),
			...dataset.fx.filter((r) => r.year >= 1999).flatMap((r) => [r.base, r.quote])
		])
	].sort();
	const span = (a: string, b: string) => {
		const trade = yearSpan(dataset, a, b);
		const claimYears = dataset.claims
			.filter(
				(c) => c.topic === 'trade' && ((c.subject === a && c.partner === b) || (c.subject === b && c.partner === a))
			)
			.map((c) => c.period.year);
		return trade ? { min: Math.min(trade.min, ...claimYears), max: Math.max(trade.max, ...claimYears) } : null;
	};
	const { state, notices } = viewStateFromQuery(url.searchParams, { pairs: tradePairs(dataset), span, currencies });
	if (!state) throw new Error('no state');
	return {
		view: tradeView(dataset, state, span(state.reporter, state.partner) ?? { min: state.from, max: state.to }),
		notices
	};
}

const dataset = loadDataDir();
const store = new MemoryTradeStore(columnar(dataset, VERSION));

describe('views from the store equal views from the whole Dataset', () => {
	it.each([
		'',
		'reporter=KOR&partner=NLD&from=2000&to=2020',
		'reporter=NLD&partner=KOR&by=KOR&currency=EUR',
		'pair=NLD-KOR&from=1990',
		'reporter=KOR&currency=KRW&events=hide&claims=hide',
		'partner=KOR',
		'reporter=ZZZ&partner=NLD',
		'reporter=KOR&partner=NLD&from=2030&to=1900',
		'reporter=k0r&currency=XYZ',
		'reporter=KOR&partner=NLD&from=2019&to=2024'
	])('?%s', async (query) => {
		const url = new URL(`http://x/trade?${query}`);
		const expected = wholeDatasetView(dataset, url);
		const got = await tradeViewFromUrl(store, url);
		expect(got.view).toEqual(expected.view);
		expect(got.notices).toEqual(expected.notices);
		expect(got.pairs.length).toBeLessThanOrEqual(PAGE_PAIRS);
		expect(got.pairs).toContainEqual({ reporter: got.view.state.reporter, partner: got.view.state.partner });
	});

	it('FDI: the series and span of the pair', async () => {
		const url = new URL('http://x/fdi?reporter=KOR&partner=NLD');
		const got = await fdiViewFromUrl(store, url);
		const span = fdiYearSpan(dataset, 'KOR', 'NLD');
		expect(got.span).toEqual(span);
		expect(got.series).toEqual(fdiSeriesForPair(dataset, 'KOR', 'NLD', span!.min, span!.max));
		expect(got.names).toEqual({ KOR: 'Republic of Korea', NLD: 'Netherlands' });
	});

	it('claims: every claim reviewed against the same figures', async () => {
		expect(reviewClaims(await claimsDataset(store))).toEqual(reviewClaims(dataset));
	});
});

describe('the pair picker of a page', () => {
	// SYNTHETIC: one reporter with 40 partners (made-up codes BAA…BBN and ZZZ), one figure each.
	const partners = [
		...Array.from(
			{ length: 40 },
			(_, i) => `B${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`
		),
		'ZZZ'
	];
	const { dataset: many } = buildDataset({
		sources: 'id,title,publisher,url\ns,Synthetic,Tests,\n',
		trade:
			'period,reporter,partner,flow,value,currency,unit,valuation,concept,source\n' +
			partners.map((p) => `2020,KOR,${p},export,1,USD,millions,FOB,general,s`).join('\n')
	});
	const manyStore = new MemoryTradeStore(columnar(many as Dataset, VERSION));

	it.each(['BAA', 'BAZ', 'ZZZ'])(
		'lists at most PAGE_PAIRS pairs, always with the one shown (KOR–%s)',
		async (partner) => {
			const { pairs, view } = await tradeViewFromUrl(
				manyStore,
				new URL(`http://x/trade?reporter=KOR&partner=${partner}`)
			);
			expect(view.state.partner).toBe(partner);
			expect(pairs.length).toBe(PAGE_PAIRS);
			expect(pairs).toContainEqual({ reporter: 'KOR', partner });
		}
	);
});
