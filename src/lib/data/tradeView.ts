import {
	compoundAnnualGrowth,
	coverageRatio,
	growthRate,
	shareOf,
	totalTrade,
	tradeBalance
} from './derive';
import { coarser, convertedPrecision, precisionOf, type Precision } from './format';
import { m } from '../paraglide/messages';
import { FxTable, type Conversion } from './fx';
import { comparePeriods, filledPeriodKeys, parsePeriod, periodsPerYear, previousPeriod } from './period';
import { tradeSeries } from './series';
import type {
	Currency,
	Dataset,
	Flow,
	Iso3,
	Period,
	Qualifier,
	Source,
	TradeConcept,
	TradeSeries,
	Valuation
} from './types';
import type { ViewState } from './viewState';

/** Values in views are in millions of the currency: the unit most sources publish bilateral trade in. */
export const DISPLAY_MULTIPLIER = 1e6;

/** One period of one source, from the perspective of `reporter` trading with `partner`. */
export interface TradeRow {
	period: string;
	kind: Period['kind'];
	year: number;
	/** Reporter's exports to the partner, in millions; null is a gap. */
	exports: number | null;
	imports: number | null;
	exportsQualifier: Qualifier;
	importsQualifier: Qualifier;
	balance: number | null;
	total: number | null;
	coverage: number | null;
	exportsGrowth: number | null;
	importsGrowth: number | null;
	totalGrowth: number | null;
	/** The partner's share of the figure-giving country's trade with the World, same flow and source. */
	exportsShare: number | null;
	importsShare: number | null;
	/** How precisely each figure was published (converted figures: as many significant digits). */
	exportsPrecision: Precision | null;
	importsPrecision: Precision | null;
	/** Balance and total: no more precise than the less precise of the two flows. */
	derivedPrecision: Precision | null;
	/** The source's note on each figure ("reference year not stated", "treat with caution"…); '' when none. */
	exportsNote: string;
	importsNote: string;
	/** The period of a series break between the previous period and this one: growth here is not trade. */
	breakBefore: string | null;
	/** The rate used when the view converts currencies; null when shown as published. */
	conversion: Conversion | null;
	/** Figures that could not be converted (no rate for the year), in their published currency. Never dropped. */
	unconverted: { exports: number | null; imports: number | null; currency: Currency } | null;
}

/** The figures one source gives for a pair, as reported by one country. */
export interface SourceGroup {
	source: Source;
	/** Whose figures these are. When by = partner, "exports" are the partner's imports from the reporter. */
	by: Iso3;
	currency: Currency;
	/** The published currency when the view converted this group, else null. */
	convertedFrom: Currency | null;
	/** "USD million", in the reader's language. */
	unitLabel: string;
	exportsValuation: Valuation | null;
	importsValuation: Valuation | null;
	concept: TradeConcept;
	rows: TradeRow[];
	cagr: { exports: Cagr | null; imports: Cagr | null; total: Cagr | null };
	/** True if every value is a qualified statement or the group has fewer than 3 periods: drawn as points. */
	sparse: boolean;
	/** Breaks in this group's series (breaks.csv) inside its periods: drawn as markers. */
	breaks: SeriesBreakMarker[];
}

export interface SeriesBreakMarker {
	period: string;
	reporter: Iso3;
	description: string;
	evidence: string;
}

export interface TradeView {
	state: ViewState;
	reporterName: string;
	partnerName: string;
	byName: string;
	/** The figure-giving country's groups: the one with most periods first (drawn as lines). */
	groups: SourceGroup[];
	/** The other country's figures for the same flows, same ordering rule. */
	mirrorGroups: SourceGroup[];
	span: { min: number; max: number };
	/** Policy events in the selected years (empty when hidden). */
	events: EventMarker[];
	/** Claims about this pair's flows in the selected years, in the view's currency (empty when hidden). */
	claims: ClaimPoint[];
}

export interface EventMarker {
	date: string;
	period: string;
	title: string;
	description: string;
	sources: string[];
}

export interface ClaimPoint {
	id: string;
	period: string;
	/** From the reporter's perspective. */
	measure: 'exports' | 'imports';
	/** Whose flow the claim names, and which: "KOR", "import" for "Korean imports from the Netherlands". */
	subject: Iso3;
	flow: string;
	/** Millions of the view's currency. */
	value: number;
	currency: Currency;
	qualifier: Qualifier;
	claimant: string;
	statement: string;
	conversion: Conversion | null;
	source: Source;
}

/**
 * Builds the trade view for a state: series per source for the chosen side, each with balance, total,
 * coverage, growth and World shares, plus the other side's mirror figures for the same flows.
 * @example tradeView(ds, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2020, to: 2020 })
 *   .groups[0].rows[0] → { period: '2020', exports: 3987.1, imports: 6223.8, balance: -2236.7, … }
 */
export function tradeView(dataset: Dataset, state: ViewState, span: { min: number; max: number }): TradeView {
	const other = state.by === state.reporter ? state.partner : state.reporter;
	const name = (code: Iso3) => dataset.countries.get(code)?.name ?? code;
	const groups = sourceGroups(dataset, state, state.by);
	return {
		state,
		reporterName: name(state.reporter),
		partnerName: name(state.partner),
		byName: name(state.by),
		groups,
		mirrorGroups: sourceGroups(dataset, state, other),
		span,
		// Layers the reader turns on: a plain view shows the two reporters' figures only.
		events: state.events ? eventMarkers(dataset, state) : [],
		claims: state.claims ? claimPoints(dataset, state, groups[0]?.currency) : []
	};
}

function eventMarkers(dataset: Dataset, state: ViewState): EventMarker[] {
	return dataset.events
		.filter((e) => {
			const y = e.start.getUTCFullYear();
			return y >= state.from && y <= state.to;
		})
		.map((e) => ({
			date: e.date,
			period: String(e.start.getUTCFullYear()),
			title: e.title,
			description: e.description,
			sources: e.sources
		}));
}

/**
 * Trade claims about the pair, placed on the reporter's exports or imports, in the view's currency:
 * the primary series' currency unless the view converts. A claim in another currency is converted at
 * the year's rate, or left out of the chart (the /claims page still lists it) when there is none.
 */
function claimPoints(dataset: Dataset, state: ViewState, primaryCurrency: Currency | undefined): ClaimPoint[] {
	const target =
		state.currency ?? primaryCurrency ?? dataset.trade.find((o) => o.reporter === state.reporter)?.currency;
	const fx = new FxTable(dataset.fx);
	const out: ClaimPoint[] = [];
	for (const c of dataset.claims) {
		// A product subset (e.g. machinery only) is not a figure of all goods: never a point on their chart.
		if (c.topic !== 'trade' || c.product || c.period.year < state.from || c.period.year > state.to) continue;
		let measure: 'exports' | 'imports';
		if (c.subject === state.reporter && c.partner === state.partner) measure = c.flow === 'export' ? 'exports' : 'imports';
		else if (c.subject === state.partner && c.partner === state.reporter) measure = c.flow === 'export' ? 'imports' : 'exports';
		else continue;
		if (!target) continue;
		const conversion = c.currency === target ? null : fx.conversion(c.currency, target, c.period.year);
		if (c.currency !== target && !conversion) continue;
		out.push({
			id: c.id,
			period: c.period.key,
			measure,
			subject: c.subject,
			flow: c.flow,
			value: (c.value * (conversion?.rate ?? 1)) / DISPLAY_MULTIPLIER,
			currency: target,
			qualifier: c.qualifier,
			claimant: c.claimant,
			statement: c.statement,
			conversion,
			source: dataset.sources.get(c.source) as Source
		});
	}
	return out;
}

function sourceGroups(dataset: Dataset, state: ViewState, by: Iso3): SourceGroup[] {
	const counterpart = by === state.reporter ? state.partner : state.reporter;
	// From the reporter's perspective: its exports are what `by` reports as exports when by is the
	// reporter, and what `by` reports as imports (from the reporter) when by is the partner.
	const exportFlow: Flow = by === state.reporter ? 'export' : 'import';
	const importFlow: Flow = exportFlow === 'export' ? 'import' : 'export';
	const bilateral = tradeSeries(dataset, { reporter: by, partner: counterpart });
	const world = tradeSeries(dataset, { reporter: by, partner: 'WLD' });
	const fx = state.currency ? new FxTable(dataset.fx) : null;

	const keys = new Map<string, { source: string; currency: Currency }>();
	for (const s of bilateral) keys.set(`${s.source}|${s.currency}`, { source: s.source, currency: s.currency });

	const groups: SourceGroup[] = [];
	for (const { source, currency } of keys.values()) {
		const find = (list: TradeSeries[], flow: Flow) =>
			list.find((s) => s.flow === flow && s.source === source && s.currency === currency);
		const exportsSeries = find(bilateral, exportFlow);
		const importsSeries = find(bilateral, importFlow);
		const target = state.currency && state.currency !== currency ? state.currency : null;
		const convert = fx && target ? (year: number) => fx.conversion(currency, target, year) : null;
		const breaks = dataset.breaks
			.filter((b) => b.reporter === by && b.source === source)
			.map((b) => ({ period: b.period.key, reporter: b.reporter, description: b.description, evidence: b.evidence }));
		const rows = groupRows(
			exportsSeries,
			importsSeries,
			find(world, exportFlow),
			find(world, importFlow),
			state,
			convert,
			currency,
			breaks.map((b) => b.period)
		);
		if (rows.length === 0) continue;
		const inRows = breaks.filter((b) => rows.some((r) => r.period === b.period) && rows[0]?.period !== b.period);
		const src = dataset.sources.get(source) as Source;
		const qualified = rows.every(
			(r) => (r.exports === null || r.exportsQualifier !== '') && (r.imports === null || r.importsQualifier !== '')
		);
		groups.push({
			source: src,
			by,
			currency: target ?? currency,
			convertedFrom: target ? currency : null,
			unitLabel: target
				? m.trade_unit_converted({ currency: target, from: currency })
				: m.trade_unit({ currency }),
			exportsValuation: exportsSeries?.valuation ?? null,
			importsValuation: importsSeries?.valuation ?? null,
			concept: (exportsSeries ?? importsSeries)?.concept ?? 'not stated',
			rows,
			cagr: cagrOf(rows),
			sparse: qualified || rows.length < 3,
			breaks: inRows
		});
	}
	return groups.sort((a, b) => countValues(b) - countValues(a) || a.source.id.localeCompare(b.source.id));
}

/** Plain (unqualified) values: a complete series must outrank a few statements like "more than 2 bn". */
function countValues(g: SourceGroup): number {
	return g.rows.reduce(
		(n, r) => n + (r.exports !== null && r.exportsQualifier === '' ? 1 : 0) + (r.imports !== null && r.importsQualifier === '' ? 1 : 0),
		0
	);
}

interface IndexedPoint {
	value: number;
	qualifier: Qualifier;
	period: Period;
	precision: Precision | null;
	note: string;
}
type PointIndex = Map<string, IndexedPoint>;

function index(series: TradeSeries | undefined): PointIndex {
	const map: PointIndex = new Map();
	for (const p of series?.points ?? []) {
		if (p.value === null) continue;
		map.set(p.period.key, {
			value: p.value / DISPLAY_MULTIPLIER,
			qualifier: p.qualifier,
			period: p.period,
			precision: p.publishedValue && p.publishedUnit ? precisionOf(p.publishedValue, p.publishedUnit) : null,
			note: p.note ?? ''
		});
	}
	return map;
}

type Converter = ((year: number) => Conversion | null) | null;

/**
 * Applies a currency conversion to an index; periods without a rate are left out of the converted index.
 * A converted figure keeps as many significant digits as the published one, no more.
 */
function converted(map: PointIndex, convert: Converter, series?: TradeSeries): PointIndex {
	if (!convert) return map;
	const published = new Map((series?.points ?? []).map((p) => [p.period.key, p]));
	const out: PointIndex = new Map();
	for (const [key, p] of map) {
		const c = convert(p.period.year);
		if (!c) continue;
		const value = p.value * c.rate;
		const src = published.get(key);
		const precision =
			src?.publishedValue && src.publishedUnit ? convertedPrecision(src.publishedValue, src.publishedUnit, value) : null;
		out.set(key, { ...p, value, precision });
	}
	return out;
}

function groupRows(
	exportsSeries: TradeSeries | undefined,
	importsSeries: TradeSeries | undefined,
	worldExports: TradeSeries | undefined,
	worldImports: TradeSeries | undefined,
	state: ViewState,
	convert: Converter = null,
	publishedCurrency: Currency = '',
	breakPeriods: string[] = []
): TradeRow[] {
	const publishedEx = index(exportsSeries);
	const publishedIm = index(importsSeries);
	const ex = converted(publishedEx, convert, exportsSeries);
	const im = converted(publishedIm, convert, importsSeries);
	// World totals are converted with the same rate, so shares are unchanged by a currency switch.
	const wx = converted(index(worldExports), convert);
	const wm = converted(index(worldImports), convert);
	const periods = new Map<string, Period>();
	for (const points of [publishedEx, publishedIm]) for (const [key, p] of points) periods.set(key, p.period);
	const inRange = [...periods.values()]
		.filter((p) => p.year >= state.from && p.year <= state.to)
		.sort(comparePeriods);
	if (inRange.length === 0) return [];

	// Every period between the first and last figure gets a row, so a missing year is an explicit gap.
	const all = filledPeriodKeys(inRange.map((p) => p.key)).map((k) => parsePeriod(k) as Period);
	// Qualified statements ("around", "more than") are shown but never computed with.
	const plain = (points: PointIndex, key: string) => {
		const p = points.get(key);
		return p && p.qualifier === '' ? p.value : null;
	};
	return all.map((period) => {
		const key = period.key;
		const prev = previousPeriod(period).key;
		const e = plain(ex, key);
		const i = plain(im, key);
		const pe = plain(ex, prev);
		const pi = plain(im, prev);
		const conversion = convert ? convert(period.year) : null;
		const missingRate = convert !== null && conversion === null;
		const hasPublished = publishedEx.has(key) || publishedIm.has(key);
		return {
			period: key,
			kind: period.kind,
			year: period.year,
			exports: ex.get(key)?.value ?? null,
			imports: im.get(key)?.value ?? null,
			exportsQualifier: ex.get(key)?.qualifier ?? '',
			importsQualifier: im.get(key)?.qualifier ?? '',
			exportsPrecision: ex.get(key)?.precision ?? null,
			importsPrecision: im.get(key)?.precision ?? null,
			derivedPrecision: coarser(ex.get(key)?.precision ?? null, im.get(key)?.precision ?? null),
			exportsNote: publishedEx.get(key)?.note ?? '',
			importsNote: publishedIm.get(key)?.note ?? '',
			breakBefore: breakPeriods.includes(key) ? key : null,
			balance: tradeBalance(e, i),
			total: totalTrade(e, i),
			coverage: coverageRatio(e, i),
			exportsGrowth: growthRate(pe, e),
			importsGrowth: growthRate(pi, i),
			totalGrowth: growthRate(totalTrade(pe, pi), totalTrade(e, i)),
			exportsShare: shareOf(e, plain(wx, key)),
			importsShare: shareOf(i, plain(wm, key)),
			conversion,
			unconverted:
				missingRate && hasPublished
					? {
							exports: publishedEx.get(key)?.value ?? null,
							imports: publishedIm.get(key)?.value ?? null,
							currency: publishedCurrency
						}
					: null
		};
	});
}


/** Compound growth of one measure between its first and last plain values in the selection. */
export interface Cagr {
	value: number;
	from: string;
	to: string;
	/** The period of a series break inside (from, to]: the rate mixes two bases. */
	acrossBreak: string | null;
}

/**
 * CAGR per measure over the selected years, from the first to the last period that has a plain value
 * (a gap at either end of the selection moves the end, and the years say so).
 */
function cagrOf(rows: TradeRow[]): SourceGroup['cagr'] {
	const of = (pick: (r: TradeRow) => number | null): Cagr | null => {
		const withValue = rows
			.map((r, i) => ({ r, i, v: pick(r) }))
			.filter((x): x is { r: TradeRow; i: number; v: number } => x.v !== null);
		const first = withValue[0];
		const last = withValue[withValue.length - 1];
		if (!first || !last || first === last) return null;
		const value = compoundAnnualGrowth(first.v, last.v, (last.i - first.i) / periodsPerYear(first.r.kind));
		const acrossBreak = rows.slice(first.i + 1, last.i + 1).find((r) => r.breakBefore)?.breakBefore ?? null;
		return value === null ? null : { value, from: first.r.period, to: last.r.period, acrossBreak };
	};
	return {
		exports: of((r) => (r.exportsQualifier === '' ? r.exports : null)),
		imports: of((r) => (r.importsQualifier === '' ? r.imports : null)),
		total: of((r) => r.total)
	};
}

/**
 * The latest period with a value of a measure in a group, for headline figures. Qualified statements
 * ("around", "more than") count only when asked for, and then come back with their qualifier.
 * @example latestValue(group, 'exports') → { period: '2020', value: 3987.104, qualifier: '' }
 */
export function latestValue(
	group: SourceGroup,
	measure: 'exports' | 'imports' | 'balance' | 'total',
	{ includeQualified = false }: { includeQualified?: boolean } = {}
): { period: string; value: number; qualifier: Qualifier; precision: Precision | null } | null {
	for (let i = group.rows.length - 1; i >= 0; i--) {
		const row = group.rows[i] as TradeRow;
		const value = row[measure];
		const qualifier = measure === 'exports' ? row.exportsQualifier : measure === 'imports' ? row.importsQualifier : '';
		const precision =
			measure === 'exports' ? row.exportsPrecision : measure === 'imports' ? row.importsPrecision : row.derivedPrecision;
		if (value !== null && (includeQualified || qualifier === '')) return { period: row.period, value, qualifier, precision };
	}
	return null;
}
