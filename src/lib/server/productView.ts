import { composition, productSetsByYear, type Composition, type ProductSet } from '$lib/data/composition';
import { productStateFromQuery, type ProductState } from '$lib/data/productState';
import type { Flow, Iso3, ProductTradeObservation, Source } from '$lib/data/types';
import type { StateNotice } from '$lib/data/viewState';
import { allGoodsRows, countryNames, productPairs, productRows, sourcesById } from './productRows';

export interface ProductView {
	state: ProductState;
	/** Names of the two countries, by code. */
	names: Record<Iso3, string>;
	/** Years with product figures reported by the chosen side. */
	years: number[];
	/** The sides of the pair that report product figures with the other. */
	sides: Iso3[];
	/** The product sets with figures in the chosen year (fullest first). */
	sets: ProductSet[];
	source: Source | null;
	compositions: Record<Flow, Composition | null>;
}

// The years and sets of a side's rows, once per loaded data set rather than per request: it is a scan
// of every product row of the pair (10⁵–10⁶ in a product file). Keyed on the rows array, which
// productRows keeps the same while the same data is served.
const setsCache = new WeakMap<readonly ProductTradeObservation[], Map<number, ProductSet[]>>();

function setsByYear(rows: readonly ProductTradeObservation[]): Map<number, ProductSet[]> {
	let sets = setsCache.get(rows);
	if (!sets) setsCache.set(rows, (sets = productSetsByYear(rows)));
	return sets;
}

/**
 * The products view of a URL: the one entry point of the page, its chart images, CSVs and embeds, so
 * they always agree. `view` is null when the data set has no product figures at all.
 */
export function productViewFromUrl(url: URL): { view: ProductView | null; notices: StateNotice[] } {
	const years = (by: Iso3, other: Iso3) => setsByYear(productRows({ reporter: by, partner: other }));
	const { state, notices } = productStateFromQuery(url.searchParams, { pairs: productPairs(), years });
	if (!state) return { view: null, notices };
	const other = state.by === state.reporter ? state.partner : state.reporter;
	const rows = productRows({ reporter: state.by, partner: other, from: state.year - 1, to: state.year });
	const allGoods = allGoodsRows({ reporter: state.by, partner: other, from: state.year, to: state.year });
	const options = (flow: Flow) => ({ flow, year: state.year, set: state.set });
	const sides = [state.reporter, state.partner];
	return {
		view: {
			state,
			names: countryNames(sides),
			years: [...years(state.by, other).keys()],
			sides: sides.filter((side) => years(side, side === state.reporter ? state.partner : state.reporter).size > 0),
			sets: years(state.by, other).get(state.year) ?? [],
			source: sourcesById([state.set.source])[0] ?? null,
			compositions: {
				export: composition(rows, allGoods, options('export')),
				import: composition(rows, allGoods, options('import'))
			}
		},
		notices
	};
}
