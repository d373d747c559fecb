import { toCsv, TRADE_CSV_COLUMNS, tradeCsvName, tradeCsvRows } from '$lib/data/csv';
import { tradeViewFromUrl } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) => {
	const { view } = tradeViewFromUrl(url);
	return new Response(toCsv([...TRADE_CSV_COLUMNS], tradeCsvRows(view)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${tradeCsvName(view)}"`
		}
	});
};
