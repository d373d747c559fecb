import { error } from '@sveltejs/kit';
import { COMPOSITION_CSV_COLUMNS, compositionCsvRows } from '$lib/data/composition';
import { toCsv } from '$lib/data/csv';
import { productViewFromUrl } from '$lib/server/productView';
import { requireStore } from '$lib/server/views';
import type { RequestHandler } from './$types';

/** `/products.csv?…`: every product of the view's year and set, both flows, with change and share. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const { view } = await productViewFromUrl(requireStore(locals.store, locals.status), url);
	if (!view) error(404, 'The data set has no product figures (trade.csv rows with a product code).');
	const { state } = view;
	const compositions = [view.compositions.export, view.compositions.import].filter((c) => c !== null);
	const rows = compositionCsvRows(compositions, {
		reporter: state.by,
		partner: state.by === state.reporter ? state.partner : state.reporter
	});
	const name = `${state.reporter}-${state.partner}-products${state.by !== state.reporter ? `-by-${state.by}` : ''}-${state.year}.csv`;
	return new Response(toCsv([...COMPOSITION_CSV_COLUMNS], rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${name.toLowerCase()}"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
