import * as v from 'valibot';
import { locales } from '../i18n/locale';
import { m } from '../paraglide/messages';
import type { Iso3 } from './types';

// The one schema of a view's URL. Each parameter says how its text is read (a valibot schema) and how a
// state writes it back (undefined = left out, because it is the default). The parser, the serialiser,
// the forms' hidden fields, the links between pages, the embeds and oEmbed all derive from this table,
// so adding a parameter (e.g. `lang`) is one entry here: its type joins ViewState by inference.

const code = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z]{3}$/, 'a three-letter code'), v.toUpperCase());
const year = v.pipe(
	v.string(),
	v.trim(),
	v.regex(/^\d{4}$/, 'a four-digit year'),
	v.transform((x) => Number(x))
);
/** A chart layer: `show` turns it on; `hide` (the default) is accepted so older links keep working. */
const layer = v.pipe(
	v.picklist(['show', 'hide'], 'show or hide'),
	v.transform((x) => x === 'show')
);
const language = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.picklist(locales, 'en, ko or nl'));
const shown = (on: boolean | undefined) => (on ? 'show' : undefined);

interface ViewParam<Out> {
	schema: v.GenericSchema<string, Out>;
	/** The URL text of a value; `state` gives the context a default depends on (e.g. `by` = reporter). */
	write: (value: Out, state: { reporter: Iso3 }) => string | undefined;
}
const param = <Out>(schema: v.GenericSchema<string, Out>, write: ViewParam<Out>['write']): ViewParam<Out> => ({
	schema,
	write
});

/** Every view parameter, in URL order. The first five are always present; the rest are optional. */
export const VIEW_PARAMS = {
	reporter: param(code, (x) => x),
	partner: param(code, (x) => x),
	/** Whose figures the measures are computed from: the reporter's own, or the partner's mirror figures. */
	by: param(code, (x, s) => (x !== s.reporter ? x : undefined)),
	from: param(year, String),
	to: param(year, String),
	/** Show every figure in this currency (converted with annual average rates); absent = as published. */
	currency: param(code, (x) => x),
	/** Policy events as markers on time charts. */
	events: param(layer, shown),
	/** Quoted claims as marked points beside the reported series. */
	claims: param(layer, shown),
	/** Single figures of other sources (scattered points) beside the primary series. */
	figures: param(layer, shown),
	/** The language of the page or artefact (en, ko, nl); absent = negotiated (pages) or English (artefacts). */
	lang: param(language, (x) => x)
};

type Params = typeof VIEW_PARAMS;
type Out<K extends keyof Params> = Params[K] extends ViewParam<infer O> ? O : never;
const CORE = ['reporter', 'partner', 'by', 'from', 'to'] as const;
type CoreKey = (typeof CORE)[number];
type CoreState = { [K in CoreKey]: Out<K> };
type OptionalKey = Exclude<keyof Params, CoreKey>;

/**
 * What a view shows, parsed once from the URL. Every output (page, table, CSV, image, embed) is a
 * function of this and the data, so a link reproduces exactly what its author saw.
 */
export type ViewState = CoreState & { [K in OptionalKey]?: Out<K> };

/** The names of the view parameters, in URL order; `pair` (the pair picker's one select) is read too. */
export const VIEW_PARAM_NAMES = Object.keys(VIEW_PARAMS) as (keyof Params)[];
/** Every query parameter that is part of a view: anything else in a pasted URL is not state. */
export const STATE_PARAM_NAMES: readonly string[] = ['pair', ...VIEW_PARAM_NAMES];

/** A parameter that could not be used as given, and what was done instead (shown to the user). */
export interface StateNotice {
	param: string;
	message: string;
}

export interface StateContext {
	pairs: { reporter: Iso3; partner: Iso3 }[];
	/** Years with data for a pair (either side); null when the pair has none. */
	span: (a: Iso3, b: Iso3) => { min: number; max: number } | null;
	/** Currencies a view can be shown in; the `currency` parameter is checked against them. */
	currencies?: string[];
}

const PAIR = /^([A-Za-z]{3})-([A-Za-z]{3})$/;

/**
 * Reads the view state from query parameters, never failing: unknown or invalid values fall back to
 * defaults or are clamped, each with a notice saying so.
 * @example viewStateFromQuery(new URLSearchParams('reporter=KOR&partner=NLD&from=2000&to=2020'), ctx)
 *   → { state: { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020 }, notices: [] }
 * @example from=2020&to=2000 → years swapped, notice on "to"
 */
export function viewStateFromQuery(
	query: URLSearchParams,
	context: StateContext
): { state: ViewState | null; notices: StateNotice[] } {
	const notices: StateNotice[] = [];
	const fallback = context.pairs[0];
	if (!fallback) return { state: null, notices: [{ param: '', message: m.state_no_pairs() }] };

	// The pair picker submits "pair=KOR-NLD" (one select works without JavaScript); it wins over reporter/partner.
	const pairParam = query.get('pair');
	const pair = PAIR.exec(pairParam ?? '');
	if (pairParam && !pair) {
		notices.push({ param: 'pair', message: m.state_bad_pair({ raw: pairParam }) });
	}
	let reporter: Iso3 | null = pair ? (pair[1] as string).toUpperCase() : readCode(query, 'reporter', notices);
	let partner: Iso3 | null = pair ? (pair[2] as string).toUpperCase() : readCode(query, 'partner', notices);
	const known = (r: Iso3 | null, p: Iso3 | null) =>
		context.pairs.some((x) => (r === null || x.reporter === r) && (p === null || x.partner === p));

	if (reporter !== null && partner !== null && !known(reporter, partner) && !known(partner, reporter)) {
		notices.push({
			param: 'partner',
			message: m.state_no_pair_figures({
				reporter,
				partner,
				fallbackReporter: fallback.reporter,
				fallbackPartner: fallback.partner
			})
		});
		reporter = null;
		partner = null;
	}
	if (reporter !== null && !context.pairs.some((x) => x.reporter === reporter || x.partner === reporter)) {
		notices.push({ param: 'reporter', message: m.state_no_country_figures({ code: reporter, fallback: fallback.reporter }) });
		reporter = null;
	}
	if (reporter === null && partner === null) {
		reporter = fallback.reporter;
		partner = fallback.partner;
	} else if (reporter === null) {
		const pair = context.pairs.find((x) => x.partner === partner) ?? fallback;
		reporter = pair.reporter;
		partner = pair.partner;
	} else if (partner === null) {
		const pair =
			context.pairs.find((x) => x.reporter === reporter) ??
			context.pairs.find((x) => x.partner === reporter) ??
			fallback;
		partner = pair.reporter === reporter ? pair.partner : pair.reporter;
	}
	const r = reporter as Iso3;
	const p = partner as Iso3;

	const byParam = query.get('by');
	let by = r;
	if (byParam !== null && byParam !== '') {
		const code = byParam.toUpperCase();
		if (code === r || code === p) by = code;
		else notices.push({ param: 'by', message: m.state_bad_by({ raw: byParam, reporter: r, partner: p }) });
	}

	const span = context.span(r, p) ?? { min: new Date().getUTCFullYear(), max: new Date().getUTCFullYear() };
	let from = readYear(query, 'from', span.min, notices);
	let to = readYear(query, 'to', span.max, notices);
	if (from < span.min) {
		notices.push({ param: 'from', message: m.state_from_before({ min: String(span.min), from: String(from) }) });
		from = span.min;
	}
	if (to > span.max) {
		notices.push({ param: 'to', message: m.state_to_after({ max: String(span.max), to: String(to) }) });
		to = span.max;
	}
	if (from > span.max) {
		notices.push({ param: 'from', message: m.state_from_after({ max: String(span.max), from: String(from) }) });
		from = span.max;
	}
	if (to < span.min) {
		notices.push({ param: 'to', message: m.state_to_before({ min: String(span.min), to: String(to) }) });
		to = span.min;
	}
	if (to < from) {
		notices.push({ param: 'to', message: m.state_years_swapped({ to: String(to), from: String(from) }) });
		[from, to] = [to, from];
	}
	const state: ViewState = { reporter: r, partner: p, by, from, to };
	readOptional(query, state, context, notices);
	return { state, notices };
}

/** The optional parameters, each read with its schema; a bad value is left out with a notice. */
function readOptional(query: URLSearchParams, state: ViewState, context: StateContext, notices: StateNotice[]): void {
	const target = state as Record<string, unknown>;
	for (const name of VIEW_PARAM_NAMES) {
		if ((CORE as readonly string[]).includes(name)) continue;
		const raw = query.get(name);
		if (raw === null || raw === '') continue;
		const parsed = v.safeParse(VIEW_PARAMS[name].schema, raw);
		const problem = parsed.success ? check[name as OptionalKey]?.(parsed.output as never, context) : null;
		if (parsed.success && !problem) {
			target[name] = parsed.output;
			continue;
		}
		notices.push({
			param: name,
			message: problem ?? m.state_bad_param({ raw, name, expected: expectedOf(name) })
		});
	}
}

/** Checks an optional parameter needs beyond its schema (against the data set); a message when it fails. */
const check: { [K in OptionalKey]?: (value: Out<K>, context: StateContext) => string | null } = {
	currency: (c, context) =>
		context.currencies?.includes(c)
			? null
			: m.state_bad_currency({ currency: c, list: (context.currencies ?? []).join(', ') || m.state_none() })
};

/**
 * What a parameter's value must be, in the reader's language (the schemas' own messages are English):
 * keyed by the schema, so a new parameter with one of these schemas needs no new entry.
 * @example expectedOf('claims') → 'show or hide' (en), 'show 또는 hide' (ko)
 */
function expectedOf(name: keyof Params): string {
	const schema: unknown = VIEW_PARAMS[name].schema;
	if (schema === code) return m.state_expect_code();
	if (schema === layer) return m.state_expect_layer();
	if (schema === language) return m.state_expect_lang();
	return m.state_expect_valid();
}

/**
 * The parameters of a state as [name, value] pairs, in a fixed order, defaults left out.
 * @example viewStateEntries({ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020, events: true })
 *   → [['reporter','KOR'], ['partner','NLD'], ['from','2000'], ['to','2020'], ['events','show']]
 */
export function viewStateEntries(state: ViewState, omit: readonly string[] = []): [string, string][] {
	const out: [string, string][] = [];
	for (const name of VIEW_PARAM_NAMES) {
		if (omit.includes(name)) continue;
		const value = state[name];
		if (value === undefined) continue;
		const text = (VIEW_PARAMS[name].write as (x: unknown, s: { reporter: Iso3 }) => string | undefined)(value, state);
		if (text !== undefined) out.push([name, text]);
	}
	return out;
}

/**
 * The query string of a state, in a fixed order so equal states give equal URLs.
 * @example viewStateToQuery({ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020 })
 *   → 'reporter=KOR&partner=NLD&from=2000&to=2020'
 */
export function viewStateToQuery(state: ViewState, extra: Record<string, string> = {}): string {
	const q = new URLSearchParams(viewStateEntries(state));
	for (const [k, val] of Object.entries(extra)) q.set(k, val);
	return q.toString();
}

/**
 * The query of `state` changed by `patch`: what every link-shaped control (currency, side, layers)
 * navigates to, so none can drop a parameter it does not own.
 * @example viewStateWith({ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020, currency: 'EUR' }, { by: 'NLD' })
 *   → 'reporter=KOR&partner=NLD&by=NLD&from=2000&to=2020&currency=EUR'
 */
export function viewStateWith(state: ViewState, patch: Partial<ViewState>): string {
	return viewStateToQuery({ ...state, ...patch });
}

/**
 * Only the view parameters of a query, in its order: what an embed or oEmbed keeps of a pasted URL.
 * @example stateParamsOf(new URLSearchParams('reporter=KOR&utm=x&events=show')) → 'reporter=KOR&events=show'
 */
export function stateParamsOf(query: URLSearchParams, viewOwnParams: readonly string[] = []): string {
	const out = new URLSearchParams();
	for (const [k, val] of query) if (STATE_PARAM_NAMES.includes(k) || viewOwnParams.includes(k)) out.append(k, val);
	return out.toString();
}

function readCode(query: URLSearchParams, name: string, notices: StateNotice[]): Iso3 | null {
	const raw = query.get(name);
	if (raw === null || raw === '') return null;
	const parsed = v.safeParse(code, raw);
	if (!parsed.success) {
		notices.push({ param: name, message: m.state_bad_code({ raw }) });
		return null;
	}
	return parsed.output;
}

function readYear(query: URLSearchParams, name: string, fallback: number, notices: StateNotice[]): number {
	const raw = query.get(name);
	if (raw === null || raw === '') return fallback;
	const parsed = v.safeParse(year, raw);
	if (!parsed.success) {
		notices.push({ param: name, message: m.state_bad_year({ raw, fallback: String(fallback) }) });
		return fallback;
	}
	return parsed.output;
}
