// What a pair trades, product by product: the composition of one reporter's exports or imports with a
// partner in one year, each product's change on the previous year and share of the total, and the HS
// chapter roll-up. Pure functions over plain rows, so the page, the chart, its CSV and its image agree.
//
// Rules the functions keep:
// - One product set at a time: rows of one source, one classification and one currency. Product
//   figures are never added or compared across classifications, currencies or sources.
// - A missing year is a gap: no previous-year figure means no change (null), never a change from 0.
// - Codes nest: HS 848620 is part of 8486, which is part of chapter 84. When a file publishes both a
//   code and a code inside it, sums take the broader one only, so nothing is counted twice.
// - Qualified figures ("approximate", "lower bound") are shown as such and left out of every sum,
//   change and share, as everywhere else in the dashboard.
import { hsChapterTitle } from './hsChapters';
import type { Flow, ProductTradeObservation, Qualifier, TradeObservation, UnitWord } from './types';

/** The rows that may be compared with each other: one source, one classification, one currency. */
export interface ProductSet {
	source: string;
	classification: string;
	currency: string;
}

/** @example productSetKey({ source: 'comtrade', classification: 'HS', currency: 'USD' }) → 'comtrade:HS:USD' */
export function productSetKey(set: ProductSet): string {
	return `${set.source}:${set.classification}:${set.currency}`;
}

const setOf = (o: ProductTradeObservation): ProductSet => ({
	source: o.source,
	classification: o.product.classification,
	currency: o.currency
});

const inSet = (o: ProductTradeObservation, set: ProductSet) =>
	o.source === set.source && o.product.classification === set.classification && o.currency === set.currency;

/**
 * The years with annual product figures (ascending) and, for each, its product sets with the fullest
 * first (ties by key), so the default view is the fullest one. One pass over the rows: a pair's
 * product file can hold 10⁵ rows. Quarterly and monthly rows are not composed here.
 * @example productSetsByYear(rows) → Map { 2021 → [USD set], 2022 → [USD set, EUR set] }
 */
export function productSetsByYear(rows: readonly ProductTradeObservation[]): Map<number, ProductSet[]> {
	const counts = new Map<number, Map<string, { set: ProductSet; n: number }>>();
	for (const o of rows) {
		if (o.period.kind !== 'year') continue;
		let ofYear = counts.get(o.period.year);
		if (!ofYear) counts.set(o.period.year, (ofYear = new Map()));
		const key = `${o.source}:${o.product.classification}:${o.currency}`;
		const entry = ofYear.get(key);
		if (entry) entry.n++;
		else ofYear.set(key, { set: setOf(o), n: 1 });
	}
	return new Map(
		[...counts.entries()]
			.sort(([a], [b]) => a - b)
			.map(([year, sets]) => [
				year,
				[...sets.entries()].sort(([ka, a], [kb, b]) => b.n - a.n || ka.localeCompare(kb)).map(([, { set }]) => set)
			])
	);
}

/**
 * Whether a classification is a version of the Harmonized System, whose first two digits are its chapter.
 * @example isHs('HS2017') → true; isHs('hs') → true; isHs('SITC Rev.2') → false
 */
export function isHs(classification: string): boolean {
	return /^HS(\b|\d)/i.test(classification.trim());
}

/**
 * A code as digits for nesting and roll-ups: the dots and spaces of "8486.20" dropped.
 * @example normalCode('8486.20') → '848620'; normalCode('0901') → '0901'
 */
export function normalCode(code: string): string {
	return code.replace(/[.\s]/g, '');
}

/**
 * The HS chapter of a code: its first two digits, or null for a code that is not all digits or shorter.
 * @example hsChapterOf('848620') → '84'; hsChapterOf('0901') → '09'; hsChapterOf('TOTAL') → null
 */
export function hsChapterOf(code: string): string | null {
	const digits = normalCode(code);
	return /^\d{2,}$/.test(digits) ? digits.slice(0, 2) : null;
}

/**
 * For each code, the longest other listed code it begins with (its nearest listed parent), or null.
 * Looks up each shorter prefix rather than comparing every pair: an HS6 file has thousands of codes.
 * @example parentCodes(['84', '8486', '848620', '27']) → Map { '84' → null, '8486' → '84', '848620' → '8486', '27' → null }
 */
export function parentCodes(codes: string[]): Map<string, string | null> {
	const byNormal = new Map<string, string>();
	for (const c of codes) if (!byNormal.has(normalCode(c))) byNormal.set(normalCode(c), c);
	const out = new Map<string, string | null>();
	for (const code of codes) {
		const mine = normalCode(code);
		let parent: string | null = null;
		for (let length = mine.length - 1; length > 0 && parent === null; length--) {
			parent = byNormal.get(mine.slice(0, length)) ?? null;
		}
		out.set(code, parent);
	}
	return out;
}

/** Change between two figures; null when either is missing (a gap is never 0). */
function changeOf(value: number | null, previous: number | null): { change: number | null; changePct: number | null } {
	if (value === null || previous === null) return { change: null, changePct: null };
	return { change: value - previous, changePct: previous === 0 ? null : (value - previous) / Math.abs(previous) };
}

export interface ProductLine {
	code: string;
	label: string;
	/** The nearest broader code also listed in the set and year ("8486" for "848620"), or null. */
	within: string | null;
	/** Full currency units. */
	value: number;
	qualifier: Qualifier;
	/** The figure as written in the file, and the unit it was written in. */
	publishedValue: string;
	publishedUnit: UnitWord;
	/** 1-based line in trade.csv. */
	line: number;
	/** The same product, set and flow in the previous year; null when there is no figure (a gap). */
	previous: number | null;
	previousQualifier: Qualifier;
	change: number | null;
	/** Fraction (0.3 = +30 %); null without a previous figure, or when it is 0. */
	changePct: number | null;
	/** Fraction of the total; null for qualified figures or without a total. */
	share: number | null;
}

/**
 * The total shares are taken of. `all goods`: the all-goods figure of the same reporter, partner, flow,
 * year, source and currency; `sum of products`: no such figure, so the sum of the product figures
 * listed (broadest codes only, qualified figures left out) — a subset of all goods.
 */
export type CompositionTotal =
	| { basis: 'all goods'; value: number; line: number }
	| { basis: 'sum of products'; value: number; codes: number };

export interface ChapterLine {
	chapter: string;
	/** The WCO chapter title; null for chapters without one (98, 99). */
	title: string | null;
	value: number;
	/** True when the file publishes the 2-digit chapter figure itself; false when it is a sum. */
	published: boolean;
	/** The codes added up when the chapter is a sum (broadest codes only). */
	codes: string[];
	previous: number | null;
	change: number | null;
	changePct: number | null;
	share: number | null;
}

export interface Composition {
	flow: Flow;
	year: number;
	set: ProductSet;
	/** Every product of the set in the year, largest first. */
	products: ProductLine[];
	total: CompositionTotal | null;
	/** HS chapter roll-up, largest first; null for classifications other than HS. */
	chapters: ChapterLine[] | null;
	/** Codes that could not be placed in a chapter (not digits), for HS sets. */
	unplaced: string[];
	/** Codes left out of sums because their figure is qualified. */
	qualifiedCodes: string[];
}

/**
 * The composition of one flow in one year for one product set, as reported by the rows' reporter.
 * `rows` are the reporter's product rows with the partner (any years, flows and sets); `allGoods` the
 * reporter's all-goods rows with the partner, for the total. Null when the set has no figures then.
 * @example composition(rows, allGoods, { flow: 'export', year: 2022, set }).products[0]
 *   → { code: '8486', value: 650e6, previous: 500e6, change: 150e6, changePct: 0.3, share: 650 / 2400, … }
 */
export function composition(
	rows: readonly ProductTradeObservation[],
	allGoods: readonly TradeObservation[],
	{ flow, year, set }: { flow: Flow; year: number; set: ProductSet }
): Composition | null {
	const ofYear = (y: number) =>
		rows.filter((o) => o.flow === flow && o.period.kind === 'year' && o.period.year === y && inSet(o, set));
	const current = ofYear(year);
	if (current.length === 0) return null;
	const previousByCode = new Map(ofYear(year - 1).map((o) => [normalCode(o.product.code), o]));
	const parents = parentCodes(current.map((o) => o.product.code));
	const plain = (o: ProductTradeObservation) => o.qualifier === '';
	const broadest = current.filter((o) => parents.get(o.product.code) === null && plain(o));

	const allGoodsRow = allGoods.find(
		(o) =>
			o.flow === flow &&
			o.period.kind === 'year' &&
			o.period.year === year &&
			o.source === set.source &&
			o.currency === set.currency &&
			o.qualifier === ''
	);
	const total: CompositionTotal | null = allGoodsRow
		? { basis: 'all goods', value: allGoodsRow.value, line: allGoodsRow.line }
		: broadest.length
			? { basis: 'sum of products', value: sum(broadest.map((o) => o.value)), codes: broadest.length }
			: null;
	const shareOf = (value: number | null) => (value === null || !total || total.value === 0 ? null : value / total.value);

	const products = current
		.map((o): ProductLine => {
			const prev = previousByCode.get(normalCode(o.product.code)) ?? null;
			const both = plain(o) && prev !== null && plain(prev);
			return {
				code: o.product.code,
				label: o.product.label,
				within: parents.get(o.product.code) ?? null,
				value: o.value,
				qualifier: o.qualifier,
				publishedValue: o.publishedValue,
				publishedUnit: o.publishedUnit,
				line: o.line,
				previous: prev?.value ?? null,
				previousQualifier: prev?.qualifier ?? '',
				...(both ? changeOf(o.value, prev.value) : { change: null, changePct: null }),
				share: plain(o) ? shareOf(o.value) : null
			};
		})
		// Codes compare as plain strings: they are ASCII, and locale-aware comparison is many times slower
		// on the thousands of codes of an HS 6-digit file.
		.sort((a, b) => b.value - a.value || byCode(a.code, b.code));

	const hs = isHs(set.classification);
	return {
		flow,
		year,
		set,
		products,
		total,
		chapters: hs ? chapterRollup(current, previousByCode, parents, shareOf) : null,
		unplaced: hs ? current.filter((o) => hsChapterOf(o.product.code) === null).map((o) => o.product.code) : [],
		qualifiedCodes: current.filter((o) => !plain(o)).map((o) => o.product.code)
	};
}

/**
 * HS chapters from codes of any length: a published 2-digit figure is the chapter; otherwise the chapter
 * is the sum of its broadest listed codes. Its previous-year figure is made the same way, from the same
 * codes, and only when every one of them has a plain previous figure: a part-sum is not a comparison.
 */
function chapterRollup(
	current: ProductTradeObservation[],
	previousByCode: Map<string, ProductTradeObservation>,
	parents: Map<string, string | null>,
	shareOf: (v: number | null) => number | null
): ChapterLine[] {
	const byChapter = new Map<string, ProductTradeObservation[]>();
	for (const o of current) {
		const chapter = hsChapterOf(o.product.code);
		if (chapter === null || o.qualifier !== '' || parents.get(o.product.code) !== null) continue;
		const members = byChapter.get(chapter);
		if (members) members.push(o);
		else byChapter.set(chapter, [o]);
	}
	const lines: ChapterLine[] = [];
	for (const [chapter, members] of byChapter) {
		const published = members.length === 1 && normalCode(members[0]?.product.code ?? '') === chapter;
		const value = sum(members.map((o) => o.value));
		const previousRows = members.map((o) => previousByCode.get(normalCode(o.product.code)));
		const previous = previousRows.every((p) => p !== undefined && p.qualifier === '')
			? sum(previousRows.map((p) => (p as ProductTradeObservation).value))
			: null;
		lines.push({
			chapter,
			title: hsChapterTitle(chapter),
			value,
			published,
			codes: published ? [] : members.map((o) => o.product.code).sort(),
			previous,
			...changeOf(value, previous),
			share: shareOf(value)
		});
	}
	return lines.sort((a, b) => b.value - a.value || byCode(a.chapter, b.chapter));
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sum(values: number[]): number {
	return values.reduce((a, b) => a + b, 0);
}

export const COMPOSITION_CSV_COLUMNS = [
	'year',
	'reporter',
	'partner',
	'flow',
	'classification',
	'product_code',
	'product_label',
	'within_code',
	'value',
	'unit',
	'currency',
	'qualifier',
	'previous_year_value_full_units',
	'change_full_units',
	'change_pct',
	'share_pct',
	'share_of',
	'source',
	'line'
] as const;

/**
 * Every product of the compositions as CSV rows: the figure as published (value and unit), then the
 * derived change and share. A missing previous year leaves those cells empty, never 0.
 * @example compositionCsvRows([exports2022], { reporter: 'AAA', partner: 'BBB' })[0]
 *   → [2022, 'AAA', 'BBB', 'export', 'HS', '8486', 'Machines …', '', '650.0', 'millions', 'USD', '', 500000000, 150000000, 30, 27.08…, 'all goods', 'synthetic-products', 17]
 */
export function compositionCsvRows(
	compositions: Composition[],
	{ reporter, partner }: { reporter: string; partner: string }
): (string | number | null)[][] {
	return compositions.flatMap((c) => {
		const shareOf = c.total?.basis ?? '';
		return c.products.map((p) => [
			c.year,
			reporter,
			partner,
			c.flow,
			c.set.classification,
			p.code,
			p.label,
			p.within ?? '',
			p.publishedValue,
			p.publishedUnit,
			c.set.currency,
			p.qualifier,
			p.previous,
			p.change,
			p.changePct === null ? null : p.changePct * 100,
			p.share === null ? null : p.share * 100,
			shareOf,
			c.set.source,
			p.line
		]);
	});
}
