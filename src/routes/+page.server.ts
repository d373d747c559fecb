import { fdiSeriesForPair } from '$lib/data/fdiView';
import { pairTotals } from '$lib/data/pairTotals';
import { servedDataset, tradeViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { view, notices, pairs } = tradeViewFromUrl(url);
	const { reporter, partner } = view.state;
	return {
		view,
		notices,
		pairs,
		fdi: fdiSeriesForPair(servedDataset(), reporter, partner, -Infinity, Infinity),
		totals: pairTotals(servedDataset(), reporter, partner, 'trade total')
	};
};
