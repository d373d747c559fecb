import { error } from '@sveltejs/kit';
import { fdiSeriesForPair, fdiYearSpan, type FdiSeries } from '$lib/data/fdiView';
import { tradePairs, yearSpan } from '$lib/data/series';
import { tradeView, type TradeView } from '$lib/data/tradeView';
import type { Dataset } from '$lib/data/types';
import { viewStateFromQuery, type StateNotice, type ViewState } from '$lib/data/viewState';
import { dataStore } from './dataStore';

/** The data set being served, or a 503 that says why there is none. */
export function servedDataset(): Dataset {
	const store = dataStore();
	const dataset = store.current;
	if (!dataset) {
		const n = store.health.issues.length;
		error(
			503,
			`No valid data has been loaded yet (${n} problem${n === 1 ? '' : 's'} in ${store.health.directory}; see /sources).`
		);
	}
	return dataset;
}

interface DatasetFacts {
	pairs: { reporter: string; partner: string }[];
	currencies: string[];
	span: (a: string, b: string) => { min: number; max: number } | null;
}

// What every request needs to know about the whole data set (its pairs, currencies and year spans) is
// worked out once per loaded data set, not per request: on a large matrix each is a scan of all rows.
const factsByDataset = new WeakMap<Dataset, DatasetFacts>();

function datasetFacts(dataset: Dataset): DatasetFacts {
	let facts = factsByDataset.get(dataset);
	if (facts) return facts;
	const spans = new Map<string, { min: number; max: number } | null>();
	facts = {
		pairs: tradePairs(dataset),
		currencies: viewCurrencies(dataset),
		// Claims about the pair (e.g. 2024 figures quoted in a paper) extend the years one can select, so
		// they can be shown beside the reported series even where no source has published figures yet.
		span: (a, b) => {
			const key = [a, b].sort().join('|');
			if (spans.has(key)) return spans.get(key) ?? null;
			const trade = yearSpan(dataset, a, b);
			const claimYears = dataset.claims
				.filter((c) => (c.subject === a && c.partner === b) || (c.subject === b && c.partner === a))
				.filter((c) => c.topic === 'trade')
				.map((c) => c.period.year);
			const span = trade ? { min: Math.min(trade.min, ...claimYears), max: Math.max(trade.max, ...claimYears) } : null;
			spans.set(key, span);
			return span;
		}
	};
	factsByDataset.set(dataset, facts);
	return facts;
}

/**
 * Parses the view state from a URL and builds the trade view: the one entry point shared by the
 * pages, the CSV downloads, images and embeds, so they always agree.
 */
export function tradeViewFromUrl(url: URL): {
	view: TradeView;
	notices: StateNotice[];
	pairs: { reporter: string; partner: string }[];
	currencies: string[];
} {
	const dataset = servedDataset();
	const { pairs, currencies, span } = datasetFacts(dataset);
	const { state, notices } = viewStateFromQuery(url.searchParams, { pairs, span, currencies });
	if (!state) error(404, notices[0]?.message ?? 'No trade figures in the data set.');
	const s = span(state.reporter, state.partner) ?? { min: state.from, max: state.to };
	return { view: tradeView(dataset, state, s), notices, pairs, currencies };
}

/** Currencies figures can be shown in: those published, plus those the exchange-rate table reaches. */
export function viewCurrencies(dataset: Dataset): string[] {
	const set = new Set<string>(dataset.trade.map((o) => o.currency));
	for (const r of dataset.fx) {
		// Pre-euro national currencies (guilders) are only a bridge for old rates, not a display choice.
		if (r.year >= 1999) {
			set.add(r.base);
			set.add(r.quote);
		}
	}
	return [...set].sort();
}

/**
 * The FDI view of a URL: the pair and years of the trade view, except that without years in the URL it
 * opens on every FDI figure there is (FDI starts later than trade).
 */
export function fdiViewFromUrl(url: URL): {
	state: ViewState;
	names: Record<string, string>;
	span: { min: number; max: number };
	series: FdiSeries[];
	notices: StateNotice[];
} {
	const dataset = servedDataset();
	const { view, notices } = tradeViewFromUrl(url);
	const { reporter, partner } = view.state;
	const span = fdiYearSpan(dataset, reporter, partner);
	const from = url.searchParams.has('from') ? view.state.from : (span?.min ?? view.state.from);
	const to = url.searchParams.has('to') ? view.state.to : (span?.max ?? view.state.to);
	return {
		state: { ...view.state, from, to },
		names: { [reporter]: view.reporterName, [partner]: view.partnerName },
		span: span ?? view.span,
		series: fdiSeriesForPair(dataset, reporter, partner, from, to),
		notices
	};
}
