import type { Iso3 } from './types';

/**
 * What a view shows, parsed once from the URL. Every output (page, table, CSV, image, embed) is a
 * function of this and the data, so a link reproduces exactly what its author saw.
 */
export interface ViewState {
	reporter: Iso3;
	partner: Iso3;
	/** Whose figures the measures are computed from: the reporter's own, or the partner's mirror figures. */
	by: Iso3;
	from: number;
	to: number;
	/** Show every figure in this currency (converted with annual average rates); absent = as published. */
	currency?: string;
	/** Policy events as markers on time charts (URL: events=hide turns them off). */
	events?: boolean;
	/** Quoted claims as marked points beside the reported series (URL: claims=hide turns them off). */
	claims?: boolean;
}

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

const CODE = /^[A-Za-z]{3}$/;
const YEAR = /^\d{4}$/;
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
	if (!fallback) return { state: null, notices: [{ param: '', message: 'The data set has no bilateral trade figures.' }] };

	// The pair picker submits "pair=KOR-NLD" (one select works without JavaScript); it wins over reporter/partner.
	const pairParam = query.get('pair');
	const pair = PAIR.exec(pairParam ?? '');
	if (pairParam && !pair) {
		notices.push({ param: 'pair', message: `"${pairParam}" is not a country pair like KOR-NLD; using reporter and partner.` });
	}
	let reporter = pair ? (pair[1] as string).toUpperCase() : readCode(query, 'reporter', notices);
	let partner = pair ? (pair[2] as string).toUpperCase() : readCode(query, 'partner', notices);
	const known = (r: Iso3 | null, p: Iso3 | null) =>
		context.pairs.some((x) => (r === null || x.reporter === r) && (p === null || x.partner === p));

	if (reporter !== null && partner !== null && !known(reporter, partner) && !known(partner, reporter)) {
		notices.push({
			param: 'partner',
			message: `No figures for ${reporter} and ${partner}; showing ${fallback.reporter} and ${fallback.partner}.`
		});
		reporter = null;
		partner = null;
	}
	if (reporter !== null && !context.pairs.some((x) => x.reporter === reporter || x.partner === reporter)) {
		notices.push({ param: 'reporter', message: `No figures for ${reporter}; showing ${fallback.reporter}.` });
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
		else notices.push({ param: 'by', message: `"${byParam}" is neither ${r} nor ${p}; showing figures reported by ${r}.` });
	}

	const span = context.span(r, p) ?? { min: new Date().getUTCFullYear(), max: new Date().getUTCFullYear() };
	let from = readYear(query, 'from', span.min, notices);
	let to = readYear(query, 'to', span.max, notices);
	if (from < span.min) {
		notices.push({ param: 'from', message: `No figures before ${span.min}; showing from ${span.min} instead of ${from}.` });
		from = span.min;
	}
	if (to > span.max) {
		notices.push({ param: 'to', message: `No figures after ${span.max}; showing up to ${span.max} instead of ${to}.` });
		to = span.max;
	}
	if (from > span.max) {
		notices.push({ param: 'from', message: `No figures after ${span.max}; showing from ${span.max} instead of ${from}.` });
		from = span.max;
	}
	if (to < span.min) {
		notices.push({ param: 'to', message: `No figures before ${span.min}; showing up to ${span.min} instead of ${to}.` });
		to = span.min;
	}
	if (to < from) {
		notices.push({ param: 'to', message: `"to" (${to}) was before "from" (${from}); the years were swapped.` });
		[from, to] = [to, from];
	}
	const state: ViewState = { reporter: r, partner: p, by, from, to };
	const currency = query.get('currency');
	if (currency !== null && currency !== '') {
		const code = currency.toUpperCase();
		if (context.currencies?.includes(code)) state.currency = code;
		else
			notices.push({
				param: 'currency',
				message: `"${currency}" is not a currency the figures can be shown in (${(context.currencies ?? []).join(', ') || 'none'}); showing them as published.`
			});
	}
	if (query.get('events') === 'hide') state.events = false;
	if (query.get('claims') === 'hide') state.claims = false;
	return { state, notices };
}

/**
 * The query string of a state, in a fixed order so equal states give equal URLs.
 * @example viewStateToQuery({ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020 })
 *   → 'reporter=KOR&partner=NLD&from=2000&to=2020'
 */
export function viewStateToQuery(state: ViewState, extra: Record<string, string> = {}): string {
	const q = new URLSearchParams({ reporter: state.reporter, partner: state.partner });
	if (state.by !== state.reporter) q.set('by', state.by);
	q.set('from', String(state.from));
	q.set('to', String(state.to));
	if (state.currency) q.set('currency', state.currency);
	if (state.events === false) q.set('events', 'hide');
	if (state.claims === false) q.set('claims', 'hide');
	for (const [k, v] of Object.entries(extra)) q.set(k, v);
	return q.toString();
}

function readCode(query: URLSearchParams, param: string, notices: StateNotice[]): Iso3 | null {
	const raw = query.get(param);
	if (raw === null || raw === '') return null;
	if (!CODE.test(raw)) {
		notices.push({ param, message: `"${raw}" is not a three-letter country code; using the default.` });
		return null;
	}
	return raw.toUpperCase();
}

function readYear(query: URLSearchParams, param: string, fallback: number, notices: StateNotice[]): number {
	const raw = query.get(param);
	if (raw === null || raw === '') return fallback;
	if (!YEAR.test(raw.trim())) {
		notices.push({ param, message: `"${raw}" is not a four-digit year; showing ${fallback}.` });
		return fallback;
	}
	return Number(raw.trim());
}
