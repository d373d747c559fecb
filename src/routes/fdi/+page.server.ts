import { pairTotals } from '$lib/data/pairTotals';
import { fdiPageCharts } from '$lib/server/pageCharts';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const { state, names, span, series, notices, dataset, specs } = await fdiPageCharts(
		requireStore(locals.store, locals.status),
		url
	);
	// Cumulative notification stocks: shown beside the annual figures, never among them.
	const totals = pairTotals(dataset, state.reporter, state.partner, 'cumulative notified FDI');
	// `series` is the table of every figure under the chart.
	return { state, names, span, notices, spec: specs[0] ?? null, series, totals };
};
