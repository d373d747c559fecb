// URL → view: the one entry point shared by the pages, CSV downloads, images and embeds, so they always
// agree. Asks the TradeStore only what one view needs (one pair's rows), and feeds the answers to the
// pure view functions of src/lib/data as a Dataset of that pair: they neither know nor care that the
// whole data set may hold thousands of pairs.
import { error } from '@sveltejs/kit';
import { countryName } from '$lib/i18n/countryNames';
import { m } from '$lib/paraglide/messages';
import type { FdiSeries } from '$lib/data/fdiView';
import { fdiSeriesForPair } from '$lib/data/fdiView';
import { tradeView, type TradeView } from '$lib/data/tradeView';
import type { Claim, Dataset, FdiObservation, Iso3, PolicyEvent, TradeObservation } from '$lib/data/types';
import { viewStateFromQuery, type StateNotice, type ViewState } from '$lib/data/viewState';
import { periodOf } from './store/columnar';
import type { ClaimRow, EventRow, FdiFigure, PairRow, StoreStatus, TradeFigure, TradeStore } from './store/types';

/**
 * Downloads change only when the data does; a short public cache spares the server when a document
 * links many of them, without holding revised figures for long (the ETag revalidates after that).
 */
export const DOWNLOAD_CACHE = 'public, max-age=300';

/** How many pairs a page lists for its picker: bounded, so a page does not grow with the data set. */
export const PAGE_PAIRS = 24;

/** The store pinned to this request, or a 503 that says why there is none. */
export function requireStore(store: TradeStore | null, status: StoreStatus): TradeStore {
	if (!store) {
		error(503, m.state_no_valid_data({ count: status.issues.length, directory: status.directory }));
	}
	return store;
}

const CODE = /^[A-Za-z]{3}$/;

/** The country codes a query names (pair=KOR-NLD, reporter, partner), upper-cased. */
function requestedCodes(query: URLSearchParams): Iso3[] {
	const raw = [...(query.get('pair') ?? '').split('-'), query.get('reporter') ?? '', query.get('partner') ?? ''];
	return [...new Set(raw.filter((c) => CODE.test(c)).map((c) => c.toUpperCase()))];
}

type Pair = { reporter: Iso3; partner: Iso3 };
const pairOf = (p: PairRow): Pair => ({ reporter: p.reporter, partner: p.partner });

/**
 * The pairs that can decide a query's state: the data set's first pair (the default) and every pair of
 * the countries it names, in code order, which is all viewStateFromQuery looks at.
 */
async function stateContextPairs(store: TradeStore, codes: Iso3[]): Promise<Pair[]> {
	const [first, named] = await Promise.all([
		store.pairs({ limit: 1 }),
		codes.length ? store.pairs({ involving: codes }) : Promise.resolve({ total: 0, rows: [] })
	]);
	const seen = new Set<string>();
	const pairs: Pair[] = [];
	for (const p of [...first.rows, ...named.rows]) {
		const key = `${p.reporter}|${p.partner}`;
		if (!seen.has(key)) pairs.push(pairOf(p));
		seen.add(key);
	}
	return pairs.sort((a, b) => a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner));
}

/**
 * Years one can select for a pair: those with trade figures, widened by the years of trade claims about
 * it (figures quoted in a paper can be shown beside the series where no source has published yet).
 */
async function selectableSpan(store: TradeStore, a: Iso3, b: Iso3): Promise<{ min: number; max: number } | null> {
	const [trade, claims] = await Promise.all([
		store.periodSpan({ a, b }),
		store.claims({ involving: [a, b], topic: 'trade' })
	]);
	if (!trade) return null;
	const years = claims
		.filter((c) => (c.subject === a && c.partner === b) || (c.subject === b && c.partner === a))
		.map((c) => periodOf(c.period).year);
	return { min: Math.min(trade.min, ...years), max: Math.max(trade.max, ...years) };
}

/** Parses the view state of a URL against the store: which pair, which years, which currency. */
export async function viewStateFromUrl(
	store: TradeStore,
	url: URL
): Promise<{
	state: ViewState;
	notices: StateNotice[];
	span: { min: number; max: number } | null;
	currencies: string[];
}> {
	const [pairs, currencies] = await Promise.all([
		stateContextPairs(store, requestedCodes(url.searchParams)),
		store.currencies()
	]);
	// First pass: which pair (it does not depend on years). Second: years and currency against its span.
	const first = viewStateFromQuery(url.searchParams, { pairs, span: () => null, currencies });
	if (!first.state) error(404, first.notices[0]?.message ?? m.state_no_trade());
	const { reporter, partner } = first.state;
	const span = await selectableSpan(store, reporter, partner);
	const same = (a: Iso3, b: Iso3) => (a === reporter && b === partner) || (a === partner && b === reporter);
	const { state, notices } = viewStateFromQuery(url.searchParams, {
		pairs,
		span: (a, b) => (same(a, b) ? span : null),
		currencies
	});
	if (!state) error(404, notices[0]?.message ?? m.state_no_trade());
	return { state, notices, span, currencies };
}

/**
 * Parses the view state from a URL and builds the trade view. `pairs` is what the page's picker lists:
 * pairs of the chosen countries, at most PAGE_PAIRS (the full list is a search: store.pairs).
 */
export async function tradeViewFromUrl(
	store: TradeStore,
	url: URL
): Promise<{ view: TradeView; dataset: Dataset; notices: StateNotice[]; pairs: Pair[]; currencies: string[] }> {
	const { state, notices, span, currencies } = await viewStateFromUrl(store, url);
	const [dataset, picker] = await Promise.all([
		pairDataset(store, state.reporter, state.partner),
		store.pairs({ involving: [state.reporter, state.partner], limit: PAGE_PAIRS })
	]);
	const view = tradeView(dataset, state, span ?? { min: state.from, max: state.to });
	// The pair shown is always among the picker's options, however many pairs its countries have.
	const pairs = picker.rows.map(pairOf);
	if (!pairs.some((p) => p.reporter === state.reporter && p.partner === state.partner)) {
		pairs.splice(PAGE_PAIRS - 1, pairs.length, { reporter: state.reporter, partner: state.partner });
		pairs.sort((a, b) => a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner));
	}
	return { view, dataset, notices, pairs, currencies };
}

/**
 * The FDI view of a URL: the pair and years of the trade view, except that without years in the URL it
 * opens on every FDI figure there is (FDI starts later than trade). `dataset` is the pair's, for what
 * the page shows beside the series (cumulative stocks).
 */
export async function fdiViewFromUrl(
	store: TradeStore,
	url: URL
): Promise<{
	state: ViewState;
	names: Record<string, string>;
	span: { min: number; max: number };
	series: FdiSeries[];
	notices: StateNotice[];
	dataset: Dataset;
}> {
	const { state: trade, notices, span: tradeSpan } = await viewStateFromUrl(store, url);
	const { reporter, partner } = trade;
	const [span, dataset] = await Promise.all([
		store.periodSpan({ a: reporter, b: partner, dataset: 'fdi' }),
		pairDataset(store, reporter, partner)
	]);
	const from = url.searchParams.has('from') ? trade.from : (span?.min ?? trade.from);
	const to = url.searchParams.has('to') ? trade.to : (span?.max ?? trade.to);
	const name = (code: Iso3) => dataset.countries.get(code)?.name ?? code;
	return {
		state: { ...trade, from, to },
		names: { [reporter]: name(reporter), [partner]: name(partner) },
		span: span ?? tradeSpan ?? { min: trade.from, max: trade.to },
		series: fdiSeriesForPair(dataset, reporter, partner, from, to),
		notices,
		dataset
	};
}

/**
 * Everything the pure view functions need about one pair, as a Dataset: both sides' figures for each
 * other and for the World, FDI both ways (and from all investors, for shares), claims about either
 * country, events, rates, sources and the two countries' names.
 */
export async function pairDataset(store: TradeStore, a: Iso3, b: Iso3): Promise<Dataset> {
	const [trade, fdi, claims] = await Promise.all([
		store.trade({ reporters: [a, b], partners: [a, b, 'WLD'] }),
		store.fdi({ investors: [a, b, 'WLD'], hosts: [a, b] }),
		store.claims({ involving: [a, b] })
	]);
	return datasetOf(store, { trade, fdi, claims, countries: [a, b] });
}

/** Every claim with the figures it can be compared with: both countries' trade and FDI with each other. */
export async function claimsDataset(store: TradeStore): Promise<Dataset> {
	const claims = await store.claims({});
	const codes = [...new Set(claims.flatMap((c) => [c.subject, c.partner]))];
	const [trade, fdi] = codes.length
		? await Promise.all([
				store.trade({ reporters: codes, partners: codes }),
				store.fdi({ investors: codes, hosts: codes })
			])
		: [[], []];
	return datasetOf(store, { trade, fdi, claims, countries: codes });
}

/**
 * The rows of the given figures as a Dataset, with the store's events, rates and sources. Trade rows are
 * put back in file order, the order the view functions break ties in.
 */
export async function datasetOf(
	store: TradeStore,
	rows: { trade: TradeFigure[]; fdi: FdiFigure[]; claims: ClaimRow[]; countries?: Iso3[] }
): Promise<Dataset> {
	const codes = rows.countries;
	const [events, fx, sources, countries, version, totals, statements, breaks] = await Promise.all([
		store.events({}),
		store.fx(),
		store.sources({}),
		store.countries(codes ? { codes } : {}),
		store.version(),
		store.totals(codes ? { involving: codes } : {}),
		store.statements(),
		store.breaks(codes ? { reporters: codes } : {})
	]);
	return {
		sources: new Map(sources.map((s) => [s.id, s])),
		trade: rows.trade.map(tradeObservation).sort((x, y) => x.line - y.line),
		productTrade: [],
		fdi: rows.fdi.map(fdiObservation),
		events: events.map(policyEvent),
		// Names in the reader's language (the data's own in English): every view of this data set, its
		// headings, sentences and legends, then names countries as the reader does.
		countries: new Map(countries.map((c) => [c.code, { ...c, name: countryName(c.code, c.name) }])),
		fx,
		claims: rows.claims.map(claim),
		totals: totals.map((t) => ({ ...t, period: periodOf(t.period) })),
		statements: statements.map((t) => ({ ...t, period: t.period === null ? null : periodOf(t.period) })),
		breaks: breaks.map((b) => ({ ...b, period: periodOf(b.period) })),
		loadedAt: version.loadedAt
	};
}

const tradeObservation = (o: TradeFigure): TradeObservation => ({ ...o, period: periodOf(o.period) });
const fdiObservation = (o: FdiFigure): FdiObservation => ({ ...o, period: periodOf(o.period) });
const claim = (c: ClaimRow): Claim => ({ ...c, period: periodOf(c.period) });
const policyEvent = (e: EventRow): PolicyEvent => ({ ...e, start: new Date(e.start) });
