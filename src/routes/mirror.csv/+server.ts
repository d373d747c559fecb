import { mirrorCsvRows, MIRROR_CSV_COLUMNS, toCsv, tradeCsvName } from '$lib/data/csv';
import { mirrorFlows } from '$lib/data/mirror';
import { tradeViewFromUrl } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	const { view } = tradeViewFromUrl(url);
	return new Response(toCsv([...MIRROR_CSV_COLUMNS], mirrorCsvRows(mirrorFlows(view))), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${tradeCsvName(view, 'mirror')}"`
		}
	});
};
