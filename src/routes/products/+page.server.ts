import { compositionChartSpecs, flowPhrase, totalNote } from '$lib/charts/compositionSpec';
import { productStateToQuery } from '$lib/data/productState';
import { countryNames } from '$lib/server/productRows';
import { productViewFromUrl } from '$lib/server/productView';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

/** How many products each flow's table lists; every one is in /products.csv. */
const TABLE_ROWS = 25;

export const load: PageServerLoad = async ({ url, locals }) => {
	const store = requireStore(locals.store, locals.status);
	const { view, notices, pairs } = await productViewFromUrl(store, url);
	if (!view) return { view: null, pairs: [], pairNames: {}, notices };
	const flows = (['export', 'import'] as const).flatMap((flow) => {
		const c = view.compositions[flow];
		if (!c) return [];
		const products = c.products.slice(0, TABLE_ROWS);
		return [
			{
				...c,
				products,
				productCount: c.products.length,
				heading: flowPhrase(view, flow),
				totalNote: totalNote(view, c)
			}
		];
	});
	return {
		view: {
			state: view.state,
			names: view.names,
			years: view.years,
			sides: view.sides,
			sets: view.sets,
			source: view.source,
			flows,
			specs: compositionChartSpecs(view),
			query: productStateToQuery(view.state)
		},
		pairs,
		pairNames: await countryNames(store, [...new Set(pairs.flatMap((p) => [p.reporter, p.partner]))]),
		notices
	};
};
