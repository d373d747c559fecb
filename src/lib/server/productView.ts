import { composition, productSetsByYear, type Composition, type ProductSet } from '$lib/data/composition';
import { productPairFromQuery, productStateFromQuery, type ProductState } from '$lib/data/productState';
import type { Flow, Iso3, Source } from '$lib/data/types';
import type { StateNotice } from '$lib/data/viewState';
import { allGoodsRows, countryNames, productRows, sourcesById } from './productRows';
import type { ProductPair, TradeStore } from './store/types';

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

// The years and sets of a side's rows, once per data version rather than per request: it is a scan
// of every product row of the pair (10⁵–10⁶ in a product file). A few pairs are kept, newest last.
const setsCache = new Map<string, Map<number, ProductSet[]>>();
const SETS_CACHE_PAIRS = 32;

async function setsByYear(store: TradeStore, version: string, by: Iso3, other: Iso3) {
	const key = `${version}|${by}|${other}`;
	let sets = setsCache.get(key);
	if (!sets) {
		sets = productSetsByYear(await productRows(store, { reporter: by, partner: other }));
		if (setsCache.size >= SETS_CACHE_PAIRS) setsCache.delete(setsCache.keys().next().value as string);
		setsCache.set(key, sets);
	}
	return sets;
}

/**
 * The products view of a URL: the one entry point of the page, its chart images, CSVs and embeds, so
 * they always agree. `view` is null when the data set has no product figures at all.
 */
export async function productViewFromUrl(
	store: TradeStore,
	url: URL
): Promise<{ view: ProductView | null; notices: StateNotice[]; pairs: ProductPair[] }> {
	const [pairs, version] = await Promise.all([store.productPairs(), store.version()]);
	// The pair first, then both sides' years and sets, so the state can be read with all it needs.
	const pair = productPairFromQuery(url.searchParams, pairs).state;
	const known = new Map<string, Map<number, ProductSet[]>>();
	if (pair) {
		for (const [by, other] of [
			[pair.reporter, pair.partner],
			[pair.partner, pair.reporter]
		] as const) {
			known.set(`${by}|${other}`, await setsByYear(store, version.id, by, other));
		}
	}
	const years = (by: Iso3, other: Iso3) => known.get(`${by}|${other}`) ?? new Map<number, ProductSet[]>();
	const { state, notices } = productStateFromQuery(url.searchParams, { pairs, years });
	if (!state) return { view: null, notices, pairs };
	const other = state.by === state.reporter ? state.partner : state.reporter;
	const [rows, allGoods, names, sources] = await Promise.all([
		productRows(store, { reporter: state.by, partner: other, from: state.year - 1, to: state.year }),
		allGoodsRows(store, { reporter: state.by, partner: other, from: state.year, to: state.year }),
		countryNames(store, [state.reporter, state.partner]),
		sourcesById(store, [state.set.source])
	]);
	const options = (flow: Flow) => ({ flow, year: state.year, set: state.set });
	const sides = [state.reporter, state.partner];
	return {
		view: {
			state,
			names,
			years: [...years(state.by, other).keys()],
			sides: sides.filter((side) => years(side, side === state.reporter ? state.partner : state.reporter).size > 0),
			sets: years(state.by, other).get(state.year) ?? [],
			source: sources[0] ?? null,
			compositions: {
				export: composition(rows, allGoods, options('export')),
				import: composition(rows, allGoods, options('import'))
			}
		},
		notices,
		pairs
	};
}
