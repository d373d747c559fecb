// Type-to-search over the pairs of a data set, for the pair picker's comboboxes: reporters, or the
// partners of one reporter, matched on code or name. Pure; the endpoint supplies the pairs and names.

export interface AreaOption {
	code: string;
	name: string;
}

export interface PairSearch {
	search: string;
	/** Given: the partners of this reporter; absent: the reporters. */
	reporter: string | null;
	limit: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The areas matching a search, names starting with it first, then containing it, each group by name.
 * @example searchAreas(pairs, names, { search: 'neth', reporter: null, limit: 10 }) → [{ code: 'NLD', name: 'Netherlands' }]
 * @example searchAreas(pairs, names, { search: '', reporter: 'KOR', limit: 10 }) → [{ code: 'NLD', name: 'Netherlands' }]
 */
export function searchAreas(
	pairs: readonly { reporter: string; partner: string }[],
	names: ReadonlyMap<string, string>,
	{ search, reporter, limit }: PairSearch
): AreaOption[] {
	const codes = new Set<string>();
	for (const p of pairs) {
		if (reporter === null) codes.add(p.reporter);
		else if (p.reporter === reporter) codes.add(p.partner);
	}
	const q = fold(search.trim());
	const scored: { option: AreaOption; rank: number }[] = [];
	for (const code of codes) {
		const name = names.get(code) ?? code;
		const n = fold(name);
		const c = code.toLowerCase();
		const rank = q === '' || n.startsWith(q) || c === q ? 0 : n.includes(q) || c.startsWith(q) ? 1 : -1;
		if (rank >= 0) scored.push({ option: { code, name }, rank });
	}
	return scored
		.sort((a, b) => a.rank - b.rank || a.option.name.localeCompare(b.option.name))
		.slice(0, limit)
		.map((s) => s.option);
}

/**
 * The search parameters of a request, bounded.
 * @example pairSearchFromQuery(new URLSearchParams('search=ne&reporter=kor&limit=500')) → { search: 'ne', reporter: 'KOR', limit: 100 }
 */
export function pairSearchFromQuery(query: URLSearchParams): PairSearch {
	const reporter = query.get('reporter')?.trim().toUpperCase() ?? '';
	const limit = Number(query.get('limit') ?? 20);
	return {
		search: (query.get('search') ?? '').slice(0, 100),
		reporter: /^[A-Z]{3}$/.test(reporter) ? reporter : null,
		limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, 100) : 20
	};
}
