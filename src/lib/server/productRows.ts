// The products view's only access to the loaded data: plain queries in, plain rows out, so a store
// (columnar, snapshot, database) can answer the same calls. Nothing else of the view reads the Dataset.
import { AGGREGATES } from '$lib/data/series';
import type { Dataset, Flow, Iso3, ProductTradeObservation, TradeObservation } from '$lib/data/types';
import { servedDataset } from './views';

/** Rows of one reporter with one partner; flow and years optional (inclusive). */
export interface RowQuery {
	reporter: Iso3;
	partner: Iso3;
	flow?: Flow;
	from?: number;
	to?: number;
}

// Product rows by "reporter|partner", built once per loaded data set: a product file can hold 10⁵–10⁶
// rows, and a request should not scan them all.
const indexes = new WeakMap<Dataset, Map<string, ProductTradeObservation[]>>();

function productIndex(dataset: Dataset): Map<string, ProductTradeObservation[]> {
	let index = indexes.get(dataset);
	if (index) return index;
	index = new Map();
	for (const o of dataset.productTrade) {
		const key = `${o.reporter}|${o.partner}`;
		const list = index.get(key);
		if (list) list.push(o);
		else index.set(key, [o]);
	}
	indexes.set(dataset, index);
	return index;
}

const matches = (q: RowQuery) => (o: TradeObservation) =>
	(q.flow === undefined || o.flow === q.flow) &&
	(q.from === undefined || o.period.year >= q.from) &&
	(q.to === undefined || o.period.year <= q.to);

const NONE: readonly ProductTradeObservation[] = [];

/**
 * The product figures (rows with a product code) of `reporter` with `partner`. Without a flow or years
 * the answer is the same array for the same loaded data, so callers may memoise what they derive from it.
 */
export function productRows(q: RowQuery): readonly ProductTradeObservation[] {
	const all = productIndex(servedDataset()).get(`${q.reporter}|${q.partner}`) ?? NONE;
	return q.flow === undefined && q.from === undefined && q.to === undefined ? all : all.filter(matches(q));
}

/** The all-goods figures of `reporter` with `partner`: the totals product shares are taken of. */
export function allGoodsRows(q: RowQuery): TradeObservation[] {
	const keep = matches(q);
	return servedDataset().trade.filter((o) => o.reporter === q.reporter && o.partner === q.partner && keep(o));
}

/**
 * Every reporter → partner pair with product figures, sorted; products traded with an aggregate (the
 * World) are context, not a pair, as in the trade views.
 */
export function productPairs(): { reporter: Iso3; partner: Iso3 }[] {
	return [...productIndex(servedDataset()).keys()]
		.sort()
		.map((key) => {
			const [reporter = '', partner = ''] = key.split('|');
			return { reporter, partner };
		})
		.filter((p) => !AGGREGATES.has(p.reporter) && !AGGREGATES.has(p.partner));
}

/** The names of countries, for headings; a code without a name stays a code. */
export function countryNames(codes: Iso3[]): Record<Iso3, string> {
	const countries = servedDataset().countries;
	return Object.fromEntries(codes.map((c) => [c, countries.get(c)?.name ?? c]));
}

/** The source records of the given ids (those that exist). */
export function sourcesById(ids: string[]) {
	const sources = servedDataset().sources;
	return ids.flatMap((id) => {
		const s = sources.get(id);
		return s ? [s] : [];
	});
}
