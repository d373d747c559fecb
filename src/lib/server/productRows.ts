// The products view's only access to the loaded data: the store's plain queries, turned into the
// observation types the pure composition functions take. Nothing else of the view reads the store.
import type { Flow, Iso3, ProductTradeObservation, Source, TradeObservation } from '$lib/data/types';
import { countryName } from '$lib/i18n/countryNames';
import { periodOf } from './store/columnar';
import type { TradeStore } from './store/types';

/** Rows of one reporter with one partner; flow and years optional (inclusive). */
export interface RowQuery {
	reporter: Iso3;
	partner: Iso3;
	flow?: Flow;
	from?: number;
	to?: number;
}

/** The product figures (rows with a product code) of `reporter` with `partner`. */
export async function productRows(store: TradeStore, q: RowQuery): Promise<ProductTradeObservation[]> {
	const rows = await store.products(q);
	return rows.map(({ productClassification, productCode, productLabel, ...o }) => ({
		...o,
		period: periodOf(o.period),
		product: { classification: productClassification, code: productCode, label: productLabel }
	}));
}

/** The all-goods figures of `reporter` with `partner`: the totals product shares are taken of. */
export async function allGoodsRows(store: TradeStore, q: RowQuery): Promise<TradeObservation[]> {
	const rows = await store.trade({
		reporters: [q.reporter],
		partners: [q.partner],
		flow: q.flow,
		from: q.from,
		to: q.to
	});
	return rows.map((o) => ({ ...o, period: periodOf(o.period) }));
}

/**
 * The names of countries in the request's language, for headings, pickers and chart labels (the data's
 * own names in English); a code without a name stays a code.
 */
export async function countryNames(store: TradeStore, codes: Iso3[]): Promise<Record<Iso3, string>> {
	const known = new Map((await store.countries({ codes })).map((c) => [c.code, c.name]));
	return Object.fromEntries(codes.map((c) => [c, countryName(c, known.get(c))]));
}

/** The source records of the given ids (those that exist). */
export async function sourcesById(store: TradeStore, ids: string[]): Promise<Source[]> {
	return store.sources({ ids });
}
