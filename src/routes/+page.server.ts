import { pairTotals } from '$lib/data/pairTotals';
import { pairStory } from '$lib/data/story';
import { tradeSummary } from '$lib/data/tradeSummary';
import { tradePageCharts, viewNames } from '$lib/server/pageCharts';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// One screen: the story, the headline figures and the flows chart of /trade, from one build of the pair's
// data set; the page receives those, not the view they are made from.
export const load: PageServerLoad = async ({ url, locals }) => {
	const { view, dataset, state, specs, notices, pairs } = await tradePageCharts(
		requireStore(locals.store, locals.status),
		url
	);
	const totals = pairTotals(dataset, state.reporter, state.partner, 'trade total');
	return {
		state,
		names: viewNames(view),
		pairs,
		notices,
		flows: specs.find((s) => s.id === 'flows') ?? null,
		story: pairStory(view, totals),
		summary: tradeSummary(view)
	};
};
