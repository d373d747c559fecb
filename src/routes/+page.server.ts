import { pairTotals } from '$lib/data/pairTotals';
import { pairDataset, pairFdiSeries, requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const store = requireStore(locals.store, locals.status);
	const { view, notices, pairs } = await tradeViewFromUrl(store, url);
	const { reporter, partner } = view.state;
	const [fdi, pair] = await Promise.all([
		pairFdiSeries(store, reporter, partner),
		pairDataset(store, reporter, partner)
	]);
	return { view, notices, pairs, fdi, totals: pairTotals(pair, reporter, partner, 'trade total') };
};
