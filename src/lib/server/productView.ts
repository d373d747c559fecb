import { composition, productSetsIn, productYears, type Composition, type ProductSet } from '$lib/data/composition';
import { productStateFromQuery, type ProductState } from '$lib/data/productState';
import type { Flow, Iso3, Source } from '$lib/data/types';
import type { StateNotice } from '$lib/data/viewState';
import { allGoodsRows, countryNames, productPairs, productRows, sourcesById } from './productRows';

export interface ProductView {
	state: ProductState;
	/** Names of the two countries, by code. */
	names: Record<Iso3, string>;
	/** Years with product figures reported by the chosen side. */
	years: number[];
	/** The product sets with figures in the chosen year (fullest first). */
	sets: ProductSet[];
	source: Source | null;
	compositions: Record<Flow, Composition | null>;
}

/**
 * The products view of a URL: the one entry point of the page, its chart images, CSVs and embeds, so
 * they always agree. `view` is null when the data set has no product figures at all.
 */
export function productViewFromUrl(url: URL): { view: ProductView | null; notices: StateNotice[] } {
	const pairs = productPairs();
	const years = (by: Iso3, other: Iso3) => {
		const rows = productRows({ reporter: by, partner: other });
		return new Map(productYears(rows).map((y) => [y, productSetsIn(rows, y)]));
	};
	const { state, notices } = productStateFromQuery(url.searchParams, { pairs, years });
	if (!state) return { view: null, notices };
	const other = state.by === state.reporter ? state.partner : state.reporter;
	const rows = productRows({ reporter: state.by, partner: other, from: state.year - 1, to: state.year });
	const allGoods = allGoodsRows({ reporter: state.by, partner: other, to: state.year, from: state.year });
	const options = (flow: Flow) => ({ flow, year: state.year, set: state.set });
	return {
		view: {
			state,
			names: countryNames([state.reporter, state.partner]),
			years: [...years(state.by, other).keys()],
			sets: productSetsIn(rows, state.year),
			source: sourcesById([state.set.source])[0] ?? null,
			compositions: {
				export: composition(rows, allGoods, options('export')),
				import: composition(rows, allGoods, options('import'))
			}
		},
		notices
	};
}
