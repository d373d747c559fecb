// The default TradeStore: answers queries from the columns of one loaded data set (columnar.ts), in this
// process. Immutable: a reload builds a new instance and the service swaps it in whole.
import { AGGREGATES } from '../../data/series';
import {
	FLOWS,
	QUALIFIERS,
	TRADE_CONCEPTS,
	VALUATIONS,
	type Country,
	type FxRate,
	type Iso3,
	type Source
} from '../../data/types';
import { UNIT_WORDS, yearOfKey, type StoreData, type TradeTable } from './columnar';
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
	TradeStore,
	YearSpan
} from './types';

/** The most rows one query returns when it gives no limit (a page of a full-data download is smaller). */
export const MAX_ROWS = 1_000_000;
const decoder = new TextDecoder();

interface PairEntry extends PairRow {
	/** Lower-case codes and names, for search. */
	haystack: string;
}

export class MemoryTradeStore implements TradeStore {
	private readonly codeIndex: Map<string, number>;
	private readonly periodYears: Int32Array;
	private readonly pairList: PairEntry[];
	private readonly names: Map<Iso3, string>;
	/** Positions in pairList of each country's pairs (either side), ascending. */
	private readonly pairsByCountry = new Map<Iso3, number[]>();

	constructor(private readonly data: StoreData) {
		this.codeIndex = new Map(data.dict.codes.map((c, i) => [c, i]));
		this.periodYears = Int32Array.from(data.dict.periods.map(yearOfKey));
		this.names = new Map(data.small.countries.map((c) => [c.code, c.name]));
		// Pairs are in code order already (the table is sorted by reporter, then partner codes).
		const t = data.trade;
		const n = data.dict.codes.length;
		this.pairList = [];
		for (let k = 0; k < t.pairKey.length; k++) {
			const key = t.pairKey[k] as number;
			const reporter = data.dict.codes[Math.floor(key / n)] as string;
			const partner = data.dict.codes[key % n] as string;
			if (AGGREGATES.has(reporter) || AGGREGATES.has(partner)) continue;
			const reporterName = this.names.get(reporter) ?? reporter;
			const partnerName = this.names.get(partner) ?? partner;
			this.pairList.push({
				reporter,
				partner,
				reporterName,
				partnerName,
				firstYear: t.pairFirstYear[k] as number,
				lastYear: t.pairLastYear[k] as number,
				haystack: `${reporter} ${reporterName} ${partner} ${partnerName}`.toLowerCase()
			});
			for (const code of [reporter, partner]) {
				const list = this.pairsByCountry.get(code);
				if (list) list.push(this.pairList.length - 1);
				else this.pairsByCountry.set(code, [this.pairList.length - 1]);
			}
		}
	}

	async version(): Promise<DataVersion> {
		return { ...this.data.version, files: { ...this.data.version.files } };
	}

	async pairs(query: PairQuery): Promise<PairPage> {
		const search = query.search?.trim().toLowerCase() ?? '';
		// A country's pairs come from its index (a view asks this on every request); a search scans.
		let candidates: PairEntry[] = this.pairList;
		if (query.involving) {
			const positions = new Set<number>();
			for (const code of query.involving) for (const i of this.pairsByCountry.get(code) ?? []) positions.add(i);
			candidates = [...positions].sort((a, b) => a - b).map((i) => this.pairList[i] as PairEntry);
		}
		const matches = search === '' ? candidates : candidates.filter((p) => p.haystack.includes(search));
		const offset = Math.max(0, query.offset ?? 0);
		const limit = Math.max(0, query.limit ?? MAX_ROWS);
		return {
			total: matches.length,
			rows: matches.slice(offset, offset + limit).map(({ haystack: _, ...row }) => row)
		};
	}

	async periodSpan(query: SpanQuery): Promise<YearSpan | null> {
		if (query.dataset === 'fdi') {
			let min = Infinity;
			let max = -Infinity;
			for (const o of this.data.small.fdi) {
				if (AGGREGATES.has(o.investor)) continue;
				if (!((o.investor === query.a && o.host === query.b) || (o.investor === query.b && o.host === query.a)))
					continue;
				const y = yearOfKey(o.period);
				min = Math.min(min, y);
				max = Math.max(max, y);
			}
			return Number.isFinite(min) ? { min, max } : null;
		}
		const t = this.data.trade;
		let min = Infinity;
		let max = -Infinity;
		for (const [r, p] of [
			[query.a, query.b],
			[query.b, query.a]
		] as const) {
			const k = this.pairSlot(t, r, p);
			if (k < 0) continue;
			min = Math.min(min, t.pairFirstYear[k] as number);
			max = Math.max(max, t.pairLastYear[k] as number);
		}
		return Number.isFinite(min) ? { min, max } : null;
	}

	async trade(query: TradeQuery): Promise<TradeFigure[]> {
		return this.select(this.data.trade, query, (i) => this.tradeFigure(this.data.trade, i));
	}

	async worldTotals(query: Omit<TradeQuery, 'partners'>): Promise<TradeFigure[]> {
		return this.trade({ ...query, partners: ['WLD'] });
	}

	async products(query: ProductQuery): Promise<ProductFigure[]> {
		const t = this.data.products;
		return this.select(t, { ...query, reporters: [query.reporter], partners: [query.partner] }, (i) => {
			const [productClassification, productCode, productLabel] = this.data.dict.products[t.product[i] as number] as [
				string,
				string,
				string
			];
			return { ...this.tradeFigure(t, i), productClassification, productCode, productLabel };
		});
	}

	async productPairs(): Promise<ProductPair[]> {
		const t = this.data.products;
		const n = this.data.dict.codes.length;
		const pairs: ProductPair[] = [];
		for (let k = 0; k < t.pairKey.length; k++) {
			const key = t.pairKey[k] as number;
			const reporter = this.data.dict.codes[Math.floor(key / n)] as string;
			const partner = this.data.dict.codes[key % n] as string;
			if (!AGGREGATES.has(reporter) && !AGGREGATES.has(partner)) pairs.push({ reporter, partner });
		}
		return pairs;
	}

	async totals(query: { involving?: Iso3[] }): Promise<PairTotalRow[]> {
		const involving = query.involving ? new Set(query.involving) : null;
		return this.data.small.totals
			.filter((t) => !involving || involving.has(t.subject) || involving.has(t.partner))
			.map((t) => ({ ...t }));
	}

	async statements(): Promise<StatementRow[]> {
		return this.data.small.statements.map((s) => ({ ...s, evidence: [...s.evidence] }));
	}

	async breaks(query: { reporters?: Iso3[] }): Promise<SeriesBreakRow[]> {
		const reporters = query.reporters ? new Set(query.reporters) : null;
		return this.data.small.breaks.filter((b) => !reporters || reporters.has(b.reporter)).map((b) => ({ ...b }));
	}

	async fdi(query: FdiQuery): Promise<FdiFigure[]> {
		const investors = query.investors ? new Set(query.investors) : null;
		const hosts = query.hosts ? new Set(query.hosts) : null;
		const rows = this.data.small.fdi.filter((o) => {
			const y = yearOfKey(o.period);
			return (
				(!investors || investors.has(o.investor)) &&
				(!hosts || hosts.has(o.host)) &&
				(query.from === undefined || y >= query.from) &&
				(query.to === undefined || y <= query.to)
			);
		});
		const offset = query.offset ?? 0;
		return rows.slice(offset, offset + (query.limit ?? MAX_ROWS)).map((o) => ({ ...o }));
	}

	async fx(): Promise<FxRate[]> {
		return this.data.small.fx.map((r) => ({ ...r }));
	}

	async claims(query: ClaimQuery): Promise<ClaimRow[]> {
		const involving = query.involving ? new Set(query.involving) : null;
		return this.data.small.claims
			.filter(
				(c) =>
					(!involving || involving.has(c.subject) || involving.has(c.partner)) &&
					(query.topic === undefined || c.topic === query.topic)
			)
			.map((c) => ({ ...c }));
	}

	async events(query: EventQuery): Promise<EventRow[]> {
		return this.data.small.events
			.filter((e) => {
				const y = Number(e.start.slice(0, 4));
				return (query.from === undefined || y >= query.from) && (query.to === undefined || y <= query.to);
			})
			.map((e) => ({ ...e, sources: [...e.sources] }));
	}

	async sources(query: { ids?: string[] }): Promise<Source[]> {
		const ids = query.ids ? new Set(query.ids) : null;
		return this.data.small.sources.filter((s) => !ids || ids.has(s.id)).map((s) => ({ ...s }));
	}

	async sourceUsage(): Promise<SourceUsage[]> {
		return this.data.small.sourceUsage.map((u) => ({ ...u }));
	}

	async countries(query: { codes?: Iso3[] }): Promise<Country[]> {
		const codes = query.codes ? new Set(query.codes) : null;
		return this.data.small.countries.filter((c) => !codes || codes.has(c.code)).map((c) => ({ ...c }));
	}

	async currencies(): Promise<string[]> {
		return [...this.data.small.currencies];
	}

	async counts() {
		const s = this.data.small;
		return {
			trade: this.data.trade.length,
			products: this.data.products.length,
			fdi: s.fdi.length,
			claims: s.claims.length,
			events: s.events.length,
			fx: s.fx.length
		};
	}

	/** The slot of a pair in a table's pair index (binary search), or -1. */
	private pairSlot(t: TradeTable, reporter: Iso3, partner: Iso3): number {
		const r = this.codeIndex.get(reporter);
		const p = this.codeIndex.get(partner);
		if (r === undefined || p === undefined) return -1;
		const key = r * this.data.dict.codes.length + p;
		let lo = 0;
		let hi = t.pairKey.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const k = t.pairKey[mid] as number;
			if (k === key) return mid;
			if (k < key) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	/** Row ranges a query can touch: the pairs asked for, a reporter's pairs, or the whole table. */
	private ranges(t: TradeTable, query: TradeQuery): [number, number][] {
		if (query.reporters && query.partners) {
			const out: [number, number][] = [];
			const reporters = [...new Set(query.reporters)].sort();
			const partners = [...new Set(query.partners)].sort();
			for (const r of reporters) {
				for (const p of partners) {
					const k = this.pairSlot(t, r, p);
					if (k >= 0) out.push([t.pairStart[k] as number, t.pairEnd[k] as number]);
				}
			}
			return out;
		}
		if (query.reporters) {
			const n = this.data.dict.codes.length;
			const out: [number, number][] = [];
			for (const r of [...new Set(query.reporters)].sort()) {
				const code = this.codeIndex.get(r);
				if (code === undefined) continue;
				// The reporter's pairs are one run of the pair index: keys code*n … code*n + n - 1.
				const first = lowerBound(t.pairKey, code * n);
				const last = lowerBound(t.pairKey, (code + 1) * n);
				if (first < last) out.push([t.pairStart[first] as number, t.pairEnd[last - 1] as number]);
			}
			return out;
		}
		return [[0, t.length]];
	}

	private select<R>(t: TradeTable, query: TradeQuery, make: (i: number) => R): R[] {
		const partners = query.partners ? new Set(query.partners.map((p) => this.codeIndex.get(p) ?? -1)) : null;
		const flow = query.flow === undefined ? -1 : FLOWS.indexOf(query.flow);
		const from = query.from ?? -Infinity;
		const to = query.to ?? Infinity;
		const filtered = partners !== null || flow >= 0 || query.from !== undefined || query.to !== undefined;
		let skip = Math.max(0, query.offset ?? 0);
		const limit = Math.min(MAX_ROWS, Math.max(0, query.limit ?? MAX_ROWS));
		const out: R[] = [];
		for (const [start, end] of this.ranges(t, query)) {
			// Without filters a range can be entered at the offset directly (full-data downloads page through).
			let i = start;
			if (!filtered) {
				const jump = Math.min(skip, end - start);
				i += jump;
				skip -= jump;
			}
			for (; i < end && out.length < limit; i++) {
				if (partners && !partners.has(t.partner[i] as number)) continue;
				if (flow >= 0 && t.flow[i] !== flow) continue;
				const y = this.periodYears[t.period[i] as number] as number;
				if (y < from || y > to) continue;
				if (skip > 0) {
					skip--;
					continue;
				}
				out.push(make(i));
			}
			if (out.length >= limit) break;
		}
		return out;
	}

	private tradeFigure(t: TradeTable, i: number): TradeFigure {
		const d = this.data.dict;
		return {
			period: d.periods[t.period[i] as number] as string,
			reporter: d.codes[t.reporter[i] as number] as string,
			partner: d.codes[t.partner[i] as number] as string,
			flow: FLOWS[t.flow[i] as number] as TradeFigure['flow'],
			value: t.value[i] as number,
			currency: d.currencies[t.currency[i] as number] as string,
			publishedUnit: UNIT_WORDS[t.unit[i] as number] as TradeFigure['publishedUnit'],
			publishedValue: decoder.decode(t.published.bytes.subarray(t.published.offsets[i], t.published.offsets[i + 1])),
			valuation: VALUATIONS[t.valuation[i] as number] as TradeFigure['valuation'],
			concept: TRADE_CONCEPTS[t.concept[i] as number] as TradeFigure['concept'],
			qualifier: QUALIFIERS[t.qualifier[i] as number] as TradeFigure['qualifier'],
			source: d.sources[t.source[i] as number] as string,
			note: d.notes[t.note[i] as number] as string,
			line: t.line[i] as number
		};
	}
}

/** The first index whose value is ≥ key, in an ascending array. */
function lowerBound(a: Uint32Array, key: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((a[mid] as number) < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
