import { mirrorCsvRows, MIRROR_CSV_COLUMNS, toCsv, tradeCsvName } from '$lib/data/csv';
import { mirrorFlows } from '$lib/data/mirror';
import { DOWNLOAD_CACHE, requireStore, tradeViewFromUrl } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, locals }) => {
	const { view } = await tradeViewFromUrl(requireStore(locals.store, locals.status), url);
	return new Response(toCsv([...MIRROR_CSV_COLUMNS], mirrorCsvRows(mirrorFlows(view))), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${tradeCsvName(view, 'mirror')}"`,
			'cache-control': DOWNLOAD_CACHE
		}
	});
};
