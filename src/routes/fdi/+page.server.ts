import { pairTotals } from '$lib/data/pairTotals';
import { fdiViewFromUrl, servedDataset } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const view = fdiViewFromUrl(url);
	// Cumulative notification stocks: shown beside the annual figures, never among them.
	const totals = pairTotals(servedDataset(), view.state.reporter, view.state.partner, 'cumulative notified FDI');
	return { ...view, totals };
};
