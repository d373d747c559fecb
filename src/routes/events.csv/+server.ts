import { toCsv, tradeCsvName } from '$lib/data/csv';
import { DOWNLOAD_CACHE, requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { RequestHandler } from './$types';

/** Policy events in the selected years, as a file of their own: only downloaded when asked for. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const store = requireStore(locals.store, locals.status);
	const { view } = await tradeViewFromUrl(store, url);
	const ids = [...new Set(view.events.flatMap((e) => e.sources))];
	const sources = new Map((await store.sources({ ids })).map((s) => [s.id, s]));
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
			'content-disposition': `attachment; filename="${tradeCsvName(view, 'events')}"`,
			'cache-control': DOWNLOAD_CACHE
		}
	});
};
