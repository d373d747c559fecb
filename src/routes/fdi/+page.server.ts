import { pairTotals } from '$lib/data/pairTotals';
import { fdiViewFromUrl, pairDataset, requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const store = requireStore(locals.store, locals.status);
	const view = await fdiViewFromUrl(store, url);
	const { reporter, partner } = view.state;
	// Cumulative notification stocks: shown beside the annual figures, never among them.
	const totals = pairTotals(await pairDataset(store, reporter, partner), reporter, partner, 'cumulative notified FDI');
	return { ...view, totals };
};
