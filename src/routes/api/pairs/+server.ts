// GET /api/pairs?search=&reporter=&limit= — reporters (or one reporter's partners) matching a search,
// for the pair picker: a data set with thousands of pairs never puts them all into a page.
import { json } from '@sveltejs/kit';
import { tradePairs } from '$lib/data/series';
import type { Dataset } from '$lib/data/types';
import { servedDataset } from '$lib/server/views';
import { pairSearchFromQuery, searchAreas } from './search';
import type { RequestHandler } from './$types';

const byDataset = new WeakMap<
	Dataset,
	{ pairs: { reporter: string; partner: string }[]; names: Map<string, string> }
>();

/** The data access of this endpoint, in one place: the pairs of the served data set and the names of their codes. */
function pairsAndNames() {
	const dataset = servedDataset();
	let facts = byDataset.get(dataset);
	if (!facts) {
		facts = { pairs: tradePairs(dataset), names: new Map([...dataset.countries].map(([code, c]) => [code, c.name])) };
		byDataset.set(dataset, facts);
	}
	return facts;
}

export const GET: RequestHandler = ({ url }) => {
	const { pairs, names } = pairsAndNames();
	return json(searchAreas(pairs, names, pairSearchFromQuery(url.searchParams)), {
		headers: { 'cache-control': 'no-cache' }
	});
};
