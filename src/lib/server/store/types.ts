// The query interface between the loaded data and everything that shows it (views, pages, CSV, images,
// embeds). Plain query objects go in, plain rows come out: no closures, no Maps, no Dates, no references
// into the store's arrays, so a database can answer the same questions with SQL (every method below is
// a SELECT with WHERE / ORDER BY / LIMIT on one table). One TradeStore instance answers for exactly one
// data version, so a request that asks several questions never mixes two versions of the data.
import type {
	PairTotal,
	SeriesBreak,
	Statement,
	Country,
	FdiMeasure,
	Flow,
	FxRate,
	Iso3,
	ParseIssue,
	Qualifier,
	Source,
	TradeConcept,
	UnitWord,
	Valuation
} from '$lib/data/types';

/** Which files a data set was built from, by content: equal ids mean byte-identical files. */
export interface DataVersion {
	/** Hex digest over every data file's name and content hash (16 characters). */
	id: string;
	/** When the files were read; shown as the vintage of the running server. */
	loadedAt: string;
	/** SHA-256 of each file present, by file name. */
	files: Record<string, string>;
}

/** `SELECT … FROM pairs WHERE (code or name matches search) AND (reporter|partner IN involving) ORDER BY reporter, partner LIMIT … OFFSET …` */
export interface PairQuery {
	/** Case-insensitive text found in either country's code or name ("kor", "nether"). */
	search?: string;
	/** Only pairs with one of these countries on either side. */
	involving?: Iso3[];
	limit?: number;
	offset?: number;
}

export interface PairRow {
	reporter: Iso3;
	partner: Iso3;
	reporterName: string;
	partnerName: string;
	/** First and last year with an all-goods figure reported by `reporter` for `partner`. */
	firstYear: number;
	lastYear: number;
}

export interface PairPage {
	/** Matching pairs before limit and offset. */
	total: number;
	rows: PairRow[];
}

/** Trade figures (all goods unless the method says products), filtered on any of the fields given. */
export interface TradeQuery {
	reporters?: Iso3[];
	partners?: Iso3[];
	flow?: Flow;
	/** Inclusive years. */
	from?: number;
	to?: number;
	limit?: number;
	offset?: number;
}

/** One row of trade.csv, as loaded: `value` in full units, `period` as its canonical key ("2020", "2020-Q3"). */
export interface TradeFigure {
	period: string;
	reporter: Iso3;
	partner: Iso3;
	flow: Flow;
	value: number;
	currency: string;
	publishedUnit: UnitWord;
	publishedValue: string;
	valuation: Valuation;
	concept: TradeConcept;
	qualifier: Qualifier;
	source: string;
	note: string;
	line: number;
}

export interface ProductQuery {
	reporter: Iso3;
	partner: Iso3;
	flow?: Flow;
	from?: number;
	to?: number;
	limit?: number;
	offset?: number;
}

export interface ProductFigure extends TradeFigure {
	productClassification: string;
	productCode: string;
	productLabel: string;
}

/** A reporter → partner pair with product figures. */
export interface ProductPair {
	reporter: Iso3;
	partner: Iso3;
}

/** totals.csv: a total that is not a value of one flow (trade total, cumulative FDI notifications). */
export type PairTotalRow = Omit<PairTotal, 'period'> & { period: string };
/** statements.csv: a share or ranking stated in a document; `period` null when it names no year. */
export type StatementRow = Omit<Statement, 'period'> & { period: string | null };
/** breaks.csv: from `period` on, a reporter's series from one source is compiled differently. */
export type SeriesBreakRow = Omit<SeriesBreak, 'period'> & { period: string };

export interface FdiQuery {
	investors?: Iso3[];
	hosts?: Iso3[];
	from?: number;
	to?: number;
	limit?: number;
	offset?: number;
}

export interface FdiFigure {
	period: string;
	investor: Iso3;
	host: Iso3;
	measure: FdiMeasure;
	value: number;
	currency: string;
	publishedUnit: UnitWord;
	publishedValue: string;
	basis: string;
	qualifier: Qualifier;
	source: string;
	note: string;
	line: number;
}

export interface ClaimQuery {
	/** Claims whose subject or partner is one of these. */
	involving?: Iso3[];
	topic?: 'trade' | 'fdi';
}

export interface ClaimRow {
	id: string;
	period: string;
	topic: 'trade' | 'fdi';
	subject: Iso3;
	partner: Iso3;
	flow: string;
	value: number;
	currency: string;
	publishedUnit: UnitWord;
	publishedValue: string;
	qualifier: Qualifier;
	claimant: string;
	source: string;
	statement: string;
	line: number;
	/** '' for all goods; else the product subset the claim covers. */
	product: string;
}

export interface EventQuery {
	from?: number;
	to?: number;
}

export interface EventRow {
	date: string;
	/** ISO date of the first day of the date's precision. */
	start: string;
	precision: 'year' | 'month' | 'day';
	title: string;
	description: string;
	sources: string[];
}

export interface SpanQuery {
	a: Iso3;
	b: Iso3;
	/** Which figures: all-goods trade (default) or FDI. Either direction counts. */
	dataset?: 'trade' | 'fdi';
}

export interface YearSpan {
	min: number;
	max: number;
}

/** How often each source is used, for /sources. */
export interface SourceUsage {
	id: string;
	trade: number;
	fdi: number;
	events: number;
	firstYear: number | null;
	lastYear: number | null;
}

/** The state of loading, as /sources and the banner show it. */
export interface StoreStatus {
	directory: string;
	/** When the data now being served was loaded; null if no good data was ever loaded. */
	servingSince: string | null;
	lastCheckedAt: string;
	/** Problems found the last time the files were read; empty when they were good. */
	issues: ParseIssue[];
	/** Where the served data came from: parsed CSV or the snapshot of the same files. */
	origin: 'csv' | 'snapshot' | null;
	/** Version of the data being served. */
	version: string | null;
}

export interface TradeStore {
	version(): Promise<DataVersion>;
	pairs(query: PairQuery): Promise<PairPage>;
	periodSpan(query: SpanQuery): Promise<YearSpan | null>;
	/** All-goods figures. */
	trade(query: TradeQuery): Promise<TradeFigure[]>;
	/** Each reporter's all-goods trade with the World (partner WLD). */
	worldTotals(query: Omit<TradeQuery, 'partners'>): Promise<TradeFigure[]>;
	/** Product-level figures of one reporter with one partner. */
	products(query: ProductQuery): Promise<ProductFigure[]>;
	/** Every reporter → partner pair with product figures (aggregates excluded), in code order. */
	productPairs(): Promise<ProductPair[]>;
	/** Totals whose subject or partner is one of `involving` (all when absent). */
	totals(query: { involving?: Iso3[] }): Promise<PairTotalRow[]>;
	statements(): Promise<StatementRow[]>;
	/** Series breaks of the given reporters (all when absent). */
	breaks(query: { reporters?: Iso3[] }): Promise<SeriesBreakRow[]>;
	fdi(query: FdiQuery): Promise<FdiFigure[]>;
	fx(): Promise<FxRate[]>;
	claims(query: ClaimQuery): Promise<ClaimRow[]>;
	events(query: EventQuery): Promise<EventRow[]>;
	sources(query: { ids?: string[] }): Promise<Source[]>;
	sourceUsage(): Promise<SourceUsage[]>;
	countries(query: { codes?: Iso3[] }): Promise<Country[]>;
	/** Currencies a view can be shown in: those published, plus those the exchange-rate table reaches. */
	currencies(): Promise<string[]>;
	/** Counts of rows per table, for status and benchmarks. */
	counts(): Promise<{ trade: number; products: number; fdi: number; claims: number; events: number; fx: number }>;
}

/**
 * What keeps a TradeStore current (loading, watching, swapping) and reports how that goes: the
 * in-memory DataService, or one that follows the versions of a database.
 */
export interface TradeStoreProvider {
	/** The store of the data being served now, or null when no good data was ever loaded. */
	current(): TradeStore | null;
	status(): StoreStatus;
	/** Changes whenever the data version or the reported problems change (part of every ETag). */
	readonly tag: string;
	/**
	 * Whether the same request gets the same answer for as long as `tag` stays (a store held in memory),
	 * so a rendered page may be kept and served again (pageCache.ts). A database can stop answering at
	 * any moment, and its pages must then say so (503) rather than show what it answered before.
	 */
	readonly steady: boolean;
}
