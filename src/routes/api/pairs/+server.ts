// GET /api/pairs?search=&reporter=&limit=&lang= — reporters (or one reporter's partners) matching a search,
// for the pair picker: a data set with thousands of pairs never puts them all into a page.
import { json } from '@sveltejs/kit';
import { countryName } from '$lib/i18n/countryNames';
import { getLocale } from '$lib/i18n/locale';
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
	// Names (and so what a search matches) in the language asked for (`lang`; English without it).
	const named =
		getLocale() === 'en' ? names : new Map([...names].map(([code, name]) => [code, countryName(code, name)]));
	return json(searchAreas(pairs, named, pairSearchFromQuery(url.searchParams)), {
		headers: { 'cache-control': 'no-cache' }
	});
};
