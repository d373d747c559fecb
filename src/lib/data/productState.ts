// The state of the products view, read from the URL: the pair and reporting side as every other view
// reads them (viewStateFromQuery), plus the year and the product set, which only this view has.
import type { Locale } from '../i18n/locale';
import { m } from '../paraglide/messages';
import { productSetKey, type ProductSet } from './composition';
import type { Iso3 } from './types';
import { VIEW_PARAM_NAMES, viewStateFromQuery, type StateNotice } from './viewState';

export interface ProductState {
	reporter: Iso3;
	partner: Iso3;
	/** Whose product figures are shown: the reporter's, or the partner's. */
	by: Iso3;
	year: number;
	set: ProductSet;
	/** The language the URL asks for (absent: negotiated), carried by every link the view makes. */
	lang?: Locale;
}

export interface ProductStateContext {
	/** Pairs with product figures (reporter → partner as the rows have them). */
	pairs: { reporter: Iso3; partner: Iso3 }[];
	/** For a reporting side and its partner: the years with annual product figures and their sets (fullest set first). */
	years: (by: Iso3, other: Iso3) => Map<number, ProductSet[]>;
}

// Parameters of the other views that mean nothing here: carried in from the navigation, they would
// only produce notices about years and currencies this view does not use. The language is everyone's.
const FOREIGN_PARAMS = VIEW_PARAM_NAMES.filter((name) => !['reporter', 'partner', 'by', 'lang'].includes(name));
/** The parameters only this view has, kept with the shared ones in embeds and oEmbed. */
export const PRODUCT_PARAM_NAMES: readonly string[] = ['year', 'set'];
const YEAR = /^\d{4}$/;

/**
 * The pair a products URL asks for, read as every other view reads it (ignoring the parameters of the
 * other views): what a caller needs to know before it fetches the pair's product rows.
 * @example productPairFromQuery(new URLSearchParams('reporter=AAA&partner=BBB'), [{ reporter: 'AAA', partner: 'BBB' }]).state
 *   → { reporter: 'AAA', partner: 'BBB', by: 'AAA', … }
 */
export function productPairFromQuery(query: URLSearchParams, pairs: ProductStateContext['pairs']) {
	const pairQuery = new URLSearchParams(query);
	for (const p of FOREIGN_PARAMS) pairQuery.delete(p);
	return viewStateFromQuery(pairQuery, { pairs, span: () => null });
}

/**
 * Reads the products view state, never failing: an unknown year or set falls back to the latest year
 * and its fullest set, and a side without product figures to the side that has them, each with a notice.
 * @example productStateFromQuery(new URLSearchParams('reporter=AAA&partner=BBB&year=2021'), ctx)
 *   → { state: { reporter: 'AAA', partner: 'BBB', by: 'AAA', year: 2021, set: { source: 'synthetic-products', … } }, notices: [] }
 */
export function productStateFromQuery(
	query: URLSearchParams,
	context: ProductStateContext
): { state: ProductState | null; notices: StateNotice[] } {
	const pair = productPairFromQuery(query, context.pairs);
	const notices = pair.notices;
	if (!pair.state) return { state: null, notices: [] };
	const { reporter, partner } = pair.state;
	let by = pair.state.by;
	const other = (side: Iso3) => (side === reporter ? partner : reporter);
	let years = context.years(by, other(by));
	if (years.size === 0) {
		const alternative = context.years(other(by), by);
		if (alternative.size > 0) {
			notices.push({
				param: 'by',
				message: m.products_notice_side({ by, other: other(by) })
			});
			by = other(by);
			years = alternative;
		}
	}
	const available = [...years.keys()].sort((a, b) => a - b);
	const latest = available[available.length - 1];
	if (latest === undefined) return { state: null, notices };

	let year = latest;
	const rawYear = query.get('year');
	if (rawYear !== null && rawYear !== '') {
		const asked = Number(rawYear.trim());
		if (!YEAR.test(rawYear.trim())) {
			notices.push({ param: 'year', message: m.products_notice_year_format({ raw: rawYear, latest: String(latest) }) });
		} else if (!years.has(asked)) {
			notices.push({
				param: 'year',
				message: m.products_notice_year_missing({
					year: String(asked),
					latest: String(latest),
					years: available.join(', ')
				})
			});
		} else year = asked;
	}

	const sets = years.get(year) ?? [];
	let set = sets[0] as ProductSet;
	const rawSet = query.get('set');
	if (rawSet !== null && rawSet !== '') {
		const match = sets.find((s) => productSetKey(s) === rawSet);
		if (match) set = match;
		else
			notices.push({
				param: 'set',
				message: m.products_notice_set({ raw: rawSet, year: String(year), set: productSetKey(set) })
			});
	}
	const lang = pair.state.lang;
	return { state: { reporter, partner, by, year, set, ...(lang ? { lang } : {}) }, notices };
}

/**
 * The query string of a products state, in a fixed order so equal states give equal URLs. The set is
 * always written: a pinned link must show the same figures even after another set is added; the
 * language last, when the URL chose one.
 * @example productStateToQuery({ reporter: 'AAA', partner: 'BBB', by: 'AAA', year: 2022, set })
 *   → 'reporter=AAA&partner=BBB&year=2022&set=synthetic-products%3AHS%3AUSD'
 */
export function productStateToQuery(state: ProductState, change: Partial<ProductState> = {}): string {
	const s = { ...state, ...change };
	const q = new URLSearchParams({ reporter: s.reporter, partner: s.partner });
	if (s.by !== s.reporter) q.set('by', s.by);
	q.set('year', String(s.year));
	q.set('set', productSetKey(s.set));
	if (s.lang) q.set('lang', s.lang);
	return q.toString();
}
