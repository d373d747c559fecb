import { requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, locals }) =>
	tradeViewFromUrl(requireStore(locals.store, locals.status), url);
