// The TradeStore on ClickHouse: the same queries as the in-memory store, answered by SQL over the
// tables of clickhouseSchema.ts, for data beyond one machine. Chosen by configuration
// (`STORE=clickhouse CLICKHOUSE_URL=…`, see `storeSelection`); the in-memory store stays the default.
//
// Safety: ClickHouse 18.16 has no query parameters, so values are written into the SQL text. Before a
// query is built, every value is checked against the store's vocabulary, read once when the store opens
// (country codes and source ids known to the data; the two flows; topics; whole years; the interface
// takes no product code, so none reaches SQL): an unknown value answers "no rows" without any query. What passes is quoted by `sqlLiteral`, the one
// quoting function (clickhouseSql.ts). Free text (the pair search) never reaches SQL: it is matched
// against the pair list held in the store.
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { AGGREGATES } from '../../data/series';
import { FLOWS, type Country, type FxRate, type Iso3, type Source } from '../../data/types';
import { sql, sqlIdentifier, sqlJoin, toInline, type Sql } from './clickhouseSql';
import { tableRef, type ClickHouseLayout } from './clickhouseSchema';
import { StoreUnavailableError } from './unavailable';
import type {
	ClaimQuery,
	ClaimRow,
	DataVersion,
	EventQuery,
	EventRow,
	FdiFigure,
	FdiQuery,
	PairPage,
	PairQuery,
	PairRow,
	PairTotalRow,
	ProductFigure,
	ProductPair,
	ProductQuery,
	SeriesBreakRow,
	SourceUsage,
	StatementRow,
	SpanQuery,
	TradeFigure,
	TradeQuery,
	StoreStatus,
	TradeStore,
	TradeStoreProvider,
	YearSpan
} from './types';

/** Where the ClickHouse store reads and the load command writes. */
export interface ClickHouseConfig {
	/** HTTP address of the server the dashboard queries (any shard: every shard has every table). */
	url: string;
	/** HTTP address of every shard: the load command creates the tables on each. */
	shardUrls: string[];
	layout: ClickHouseLayout;
	username: string;
	password: string;
	/** How long one query may take before the store gives up and reports the database unavailable. */
	timeoutMs: number;
}

/**
 * The ClickHouse settings from the environment: CLICKHOUSE_URL (required), CLICKHOUSE_SHARD_URLS
 * (comma-separated; default CLICKHOUSE_URL), CLICKHOUSE_DATABASE and CLICKHOUSE_CLUSTER (default
 * `dashboard`), CLICKHOUSE_USER / CLICKHOUSE_PASSWORD, CLICKHOUSE_TIMEOUT_MS (default 10000).
 * @example clickHouseConfigFromEnv({ CLICKHOUSE_URL: 'http://127.0.0.1:8123' }).layout → { database: 'dashboard', cluster: 'dashboard' }
 */
export function clickHouseConfigFromEnv(env: Record<string, string | undefined> = process.env): ClickHouseConfig {
	const url = env.CLICKHOUSE_URL;
	if (!url) throw new Error('CLICKHOUSE_URL is not set (e.g. CLICKHOUSE_URL=http://127.0.0.1:8123)');
	const shardUrls = (env.CLICKHOUSE_SHARD_URLS ?? url)
		.split(',')
		.map((u) => u.trim())
		.filter(Boolean);
	for (const u of [url, ...shardUrls]) {
		if (!/^https?:\/\/[^\s/]+\/?$/.test(u))
			throw new Error(`not a ClickHouse HTTP address: ${JSON.stringify(u)} (expected http://host:port)`);
	}
	const timeoutMs = Number(env.CLICKHOUSE_TIMEOUT_MS ?? 10_000);
	if (!Number.isInteger(timeoutMs) || timeoutMs < 100)
		throw new Error(`CLICKHOUSE_TIMEOUT_MS must be an integer ≥ 100, got ${env.CLICKHOUSE_TIMEOUT_MS}`);
	const database = env.CLICKHOUSE_DATABASE ?? 'dashboard';
	const cluster = env.CLICKHOUSE_CLUSTER ?? 'dashboard';
	// Checked here once, so every table reference built from them later is a plain identifier.
	sqlIdentifier(database);
	sqlIdentifier(cluster);
	return {
		url,
		shardUrls,
		layout: { database, cluster },
		username: env.CLICKHOUSE_USER ?? 'default',
		password: env.CLICKHOUSE_PASSWORD ?? '',
		timeoutMs
	};
}

/**
 * Which store the server runs on: `STORE=clickhouse` (with CLICKHOUSE_URL…) or the in-memory default.
 * The one place the choice is made; the server opens the store it names.
 * @example storeSelection({}) → { kind: 'memory' }
 * @example storeSelection({ STORE: 'clickhouse', CLICKHOUSE_URL: 'http://127.0.0.1:8123' }) → { kind: 'clickhouse', config: … }
 */
export function storeSelection(
	env: Record<string, string | undefined> = process.env
): { kind: 'memory' } | { kind: 'clickhouse'; config: ClickHouseConfig } {
	const store = env.STORE ?? 'memory';
	if (store === 'memory') return { kind: 'memory' };
	if (store === 'clickhouse') return { kind: 'clickhouse', config: clickHouseConfigFromEnv(env) };
	throw new Error(`STORE must be "memory" or "clickhouse", got ${JSON.stringify(store)}`);
}

/** Server-side limits sent with every query, so a shard that is down fails fast instead of hanging. */
function querySettings(timeoutMs: number) {
	return {
		// Not known to the client's types (18.16 needs it to create LowCardinality columns; later servers accept it as obsolete).
		allow_experimental_low_cardinality_type: 1,
		insert_distributed_sync: 1,
		// Never answer from the shards that happen to be up: a half answer would draw a half chart.
		skip_unavailable_shards: 0,
		connect_timeout_with_failover_ms: 1000,
		max_execution_time: Math.max(1, Math.floor(timeoutMs / 1000) - 1)
	} as const;
}

/** A client with the store's settings. @clickhouse/client's defaults work against 18.16 as they are. */
export function clickHouseClient(
	config: ClickHouseConfig,
	options: { insertTimeoutMs?: number } = {}
): ClickHouseClient {
	return createClient({
		url: config.url,
		username: config.username,
		password: config.password,
		request_timeout: options.insertTimeoutMs ?? config.timeoutMs,
		// Failures reach the caller as typed errors (StoreUnavailableError); the client's own error log would say it twice.
		log: { level: ClickHouseLogLevel.OFF },
		clickhouse_settings: {
			...querySettings(options.insertTimeoutMs ?? config.timeoutMs),
			// Long loads: progress headers keep the HTTP connection busy (the client warns without them).
			...(options.insertTimeoutMs
				? { send_progress_in_http_headers: 1, http_headers_progress_interval_ms: '5000' }
				: {})
		}
	});
}

export { StoreUnavailableError };

// ClickHouse error codes that mean "not reachable or too slow", not "wrong query": NETWORK_ERROR,
// SOCKET_TIMEOUT, TIMEOUT_EXCEEDED, ALL_CONNECTION_TRIES_FAILED, ALL_REPLICAS_ARE_STALE, …; and
// UNKNOWN_TABLE / UNKNOWN_DATABASE: the store's tables are gone while a load recreates them.
const UNAVAILABLE_CODES = new Set(['60', '81', '159', '209', '210', '279', '285', '319', '394']);

function unavailable(error: unknown): StoreUnavailableError {
	const message = String((error as { message?: string })?.message ?? error);
	// 18.16: "Code: 279, e.displayText() = DB::NetException: All connection tries failed. Log: …" → its code and first sentence.
	const server = /^Code: (\d+)[,.].*?DB::\w+: ([^.\n]+)/.exec(message);
	const detail = server
		? `ClickHouse error ${server[1]}: ${server[2]}`
		: /^Timeout error/.test(message)
			? 'no answer within the time a query may take'
			: (message.split('\n')[0] ?? '').slice(0, 300);
	return new StoreUnavailableError(`The figures database is not answering (${detail}). Try again in a minute.`, {
		cause: error
	});
}

/** The store's vocabulary: values a query may carry. Read once per store (one data version). */
interface Vocabulary {
	codes: Set<string>;
	sources: Set<string>;
}

interface Meta {
	id: string;
	loadedAt: string;
	files: string;
	currencies: string[];
	codes: string[];
	tradeRows: string;
	productRows: string;
}

interface PairEntry extends PairRow {
	haystack: string;
}

/** The most rows one query returns when it gives no limit, as in the in-memory store. */
export const MAX_ROWS = 1_000_000;
const MAX_YEAR = 9999;

// The interface's fields, which are the tables' column names (clickhouseSchema.ts).
const TRADE_COLUMNS = words(
	'period reporter partner flow value currency publishedUnit publishedValue valuation concept qualifier source note line'
);
const PRODUCT_COLUMNS = [...TRADE_COLUMNS, ...words('productClassification productCode productLabel')];
const FDI_COLUMNS = words(
	'period investor host measure value currency publishedUnit publishedValue basis qualifier source note line'
);
const CLAIM_COLUMNS = words(
	'id period topic subject partner flow value currency publishedUnit publishedValue qualifier claimant source statement line product'
);
const TOTAL_COLUMNS = words(
	'id period subject partner measure value currency unit publishedUnit publishedValue basis qualifier source note line'
);
const STATEMENT_COLUMNS = words(
	'id period kind subject whole partner value publishedValue among evidence claimant source statement line'
);
const BREAK_COLUMNS = words('period reporter source description evidence evidenceSource line');

function words(list: string): string[] {
	return list.split(' ');
}

/** A column list as SQL: every name is a constant above, checked as an identifier anyway. */
function columns(names: readonly string[]): Sql {
	return sqlJoin(
		names.map((n) => sql`${sqlIdentifier(n)}`),
		', '
	);
}

/** Known values of a list filter, or null for "no rows can match" (none known, or an empty list). */
function known(values: readonly unknown[] | undefined, vocabulary: Set<string>): string[] | null | undefined {
	if (values === undefined) return undefined;
	if (!Array.isArray(values)) return null;
	const ok = [...new Set(values.filter((v): v is string => typeof v === 'string' && vocabulary.has(v)))].sort();
	return ok.length > 0 ? ok : null;
}

/**
 * A year bound as a safe integer, or undefined for none (absent or not a number). Years are whole, so
 * `from` rounds up and `to` down; bounds beyond any year are clamped.
 * @example yearBound(2000.5, 'from') → 2001; yearBound('x', 'to') → undefined
 */
export function yearBound(value: unknown, side: 'from' | 'to'): number | undefined {
	if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
	const clamped = Math.min(MAX_YEAR + 1, Math.max(-1, value));
	return side === 'from' ? Math.ceil(clamped) : Math.floor(clamped);
}

/** Offset and limit as safe integers, as the in-memory store reads them. @example page({ limit: 10.7 }) → { offset: 0, limit: 10 } */
export function page(query: { limit?: unknown; offset?: unknown }): { offset: number; limit: number } {
	const whole = (v: unknown, fallback: number) =>
		typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : fallback;
	return {
		offset: Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, whole(query.offset, 0))),
		limit: Math.min(MAX_ROWS, Math.max(0, whole(query.limit, MAX_ROWS)))
	};
}

export class ClickHouseTradeStore implements TradeStore {
	private constructor(
		private readonly client: ClickHouseClient,
		private readonly layout: ClickHouseLayout,
		private readonly meta: Meta,
		private readonly vocabulary: Vocabulary,
		private readonly pairList: PairEntry[],
		private readonly pairSpans: Map<string, YearSpan>
	) {}

	/**
	 * Opens the data loaded in ClickHouse: reads the meta row and the vocabulary once. Throws
	 * StoreUnavailableError when the server does not answer or no complete load is there.
	 */
	static async open(config: ClickHouseConfig): Promise<ClickHouseTradeStore> {
		const client = clickHouseClient(config);
		const t = (name: string) => tableRef(config.layout, name);
		try {
			const ask = <T>(q: Sql) => select<T>(client, q);
			const [meta] = await ask<Meta>(sql`SELECT * FROM ${t('meta')} LIMIT 1`).catch((error: unknown) => {
				// UNKNOWN_TABLE, UNKNOWN_DATABASE: nothing was ever loaded there.
				if (errorCode(error) === '60' || errorCode(error) === '81') return [];
				throw error;
			});
			if (!meta) {
				throw new StoreUnavailableError(
					`No complete load in ClickHouse database "${config.layout.database}" at ${config.url}: run npm run clickhouse:load -- DIR.`
				);
			}
			const sources = await ask<{ id: string }>(sql`SELECT id FROM ${t('sources')}`);
			const countries = await ask<Country>(sql`SELECT code, name FROM ${t('countries')} ORDER BY ord`);
			const pairs = await ask<{ reporter: string; partner: string; firstYear: number; lastYear: number }>(
				sql`SELECT reporter, partner, firstYear, lastYear FROM ${t('pairs')} ORDER BY reporter, partner`
			);
			const names = new Map(countries.map((c) => [c.code, c.name]));
			const pairList: PairEntry[] = [];
			const pairSpans = new Map<string, YearSpan>();
			for (const p of pairs) {
				pairSpans.set(`${p.reporter}\0${p.partner}`, { min: p.firstYear, max: p.lastYear });
				if (AGGREGATES.has(p.reporter) || AGGREGATES.has(p.partner)) continue;
				const reporterName = names.get(p.reporter) ?? p.reporter;
				const partnerName = names.get(p.partner) ?? p.partner;
				pairList.push({
					...p,
					reporterName,
					partnerName,
					haystack: `${p.reporter} ${reporterName} ${p.partner} ${partnerName}`.toLowerCase()
				});
			}
			const vocabulary = { codes: new Set(meta.codes), sources: new Set(sources.map((s) => s.id)) };
			return new ClickHouseTradeStore(client, config.layout, meta, vocabulary, pairList, pairSpans);
		} catch (error) {
			await client.close();
			throw error instanceof StoreUnavailableError ? error : translate(error);
		}
	}

	async close(): Promise<void> {
		await this.client.close();
	}

	/** The id of the data loaded in ClickHouse now: differs from `version().id` once a new load has finished. */
	async loadedVersionId(): Promise<string | null> {
		const [row] = await this.select<{ id: string }>(sql`SELECT id FROM ${this.table('meta')} LIMIT 1`);
		return row?.id ?? null;
	}

	async version(): Promise<DataVersion> {
		return {
			id: this.meta.id,
			loadedAt: this.meta.loadedAt,
			files: JSON.parse(this.meta.files) as Record<string, string>
		};
	}

	async pairs(query: PairQuery): Promise<PairPage> {
		const search = typeof query.search === 'string' ? query.search.trim().toLowerCase() : '';
		const involving = query.involving ? new Set(query.involving) : null;
		const matches = this.pairList.filter(
			(p) =>
				(search === '' || p.haystack.includes(search)) &&
				(!involving || involving.has(p.reporter) || involving.has(p.partner))
		);
		const { offset, limit } = page(query);
		return { total: matches.length, rows: matches.slice(offset, offset + limit).map(({ haystack: _, ...row }) => row) };
	}

	async periodSpan(query: SpanQuery): Promise<YearSpan | null> {
		if (!this.vocabulary.codes.has(query.a) || !this.vocabulary.codes.has(query.b)) return null;
		if (query.dataset === 'fdi') {
			const [row] = await this.select<{ n: string; min: number; max: number }>(
				sql`SELECT count() AS n, min(year) AS min, max(year) AS max FROM ${this.table('fdi')}
					WHERE investor NOT IN ${[...AGGREGATES]}
					AND ((investor = ${query.a} AND host = ${query.b}) OR (investor = ${query.b} AND host = ${query.a}))`
			);
			return row && Number(row.n) > 0 ? { min: row.min, max: row.max } : null;
		}
		// Pair spans are read once at open (the pairs table is one row per pair).
		const spans = [this.pairSpans.get(`${query.a}\0${query.b}`), this.pairSpans.get(`${query.b}\0${query.a}`)].filter(
			(s): s is YearSpan => s !== undefined
		);
		if (spans.length === 0) return null;
		return { min: Math.min(...spans.map((s) => s.min)), max: Math.max(...spans.map((s) => s.max)) };
	}

	async trade(query: TradeQuery): Promise<TradeFigure[]> {
		return this.tradeRows<TradeFigure>(TRADE_COLUMNS, sql`productCode = '' AND productClassification = ''`, query);
	}

	async worldTotals(query: Omit<TradeQuery, 'partners'>): Promise<TradeFigure[]> {
		return this.trade({ ...query, partners: ['WLD'] });
	}

	async products(query: ProductQuery): Promise<ProductFigure[]> {
		return this.tradeRows<ProductFigure>(PRODUCT_COLUMNS, sql`productCode != ''`, {
			...query,
			reporters: [query.reporter],
			partners: [query.partner]
		});
	}

	async productPairs(): Promise<ProductPair[]> {
		const rows = await this.select<ProductPair>(
			sql`SELECT DISTINCT reporter, partner FROM ${this.table('trade')} WHERE productCode != '' ORDER BY reporter, partner`
		);
		return rows.filter((p) => !AGGREGATES.has(p.reporter) && !AGGREGATES.has(p.partner));
	}

	async totals(query: { involving?: Iso3[] }): Promise<PairTotalRow[]> {
		const involving = known(query.involving, this.vocabulary.codes);
		if (involving === null) return [];
		const where = involving ? [sql`(subject IN ${involving} OR partner IN ${involving})`] : [];
		return this.select<PairTotalRow>(
			sql`SELECT ${columns(TOTAL_COLUMNS)} FROM ${this.table('totals')} ${whereClause(where)} ORDER BY ord`
		);
	}

	async statements(): Promise<StatementRow[]> {
		return this.select<StatementRow>(
			sql`SELECT ${columns(STATEMENT_COLUMNS)} FROM ${this.table('statements')} ORDER BY ord`
		);
	}

	async breaks(query: { reporters?: Iso3[] }): Promise<SeriesBreakRow[]> {
		const reporters = known(query.reporters, this.vocabulary.codes);
		if (reporters === null) return [];
		const where = reporters ? [sql`reporter IN ${reporters}`] : [];
		return this.select<SeriesBreakRow>(
			sql`SELECT ${columns(BREAK_COLUMNS)} FROM ${this.table('breaks')} ${whereClause(where)} ORDER BY ord`
		);
	}

	async fdi(query: FdiQuery): Promise<FdiFigure[]> {
		const where = this.codeConditions({ investor: query.investors, host: query.hosts });
		if (!where) return [];
		where.push(...this.years(query));
		const { offset, limit } = page(query);
		if (limit === 0) return [];
		return this.select<FdiFigure>(
			sql`SELECT ${columns(FDI_COLUMNS)} FROM ${this.table('fdi')} ${whereClause(where)} ORDER BY ord LIMIT ${offset}, ${limit}`
		);
	}

	async fx(): Promise<FxRate[]> {
		return this.select<FxRate>(
			sql`SELECT year, base, quote, rate, source, note, line FROM ${this.table('fx')} ORDER BY ord`
		);
	}

	async claims(query: ClaimQuery): Promise<ClaimRow[]> {
		const where: Sql[] = [];
		const involving = known(query.involving, this.vocabulary.codes);
		if (involving === null) return [];
		if (involving) where.push(sql`(subject IN ${involving} OR partner IN ${involving})`);
		if (query.topic !== undefined) {
			if (query.topic !== 'trade' && query.topic !== 'fdi') return [];
			where.push(sql`topic = ${query.topic}`);
		}
		return this.select<ClaimRow>(
			sql`SELECT ${columns(CLAIM_COLUMNS)} FROM ${this.table('claims')} ${whereClause(where)} ORDER BY ord`
		);
	}

	async events(query: EventQuery): Promise<EventRow[]> {
		return this.select<EventRow>(
			sql`SELECT date, start, precision, title, description, sources FROM ${this.table('events')} ${whereClause(this.years(query))} ORDER BY ord`
		);
	}

	async sources(query: { ids?: string[] }): Promise<Source[]> {
		const ids = known(query.ids, this.vocabulary.sources);
		if (ids === null) return [];
		return this.select<Source>(
			sql`SELECT id, title, publisher, url, vintage, accessed, notes FROM ${this.table('sources')} ${whereClause(ids ? [sql`id IN ${ids}`] : [])} ORDER BY ord`
		);
	}

	async sourceUsage(): Promise<SourceUsage[]> {
		return this.select<SourceUsage>(
			sql`SELECT id, trade, fdi, events, firstYear, lastYear FROM ${this.table('source_usage')} ORDER BY ord`
		);
	}

	async countries(query: { codes?: Iso3[] }): Promise<Country[]> {
		const codes = known(query.codes, this.vocabulary.codes);
		if (codes === null) return [];
		return this.select<Country>(
			sql`SELECT code, name FROM ${this.table('countries')} ${whereClause(codes ? [sql`code IN ${codes}`] : [])} ORDER BY ord`
		);
	}

	async currencies(): Promise<string[]> {
		return [...this.meta.currencies];
	}

	async counts() {
		const count = (name: string) => sql`(SELECT count() FROM ${this.table(name)})`;
		const [row] = await this.select<Record<'fdi' | 'claims' | 'events' | 'fx', string>>(
			sql`SELECT ${count('fdi')} AS fdi, ${count('claims')} AS claims, ${count('events')} AS events, ${count('fx')} AS fx`
		);
		return {
			trade: Number(this.meta.tradeRows),
			products: Number(this.meta.productRows),
			fdi: Number(row?.fdi),
			claims: Number(row?.claims),
			events: Number(row?.events),
			fx: Number(row?.fx)
		};
	}

	private table(name: string): Sql {
		return tableRef(this.layout, name);
	}

	/** `column IN (known codes)` for each list given; null when a list has no known code (no row can match). */
	private codeConditions(lists: Record<string, readonly string[] | undefined>): Sql[] | null {
		const out: Sql[] = [];
		for (const [column, values] of Object.entries(lists)) {
			const ok = known(values, this.vocabulary.codes);
			if (ok === null) return null;
			if (ok) out.push(sql`${sqlIdentifier(column)} IN ${ok}`);
		}
		return out;
	}

	private years(query: { from?: unknown; to?: unknown }): Sql[] {
		const out: Sql[] = [];
		const from = yearBound(query.from, 'from');
		const to = yearBound(query.to, 'to');
		if (from !== undefined) out.push(sql`year >= ${from}`);
		if (to !== undefined) out.push(sql`year <= ${to}`);
		return out;
	}

	/** Trade or product rows through the Distributed table, in the in-memory store's order (pair, then file line). */
	private async tradeRows<R>(names: readonly string[], kind: Sql, query: TradeQuery): Promise<R[]> {
		const codes = this.codeConditions({ reporter: query.reporters, partner: query.partners });
		if (!codes) return [];
		const where = [kind, ...codes];
		if (query.flow !== undefined) {
			if (!FLOWS.includes(query.flow)) return [];
			where.push(sql`flow = ${query.flow}`);
		}
		where.push(...this.years(query));
		const { offset, limit } = page(query);
		if (limit === 0) return [];
		return this.select<R>(
			sql`SELECT ${columns(names)} FROM ${this.table('trade')} ${whereClause(where)} ORDER BY reporter, partner, line LIMIT ${offset}, ${limit}`
		);
	}

	private select<T>(q: Sql): Promise<T[]> {
		return select<T>(this.client, q).catch((error: unknown) => {
			throw translate(error);
		});
	}
}

function whereClause(conditions: Sql[]): Sql {
	return conditions.length === 0 ? sql`` : sql`WHERE ${sqlJoin(conditions, ' AND ')}`;
}

async function select<T>(client: ClickHouseClient, q: Sql): Promise<T[]> {
	const result = await client.query({ query: toInline(q), format: 'JSONEachRow' });
	return result.json<T>();
}

/**
 * The ClickHouse error code of a failed query. The client parses it from messages of current servers
 * ("Code: 60. DB::Exception: … (UNKNOWN_TABLE)"); 18.16 writes "Code: 60, e.displayText() = …" without
 * the type name, which the client leaves unparsed, so it is read here.
 * @example errorCode(new Error('Code: 279, e.displayText() = DB::NetException: All connection tries failed')) → '279'
 */
export function errorCode(error: unknown): string | undefined {
	const e = error as { code?: unknown; message?: unknown } | null;
	if (typeof e?.code === 'string' && /^\d+$/.test(e.code)) return e.code;
	return /^Code: (\d+)[,.]/.exec(String(e?.message ?? ''))?.[1];
}

/** Errors of the database become StoreUnavailableError when it is unreachable or slow; others stay what they are. */
function translate(error: unknown): Error {
	const code = errorCode(error);
	const message = String((error as { message?: string }).message ?? '');
	const network =
		(code !== undefined && UNAVAILABLE_CODES.has(code)) ||
		/ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|socket hang up|Timeout error|timed out/i.test(message);
	return network ? unavailable(error) : error instanceof Error ? error : new Error(String(error));
}

/**
 * Keeps the ClickHouse store current: the TradeStoreProvider for `STORE=clickhouse`, in place of the
 * in-memory DataService. One ClickHouseTradeStore answers for one data version (it reads its vocabulary
 * once); the provider asks the database every `pollMs` which version is loaded and, when a load has
 * written a new one, opens a store for it and swaps it in whole, so a running server follows
 * `npm run clickhouse:load` without a restart. The store it replaces is closed a minute later, after the
 * requests that hold it have finished. When ClickHouse does not answer, the problem is reported in
 * `status()` and the store being served stays (its own queries then fail with StoreUnavailableError).
 */
export class ClickHouseStoreProvider implements TradeStoreProvider {
	/** A shard can stop answering between two checks: pages are rendered for every request. */
	readonly steady = false;
	private store: ClickHouseTradeStore | null = null;
	private state: StoreStatus;
	private timer: ReturnType<typeof setInterval> | null = null;
	private checking: Promise<void> | null = null;
	private statusTag = 0;

	constructor(
		private readonly config: ClickHouseConfig,
		private readonly pollMs = 5000
	) {
		this.state = {
			directory: `${config.url} (ClickHouse database ${config.layout.database})`,
			servingSince: null,
			lastCheckedAt: '',
			issues: [],
			// Neither parsed CSV nor a snapshot: the interface has no word for a database yet.
			origin: null,
			version: null
		};
	}

	/** Opens the loaded data (awaited by the server before it listens) and starts following new loads. */
	async start(): Promise<void> {
		await this.check();
		this.timer ??= setInterval(() => void this.check(), this.pollMs);
		this.timer.unref();
	}

	async stop(): Promise<void> {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		await this.store?.close();
		this.store = null;
	}

	current(): TradeStore | null {
		return this.store;
	}

	status(): StoreStatus {
		return { ...this.state, issues: [...this.state.issues] };
	}

	get tag(): string {
		return `${this.state.version ?? 'none'}.${this.statusTag}`;
	}

	/** Asks which version is loaded and swaps in a store for it when it is new. Concurrent calls share one check. */
	check(): Promise<void> {
		this.checking ??= this.checkOnce().finally(() => (this.checking = null));
		return this.checking;
	}

	private async checkOnce(): Promise<void> {
		const now = new Date().toISOString();
		const served = this.store;
		try {
			if (served && (await served.loadedVersionId()) === this.state.version) {
				this.report(now, []);
				return;
			}
			const next = await ClickHouseTradeStore.open(this.config);
			const version = await next.version();
			this.store = next;
			this.state = { ...this.state, servingSince: version.loadedAt, version: version.id };
			this.statusTag++;
			this.report(now, []);
			if (served) setTimeout(() => void served.close(), 60_000).unref();
		} catch (error) {
			this.report(now, [
				{
					file: this.state.directory,
					line: 0,
					column: '',
					value: String((error as Error).message ?? error),
					expected: 'a ClickHouse server that answers, with a complete load (npm run clickhouse:load -- DIR)'
				}
			]);
		}
	}

	private report(at: string, issues: StoreStatus['issues']): void {
		const changed = JSON.stringify(issues) !== JSON.stringify(this.state.issues);
		this.state = { ...this.state, lastCheckedAt: at, issues };
		if (changed) this.statusTag++;
	}
}
