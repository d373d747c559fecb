import { error } from '@sveltejs/kit';
import { tradePairs, yearSpan } from '$lib/data/series';
import { tradeView, type TradeView } from '$lib/data/tradeView';
import type { Dataset } from '$lib/data/types';
import { viewStateFromQuery, type StateNotice } from '$lib/data/viewState';
import { dataStore } from './dataStore';

/** The data set being served, or a 503 that says why there is none. */
export function servedDataset(): Dataset {
	const store = dataStore();
	const dataset = store.current;
	if (!dataset) {
		const n = store.health.issues.length;
		error(503, `No valid data has been loaded yet (${n} problem${n === 1 ? '' : 's'} in ${store.health.directory}; see /sources).`);
	}
	return dataset;
}

/**
 * Parses the view state from a URL and builds the trade view: the one entry point shared by the
 * pages, the CSV download and (later) images and embeds, so they always agree.
 */
export function tradeViewFromUrl(url: URL): { view: TradeView; notices: StateNotice[]; pairs: { reporter: string; partner: string }[] } {
	const dataset = servedDataset();
	const pairs = tradePairs(dataset);
	const span = (a: string, b: string) => yearSpan(dataset, a, b);
	const { state, notices } = viewStateFromQuery(url.searchParams, { pairs, span });
	if (!state) error(404, notices[0]?.message ?? 'No trade figures in the data set.');
	const s = span(state.reporter, state.partner) ?? { min: state.from, max: state.to };
	return { view: tradeView(dataset, state, s), notices, pairs };
}
