// Derived measures. Every function takes and returns `number | null`: null is a gap and stays a gap.
// A derived value exists only when all its inputs exist; nothing is ever filled in.

/**
 * Trade balance, exports minus imports.
 * @example tradeBalance(3987.1, 6223.8) → -2236.7 (rounded by the caller's formatter)
 */
export function tradeBalance(exports: number | null, imports: number | null): number | null {
	return exports === null || imports === null ? null : exports - imports;
}

/** Total trade, exports plus imports. @example totalTrade(3987.1, 6223.8) → 10210.9 */
export function totalTrade(exports: number | null, imports: number | null): number | null {
	return exports === null || imports === null ? null : exports + imports;
}

/**
 * Export/import coverage ratio: exports as a share of imports (1 = balanced trade).
 * @example coverageRatio(3987.1, 6223.8) → 0.6406…; coverageRatio(5, 0) → null
 */
export function coverageRatio(exports: number | null, imports: number | null): number | null {
	return exports === null || imports === null || imports === 0 ? null : exports / imports;
}

/**
 * Growth from one period to the next, as a fraction (0.1 = +10 %). Undefined from zero or across a gap.
 * @example growthRate(100, 110) → 0.1; growthRate(null, 110) → null; growthRate(0, 5) → null
 */
export function growthRate(previous: number | null, current: number | null): number | null {
	if (previous === null || current === null || previous === 0) return null;
	return (current - previous) / Math.abs(previous);
}

/**
 * Compound annual growth rate between two values `years` apart. Undefined when either end is missing
 * or not positive (a CAGR through a sign change means nothing).
 * @example compoundAnnualGrowth(100, 121, 2) → 0.1
 */
export function compoundAnnualGrowth(first: number | null, last: number | null, years: number): number | null {
	if (first === null || last === null || first <= 0 || last <= 0 || years <= 0) return null;
	return (last / first) ** (1 / years) - 1;
}

/**
 * A part as a share of a whole, e.g. the partner's share of the reporter's trade with the World.
 * @example shareOf(3987.1, 512498.0) → 0.00778…; shareOf(1, 0) → null
 */
export function shareOf(part: number | null, whole: number | null): number | null {
	return part === null || whole === null || whole === 0 ? null : part / whole;
}

/**
 * Mirror gap: what one side reports minus what the other side reports for the same flow.
 * @example mirrorGap(3987.1, 6414.8) → { absolute: -2427.7, relative: -0.3784… }
 */
export function mirrorGap(
	reported: number | null,
	mirror: number | null
): { absolute: number | null; relative: number | null } {
	if (reported === null || mirror === null) return { absolute: null, relative: null };
	return { absolute: reported - mirror, relative: mirror === 0 ? null : (reported - mirror) / mirror };
}

/**
 * CIF/FOB ratio of a mirror pair: the importer's CIF value over the exporter's FOB value. Above 1 is the
 * expected freight-and-insurance margin; far from 1 points at other causes.
 * @example cifFobRatio(6414.8, 3987.1) → 1.6088…
 */
export function cifFobRatio(importsCif: number | null, exportsFob: number | null): number | null {
	return importsCif === null || exportsFob === null || exportsFob === 0 ? null : importsCif / exportsFob;
}

/**
 * Rounds for output so float noise never reaches a table or a CSV (−2236.7000000000003 → −2236.7),
 * keeping more digits than any source prints.
 * @example roundForOutput(-2236.7000000000003) → -2236.7
 */
export function roundForOutput(value: number, decimals = 6): number {
	return Number(value.toFixed(decimals));
}

/**
 * Rounds to significant digits, for outputs that mix large values and small rates (a KRW→EUR rate of
 * 0.000742 must keep its digits where a fixed number of decimals would flatten it). Fifteen by default:
 * the most a figure in data/ may have (and what a double holds exactly), so a published value comes
 * out as written while binary noise (…0000003) goes; 12 once cut IMF's 2829912.768511 to …76851.
 * @example roundSignificant(-2236.7000000000003) → -2236.7; roundSignificant(1140427.5584379998) → 1140427.558438
 */
export function roundSignificant(value: number, digits = 15): number {
	return value === 0 ? 0 : Number(value.toPrecision(digits));
}
