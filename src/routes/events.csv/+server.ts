import { toCsv, tradeCsvName } from '$lib/data/csv';
import { servedDataset, tradeViewFromUrl } from '$lib/server/views';
import type { RequestHandler } from './$types';

/** Policy events in the selected years, as a file of their own: only downloaded when asked for. */
export const GET: RequestHandler = ({ url }) => {
	const { view } = tradeViewFromUrl(url);
	const sources = servedDataset().sources;
	const rows = view.events.map((e) => [
		e.date,
		e.title,
		e.description,
		e.sources.join(';'),
		e.sources.map((id) => sources.get(id)?.title ?? id).join('; ')
	]);
	return new Response(toCsv(['date', 'title', 'description', 'source_ids', 'source_titles'], rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${tradeCsvName(view, 'events')}"`
		}
	});
};
