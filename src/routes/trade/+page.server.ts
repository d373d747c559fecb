import { otherFigures } from '$lib/data/otherFigures';
import { tradeSummary } from '$lib/data/tradeSummary';
import { pairPageHeader, tradePageCharts } from '$lib/server/pageCharts';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// What the page renders, no more: its charts (with the tables they carry), the summary and the figures
// in other currencies; the view's rows stay on the server.
export const load: PageServerLoad = async ({ url, locals }) => {
	const page = await tradePageCharts(requireStore(locals.store, locals.status), url);
	return {
		...pairPageHeader(page),
		currencies: page.currencies,
		specs: page.specs,
		summary: tradeSummary(page.view),
		others: otherFigures(page.view)
	};
};
