import { mirrorFlows } from '$lib/data/mirror';
import { requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { view, notices, pairs, currencies } = await tradeViewFromUrl(requireStore(locals.store, locals.status), url);
	return { view, notices, pairs, currencies, flows: mirrorFlows(view) };
};
