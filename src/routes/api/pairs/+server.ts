// GET /api/pairs?search=&reporter=&limit= — reporters (or one reporter's partners) matching a search,
// for the pair picker: a data set with thousands of pairs never puts them all into a page.
import { json } from '@sveltejs/kit';
import type { TradeStore } from '$lib/server/store/types';
import { requireStore } from '$lib/server/views';
import { pairSearchFromQuery, searchAreas } from './search';
import type { RequestHandler } from './$types';

type PairFacts = { version: string; pairs: { reporter: string; partner: string }[]; names: Map<string, string> };
// The pairs and names of the data version being served, asked of the store once per version.
let latest: PairFacts | null = null;

/** The data access of this endpoint, in one place: the pairs of the served data set and the names of their codes. */
async function pairsAndNames(store: TradeStore): Promise<PairFacts> {
	const { id } = await store.version();
	if (latest?.version === id) return latest;
	const { rows } = await store.pairs({});
	const names = new Map<string, string>();
	for (const row of rows) {
		names.set(row.reporter, row.reporterName);
		names.set(row.partner, row.partnerName);
	}
	latest = { version: id, pairs: rows.map(({ reporter, partner }) => ({ reporter, partner })), names };
	return latest;
}

export const GET: RequestHandler = async ({ url, locals }) => {
	const { pairs, names } = await pairsAndNames(requireStore(locals.store, locals.status));
	return json(searchAreas(pairs, names, pairSearchFromQuery(url.searchParams)), {
		headers: { 'cache-control': 'no-cache' }
	});
};
