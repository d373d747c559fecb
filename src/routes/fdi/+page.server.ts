import { fdiSeriesForPair, fdiYearSpan } from '$lib/data/fdiView';
import { tradeViewFromUrl, servedDataset } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const dataset = servedDataset();
	const { view, notices } = tradeViewFromUrl(url);
	const { reporter, partner } = view.state;
	// The year filter of the trade views applies here too, but FDI starts later: widen to the FDI span
	// when the URL names no years, so the page opens on every FDI figure there is.
	const span = fdiYearSpan(dataset, reporter, partner);
	const from = url.searchParams.has('from') ? view.state.from : (span?.min ?? view.state.from);
	const to = url.searchParams.has('to') ? view.state.to : (span?.max ?? view.state.to);
	return {
		state: { ...view.state, from, to },
		names: { [reporter]: view.reporterName, [partner]: view.partnerName },
		span: span ?? view.span,
		series: fdiSeriesForPair(dataset, reporter, partner, from, to),
		notices
	};
};
