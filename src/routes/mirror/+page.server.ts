import { mirrorFlows } from '$lib/data/mirror';
import { tradeViewFromUrl } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const { view, notices, pairs, currencies } = tradeViewFromUrl(url);
	return { view, notices, pairs, currencies, flows: mirrorFlows(view) };
};
