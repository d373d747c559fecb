import { compositionChartSpecs, flowPhrase, totalNote } from '$lib/charts/compositionSpec';
import { productStateToQuery } from '$lib/data/productState';
import { countryNames, productPairs } from '$lib/server/productRows';
import { productViewFromUrl } from '$lib/server/productView';
import type { PageServerLoad } from './$types';

/** How many products each flow's table lists; every one is in /products.csv. */
const TABLE_ROWS = 25;

export const load: PageServerLoad = ({ url }) => {
	const { view, notices } = productViewFromUrl(url);
	if (!view) return { view: null, pairs: [], pairNames: {}, notices };
	const pairs = productPairs();
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
		pairNames: countryNames([...new Set(pairs.flatMap((p) => [p.reporter, p.partner]))]),
		notices
	};
};
