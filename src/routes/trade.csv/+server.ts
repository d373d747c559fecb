import { toCsv, TRADE_CSV_COLUMNS, tradeCsvName, tradeCsvRows } from '$lib/data/csv';
import { DOWNLOAD_CACHE, requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals }) => {
	const { view } = await tradeViewFromUrl(requireStore(locals.store, locals.status), url);
	return new Response(toCsv([...TRADE_CSV_COLUMNS], tradeCsvRows(view)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${tradeCsvName(view)}"`,
			'cache-control': DOWNLOAD_CACHE
		}
	});
};
