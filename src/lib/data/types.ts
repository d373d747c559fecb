// The typed vocabulary of the dashboard. Everything downstream of the CSV parser speaks these types.
// No Svelte or SvelteKit imports here: this module runs in the server, the browser, scripts and tests.

/** ISO 3166-1 alpha-3 code, or an aggregate such as WLD (World) or EUU (European Union). */
export type Iso3 = string;

export type Flow = 'export' | 'import';
export const FLOWS: readonly Flow[] = ['export', 'import'];

/** How goods are valued at the border: exports are usually FOB, imports CIF. */
export type Valuation = 'FOB' | 'CIF' | 'not stated';
export const VALUATIONS: readonly Valuation[] = ['FOB', 'CIF', 'not stated'];

/**
 * Which goods a country counts as its trade.
 * - general: customs-based general trade (e.g. Korea Customs Service)
 * - national: CBS national concept, excludes quasi-transit
 * - community: Eurostat community concept, includes quasi-transit
 * - not stated: the source does not say
 */
export type TradeConcept = 'general' | 'national' | 'community' | 'not stated';
export const TRADE_CONCEPTS: readonly TradeConcept[] = ['general', 'national', 'community', 'not stated'];

/** A figure the source itself qualifies: "around €10 bn", "more than two billion". Never plotted as plain. */
export type Qualifier = '' | 'approximate' | 'lower bound';
export const QUALIFIERS: readonly Qualifier[] = ['', 'approximate', 'lower bound'];

/** FDI measures: balance-of-payments flows and positions, and Korea's notified/arrived inward series. */
export type FdiMeasure = 'flow' | 'position' | 'notified' | 'arrived';
export const FDI_MEASURES: readonly FdiMeasure[] = ['flow', 'position', 'notified', 'arrived'];

/** The multiplier a CSV value is given in. Values are stored in full units after parsing. */
export type UnitWord = 'units' | 'thousands' | 'millions' | 'billions';
export const UNIT_MULTIPLIERS: Readonly<Record<UnitWord, number>> = {
	units: 1,
	thousands: 1e3,
	millions: 1e6,
	billions: 1e9
};

/** ISO 4217 code. */
export type Currency = string;

export type PeriodKind = 'year' | 'quarter' | 'month';

/**
 * A reference period. `key` is the canonical text form ("2020", "2020-Q3", "2020-07"), `start` the
 * first day in UTC. Years are the only kind in the bundled data, but nothing assumes it.
 */
export interface Period {
	kind: PeriodKind;
	key: string;
	year: number;
	/** 1–4 for quarters, 1–12 for months, absent for years. */
	sub?: number;
	start: Date;
}

/** A bad cell, or a whole-file problem, with its address. Collected, never thrown one by one. */
export interface ParseIssue {
	file: string;
	/** 1-based physical line in the file (the header is line 1); 0 for whole-file problems. */
	line: number;
	/** Column name as in the header, or '' when the problem concerns the whole row or file. */
	column: string;
	value: string;
	expected: string;
}

export interface Source {
	id: string;
	title: string;
	publisher: string;
	url: string;
	/** Data vintage or publication date as the source gives it (free text, e.g. "Feb 2022"). */
	vintage: string;
	/** ISO date the copy was read. */
	accessed: string;
	/** Definitions that matter for reading the figures (FOB/CIF, concept, notified vs arrived…). */
	notes: string;
}

export interface TradeObservation {
	period: Period;
	reporter: Iso3;
	partner: Iso3;
	flow: Flow;
	/** In full currency units (millions already multiplied out). */
	value: number;
	currency: Currency;
	/** The multiplier the source printed the figure in; kept so tables can show it as published. */
	publishedUnit: UnitWord;
	/** The value cell as written ("5.8", "6223.837"): its digits are the published precision. */
	publishedValue: string;
	valuation: Valuation;
	concept: TradeConcept;
	qualifier: Qualifier;
	source: string;
	note: string;
	/** 1-based line in trade.csv: every figure can be traced back to its row. */
	line: number;
}

/**
 * A product line of a trade figure: the classification the publisher used and its code, as published.
 * Trade rows without one are all goods; rows with one are a subset and are never drawn as all goods.
 */
export interface Product {
	/** The classification as the source names it, e.g. "HS", "HS2017", "SITC Rev.2". */
	classification: string;
	/** The code as published, e.g. "8486" or "84"; leading zeros kept ("0901"). */
	code: string;
	/** The publisher's label for the code; empty when the file gave none. */
	label: string;
}

/** A trade figure for one product (a subset of all goods). */
export interface ProductTradeObservation extends TradeObservation {
	product: Product;
}

export interface FdiObservation {
	period: Period;
	investor: Iso3;
	host: Iso3;
	measure: FdiMeasure;
	value: number;
	currency: Currency;
	publishedUnit: UnitWord;
	/** The value cell as written ("5.8", "6223.837"): its digits are the published precision. */
	publishedValue: string;
	basis: string;
	qualifier: Qualifier;
	source: string;
	note: string;
	line: number;
}

export interface PolicyEvent {
	/** As written: "1961", "2023-12", "2022-11-17". */
	date: string;
	/** First day of the date's precision, UTC. */
	start: Date;
	precision: 'year' | 'month' | 'day';
	title: string;
	description: string;
	/** One or more source ids, separated by ';' in the CSV. */
	sources: string[];
}

export interface Country {
	code: Iso3;
	name: string;
}

/** Everything in data/, validated and indexed. Immutable once built. */
export interface Dataset {
	sources: Map<string, Source>;
	/** All-goods figures only: product rows of trade.csv are kept apart in `productTrade`. */
	trade: TradeObservation[];
	/** Figures for one product each (trade.csv rows with a product code). */
	productTrade: ProductTradeObservation[];
	fdi: FdiObservation[];
	events: PolicyEvent[];
	countries: Map<Iso3, Country>;
	fx: FxRate[];
	claims: Claim[];
	/** Totals that are not a value of one flow (trade total, cumulative FDI notifications): never split. */
	totals: PairTotal[];
	/** Shares and rankings stated in documents, each tested against the data on /claims. */
	statements: Statement[];
	/** Breaks in a reporter's series: drawn as markers; growth across one is flagged. */
	breaks: SeriesBreak[];
	/** When the files were read, ISO string; shown as the data vintage of the running server. */
	loadedAt: string;
}

/** One line of a chart: one reporter, one flow, one source, one currency. Never spliced across sources. */
export interface TradeSeries {
	reporter: Iso3;
	partner: Iso3;
	flow: Flow;
	source: string;
	currency: Currency;
	valuation: Valuation;
	concept: TradeConcept;
	/** Sorted by period; one point per period. */
	points: SeriesPoint[];
}

export interface SeriesPoint {
	period: Period;
	/** Full currency units; null is a gap (never 0). */
	value: number | null;
	qualifier: Qualifier;
	/** The value cell as written and its unit (the published precision), when the point is a published figure. */
	publishedValue?: string;
	publishedUnit?: UnitWord;
	/** The source note of the figure ("reference year not stated"…): shown wherever the figure is. */
	note?: string;
}

/** An annual average exchange rate: `rate` units of `quote` per 1 `base`. */
export interface FxRate {
	year: number;
	base: Currency;
	quote: Currency;
	rate: number;
	source: string;
	note: string;
	line: number;
}

/** A figure quoted in a document: shown next to the data, never treated as a measurement. */
export interface Claim {
	id: string;
	period: Period;
	topic: 'trade' | 'fdi';
	/** Trade: the reporting/exporting country of the claim; FDI: the investor. */
	subject: Iso3;
	partner: Iso3;
	/** Trade: export|import; FDI: the measure (flow, position, …). */
	flow: string;
	/** Full currency units. */
	value: number;
	currency: Currency;
	publishedUnit: UnitWord;
	/** The value cell as written ("5.8", "6223.837"): its digits are the published precision. */
	publishedValue: string;
	qualifier: Qualifier;
	claimant: string;
	source: string;
	statement: string;
	/** '' for all goods; else the product subset the claim covers (never drawn or compared as all goods). */
	product: string;
	line: number;
}

/** A figure that is not a value of one flow: exports and imports together, or a cumulative FDI stock. */
export interface PairTotal {
	id: string;
	/** A year, or for a cumulative stock the month it runs to. */
	period: Period;
	/** Trade total: the reporter; cumulative FDI: the investor. */
	subject: Iso3;
	/** Trade total: the partner; cumulative FDI: the host. */
	partner: Iso3;
	measure: 'trade total' | 'cumulative notified FDI';
	value: number;
	currency: Currency;
	publishedUnit: UnitWord;
	publishedValue: string;
	basis: string;
	qualifier: Qualifier;
	source: string;
	note: string;
	line: number;
}

/** A share or ranking stated in a document (statements.csv). */
export interface Statement {
	id: string;
	/** The year it refers to; null when the statement names none. */
	period: Period | null;
	kind: 'share' | 'ranking';
	subject: Iso3;
	/** Share: what the share is of (WLD, EUU); '' for rankings. */
	whole: Iso3;
	partner: Iso3;
	/** Share: per cent; ranking: the rank. */
	value: number;
	publishedValue: string;
	among: string;
	/** Ids of totals whose source states a ranking. */
	evidence: string[];
	claimant: string;
	source: string;
	statement: string;
	line: number;
}

/** From `period` on, `reporter`'s figures from `source` are compiled differently (breaks.csv). */
export interface SeriesBreak {
	period: Period;
	reporter: Iso3;
	source: string;
	description: string;
	evidence: string;
	evidenceSource: string;
	line: number;
}
