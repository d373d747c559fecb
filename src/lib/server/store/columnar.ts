// The in-memory layout of a loaded data set: trade figures as typed columns (dictionary-encoded codes,
// Float64Array values, UTF-8 bytes for the published text of each value), sorted by pair so one pair's
// rows are one contiguous range found by binary search. Everything here is typed arrays plus small
// string dictionaries, so it moves between threads without copying (transfer) and is written to disk
// as-is (snapshot.ts). Small tables (sources, FDI, claims, events, rates) stay plain rows.
//
// Relative imports only: this module also runs in the loader worker, outside Vite.
import { comparePeriods, parsePeriod } from '../../data/period';
import {
	FLOWS,
	QUALIFIERS,
	TRADE_CONCEPTS,
	UNIT_MULTIPLIERS,
	VALUATIONS,
	type Country,
	type Dataset,
	type FxRate,
	type Period,
	type ProductTradeObservation,
	type Source,
	type TradeObservation,
	type UnitWord
} from '../../data/types';
import type {
	ClaimRow,
	DataVersion,
	EventRow,
	FdiFigure,
	PairTotalRow,
	SeriesBreakRow,
	SourceUsage,
	StatementRow
} from './types';

export const UNIT_WORDS = Object.keys(UNIT_MULTIPLIERS) as UnitWord[];

/** Variable-length UTF-8 text per row: row i is bytes[offsets[i] .. offsets[i+1]). */
export interface TextColumn {
	offsets: Uint32Array;
	bytes: Uint8Array;
}

/** Dictionary indexes: 16 bits when the dictionary has fewer than 65,536 entries (it nearly always has). */
export type CodeColumn = Uint16Array | Uint32Array;

/** Trade figures as columns, sorted by reporter, partner and line in the file. */
export interface TradeTable {
	length: number;
	/** Index into dict.periods (which is in time order). */
	period: CodeColumn;
	/** Index into dict.codes (alphabetical, so index order is code order). */
	reporter: CodeColumn;
	partner: CodeColumn;
	/** Index into FLOWS, UNIT_WORDS, VALUATIONS, TRADE_CONCEPTS, QUALIFIERS. */
	flow: Uint8Array;
	unit: Uint8Array;
	valuation: Uint8Array;
	concept: Uint8Array;
	qualifier: Uint8Array;
	value: Float64Array;
	currency: CodeColumn;
	source: CodeColumn;
	note: CodeColumn;
	line: Uint32Array;
	published: TextColumn;
	/** Index into dict.products; all zeros in the all-goods table. */
	product: CodeColumn;
	/** Per pair, sorted by key = reporter * codes.length + partner: its row range and year span. */
	pairKey: Uint32Array;
	pairStart: Uint32Array;
	pairEnd: Uint32Array;
	pairFirstYear: Int32Array;
	pairLastYear: Int32Array;
}

export interface Dictionaries {
	codes: string[];
	periods: string[];
	currencies: string[];
	sources: string[];
	notes: string[];
	/** [classification, code, label]; entry 0 is the empty product of all-goods rows. */
	products: [string, string, string][];
}

/** Small tables, kept as plain rows. */
export interface SmallTables {
	sources: Source[];
	countries: Country[];
	fx: FxRate[];
	claims: ClaimRow[];
	events: EventRow[];
	fdi: FdiFigure[];
	totals: PairTotalRow[];
	statements: StatementRow[];
	breaks: SeriesBreakRow[];
	currencies: string[];
	sourceUsage: SourceUsage[];
}

export interface StoreData {
	version: DataVersion;
	dict: Dictionaries;
	trade: TradeTable;
	products: TradeTable;
	small: SmallTables;
}

/** The typed arrays of a table, by name, in a fixed order (the snapshot writes them in this order). */
export const TABLE_ARRAYS = [
	'period',
	'reporter',
	'partner',
	'flow',
	'unit',
	'valuation',
	'concept',
	'qualifier',
	'value',
	'currency',
	'source',
	'note',
	'line',
	'product',
	'pairKey',
	'pairStart',
	'pairEnd',
	'pairFirstYear',
	'pairLastYear'
] as const;
export type TableArrayName = (typeof TABLE_ARRAYS)[number];

/** Every ArrayBuffer behind a data set, once each: what postMessage transfers instead of copying. */
export function transferList(data: StoreData): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	for (const t of [data.trade, data.products]) {
		for (const name of TABLE_ARRAYS) buffers.add(t[name].buffer as ArrayBuffer);
		buffers.add(t.published.offsets.buffer as ArrayBuffer);
		buffers.add(t.published.bytes.buffer as ArrayBuffer);
	}
	return [...buffers];
}

/** Assigns dense ids to strings; `sorted()` renumbers them in a given order afterwards. */
class Dictionary {
	readonly ids = new Map<string, number>();
	id(value: string): number {
		let id = this.ids.get(value);
		if (id === undefined) this.ids.set(value, (id = this.ids.size));
		return id;
	}
	values(): string[] {
		return [...this.ids.keys()];
	}
}

function sortedDictionary(values: Iterable<string>, compare?: (a: string, b: string) => number): Map<string, number> {
	const list = [...new Set(values)].sort(compare);
	return new Map(list.map((v, i) => [v, i]));
}

const periodCache = new Map<string, Period>();
/** Periods from their canonical keys, parsed once each (every key in a store came from parsePeriod). */
export function periodOf(key: string): Period {
	let p = periodCache.get(key);
	if (!p) {
		p = parsePeriod(key) as Period;
		periodCache.set(key, p);
	}
	return p;
}

/** The calendar year of a period key: its first four digits ("2020-Q3" → 2020). */
export function yearOfKey(key: string): number {
	return Number(key.slice(0, 4));
}

const encoder = new TextEncoder();

function tradeTable(
	rows: (TradeObservation | ProductTradeObservation)[],
	ids: {
		codes: Map<string, number>;
		periods: Map<string, number>;
		currencies: Dictionary;
		sources: Dictionary;
		notes: Dictionary;
		products: Dictionary;
	},
	codeCount: number,
	periodYears: Int32Array
): TradeTable {
	const n = rows.length;
	const reporter = new Uint32Array(n);
	const partner = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		const o = rows[i] as TradeObservation;
		reporter[i] = ids.codes.get(o.reporter) as number;
		partner[i] = ids.codes.get(o.partner) as number;
	}
	// Sort so that one pair is one range; within it, rows keep their order in the file (line), which is the
	// order the pure view functions met them in before there was a store.
	const line = new Uint32Array(n);
	for (let i = 0; i < n; i++) line[i] = (rows[i] as TradeObservation).line;
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort(
		(a, b) =>
			(reporter[a] as number) - (reporter[b] as number) ||
			(partner[a] as number) - (partner[b] as number) ||
			(line[a] as number) - (line[b] as number)
	);
	const t: TradeTable = {
		length: n,
		period: new Uint32Array(n),
		reporter: new Uint32Array(n),
		partner: new Uint32Array(n),
		flow: new Uint8Array(n),
		unit: new Uint8Array(n),
		valuation: new Uint8Array(n),
		concept: new Uint8Array(n),
		qualifier: new Uint8Array(n),
		value: new Float64Array(n),
		currency: new Uint32Array(n),
		source: new Uint32Array(n),
		note: new Uint32Array(n),
		line: new Uint32Array(n),
		product: new Uint32Array(n),
		published: { offsets: new Uint32Array(n + 1), bytes: new Uint8Array(0) },
		pairKey: new Uint32Array(0),
		pairStart: new Uint32Array(0),
		pairEnd: new Uint32Array(0),
		pairFirstYear: new Int32Array(0),
		pairLastYear: new Int32Array(0)
	};
	const texts: Uint8Array[] = [];
	let bytes = 0;
	const keys: number[] = [];
	const starts: number[] = [];
	const firstYears: number[] = [];
	const lastYears: number[] = [];
	for (let j = 0; j < n; j++) {
		const i = order[j] as number;
		const o = rows[i] as ProductTradeObservation;
		t.period[j] = ids.periods.get(o.period.key) as number;
		t.reporter[j] = reporter[i] as number;
		t.partner[j] = partner[i] as number;
		t.flow[j] = FLOWS.indexOf(o.flow);
		t.unit[j] = UNIT_WORDS.indexOf(o.publishedUnit);
		t.valuation[j] = VALUATIONS.indexOf(o.valuation);
		t.concept[j] = TRADE_CONCEPTS.indexOf(o.concept);
		t.qualifier[j] = QUALIFIERS.indexOf(o.qualifier);
		t.value[j] = o.value;
		t.currency[j] = ids.currencies.id(o.currency);
		t.source[j] = ids.sources.id(o.source);
		t.note[j] = ids.notes.id(o.note);
		t.line[j] = o.line;
		t.product[j] = o.product
			? ids.products.id(JSON.stringify([o.product.classification, o.product.code, o.product.label]))
			: 0;
		const text = encoder.encode(o.publishedValue);
		texts.push(text);
		bytes += text.length;
		t.published.offsets[j + 1] = bytes;
		const key = (reporter[i] as number) * codeCount + (partner[i] as number);
		const year = periodYears[t.period[j] as number] as number;
		if (keys.length === 0 || keys[keys.length - 1] !== key) {
			keys.push(key);
			starts.push(j);
			firstYears.push(year);
			lastYears.push(year);
		} else {
			const k = keys.length - 1;
			firstYears[k] = Math.min(firstYears[k] as number, year);
			lastYears[k] = Math.max(lastYears[k] as number, year);
		}
	}
	t.published.bytes = new Uint8Array(bytes);
	for (let j = 0, at = 0; j < n; j++) {
		const text = texts[j] as Uint8Array;
		t.published.bytes.set(text, at);
		at += text.length;
	}
	t.pairKey = Uint32Array.from(keys);
	t.pairStart = Uint32Array.from(starts);
	t.pairEnd = Uint32Array.from(starts.map((_, k) => (k + 1 < starts.length ? (starts[k + 1] as number) : n)));
	t.pairFirstYear = Int32Array.from(firstYears);
	t.pairLastYear = Int32Array.from(lastYears);
	for (const name of ['period', 'reporter', 'partner', 'currency', 'source', 'note', 'product'] as const)
		t[name] = narrow(t[name]);
	return t;
}

/** A column of indexes in 16 bits when every index fits. @example narrow(Uint32Array.of(1, 2)) → Uint16Array [1, 2] */
export function narrow(column: CodeColumn): CodeColumn {
	let max = 0;
	for (let i = 0; i < column.length; i++) if ((column[i] as number) > max) max = column[i] as number;
	return max < 65_536 ? Uint16Array.from(column) : column;
}

/**
 * Turns a validated Dataset into the store's layout. Runs in the loader worker: the Dataset (objects per
 * row, about 600 bytes each) is dropped with the worker, and only the columns cross to the server.
 * @example columnar(buildDataset(files).dataset, version).trade.length → 502 (bundled data)
 */
export function columnar(dataset: Dataset, version: DataVersion): StoreData {
	const all = [...dataset.trade, ...dataset.productTrade];
	const codes = sortedDictionary(all.flatMap((o) => [o.reporter, o.partner]));
	const periods = sortedDictionary(
		all.map((o) => o.period.key),
		(a, b) => comparePeriods(periodOf(a), periodOf(b))
	);
	const periodYears = Int32Array.from([...periods.keys()].map(yearOfKey));
	const ids = {
		codes,
		periods,
		currencies: new Dictionary(),
		sources: new Dictionary(),
		notes: new Dictionary(),
		products: new Dictionary()
	};
	ids.products.id(JSON.stringify(['', '', '']));
	ids.notes.id('');
	const trade = tradeTable(dataset.trade, ids, codes.size, periodYears);
	const products = tradeTable(dataset.productTrade, ids, codes.size, periodYears);
	return {
		version,
		dict: {
			codes: [...codes.keys()],
			periods: [...periods.keys()],
			currencies: ids.currencies.values(),
			sources: ids.sources.values(),
			notes: ids.notes.values(),
			products: ids.products.values().map((p) => JSON.parse(p) as [string, string, string])
		},
		trade,
		products,
		small: smallTables(dataset)
	};
}

/** The small tables of a data set as the store serves them (also what the ClickHouse load writes). */
export function smallTables(dataset: Dataset): SmallTables {
	const usage = new Map<string, SourceUsage>();
	const use = (id: string, year?: number) => {
		let u = usage.get(id);
		if (!u) usage.set(id, (u = { id, trade: 0, fdi: 0, events: 0, firstYear: null, lastYear: null }));
		if (year !== undefined) {
			u.firstYear = Math.min(u.firstYear ?? year, year);
			u.lastYear = Math.max(u.lastYear ?? year, year);
		}
		return u;
	};
	for (const o of dataset.trade) use(o.source, o.period.year).trade++;
	for (const o of dataset.fdi) use(o.source, o.period.year).fdi++;
	for (const e of dataset.events) for (const s of e.sources) use(s).events++;

	const currencies = new Set<string>(dataset.trade.map((o) => o.currency));
	for (const r of dataset.fx) {
		// Pre-euro national currencies (guilders) are only a bridge for old rates, not a display choice.
		if (r.year >= 1999) {
			currencies.add(r.base);
			currencies.add(r.quote);
		}
	}
	return {
		sources: [...dataset.sources.values()],
		countries: [...dataset.countries.values()],
		fx: dataset.fx.map((r) => ({ ...r })),
		claims: dataset.claims.map(({ period, ...c }) => ({ ...c, period: period.key })),
		events: dataset.events.map(({ start, ...e }) => ({ ...e, start: start.toISOString() })),
		fdi: dataset.fdi.map(({ period, ...o }) => ({ ...o, period: period.key })),
		totals: dataset.totals.map(({ period, ...t }) => ({ ...t, period: period.key })),
		statements: dataset.statements.map(({ period, ...t }) => ({ ...t, period: period?.key ?? null })),
		breaks: dataset.breaks.map(({ period, ...b }) => ({ ...b, period: period.key })),
		currencies: [...currencies].sort(),
		sourceUsage: [...usage.values()]
	};
}
