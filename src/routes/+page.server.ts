import { pairFdiSeries, requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const store = requireStore(locals.store, locals.status);
	const { view, notices, pairs } = await tradeViewFromUrl(store, url);
	const { reporter, partner } = view.state;
	return { view, notices, pairs, fdi: await pairFdiSeries(store, reporter, partner) };
};
