import { isMatch, parse } from 'date-fns';
import type { Period } from './types';

// date-fns parses into local time; we only read the calendar fields back out and build UTC dates,
// so the server's time zone can never shift a period into the previous year.
const REFERENCE = new Date(2000, 0, 1);

const PERIOD_FORMATS = [
	{ kind: 'year', pattern: /^\d{4}$/, format: 'yyyy' },
	{ kind: 'quarter', pattern: /^\d{4}-Q[1-4]$/, format: "yyyy-'Q'Q" },
	{ kind: 'month', pattern: /^\d{4}-\d{2}$/, format: 'yyyy-MM' }
] as const;

export const PERIOD_EXPECTED = 'a year (2020), quarter (2020-Q3) or month (2020-07)';

/**
 * Parses a period in its canonical text form.
 * @example parsePeriod('2020-Q3') → { kind: 'quarter', key: '2020-Q3', year: 2020, sub: 3, start: 2020-07-01 }
 * @example parsePeriod('2020/07') → null
 */
export function parsePeriod(text: string): Period | null {
	// A data file repeats a few dozen periods over millions of rows: parse each text once. The cached
	// Period objects are shared, so they are frozen.
	const cached = periodCache.get(text);
	if (cached !== undefined) return cached;
	const parsed = parsePeriodUncached(text);
	if (periodCache.size < 10_000) periodCache.set(text, parsed ? Object.freeze(parsed) : null);
	return parsed;
}

const periodCache = new Map<string, Period | null>();

function parsePeriodUncached(text: string): Period | null {
	const trimmed = text.trim();
	for (const { kind, pattern, format } of PERIOD_FORMATS) {
		if (!pattern.test(trimmed) || !isMatch(trimmed, format)) continue;
		const local = parse(trimmed, format, REFERENCE);
		if (Number.isNaN(local.getTime())) return null;
		const year = local.getFullYear();
		const month = local.getMonth();
		const start = utcDate(year, month, 1);
		if (kind === 'year') return { kind, key: trimmed, year, start };
		const sub = kind === 'quarter' ? Math.floor(month / 3) + 1 : month + 1;
		return { kind, key: trimmed, year, sub, start };
	}
	return null;
}

/** A period for a bare year, for building ranges. @example yearPeriod(2020).key → '2020' */
export function yearPeriod(year: number): Period {
	return { kind: 'year', key: String(year), year, start: utcDate(year, 0, 1) };
}

/** A UTC date; unlike Date.UTC, years 0–99 stay in the first century instead of becoming 1900–1999. */
function utcDate(year: number, month: number, day: number): Date {
	const d = new Date(Date.UTC(2000, month, day));
	d.setUTCFullYear(year);
	return d;
}

const KIND_ORDER: Record<Period['kind'], number> = { year: 0, quarter: 1, month: 2 };

/** Orders periods by start date, then by kind (year before its quarters before its months). */
export function comparePeriods(a: Period, b: Period): number {
	return a.start.getTime() - b.start.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.key.localeCompare(b.key);
}

/**
 * The period immediately before `p` of the same kind, for year-on-year style comparisons.
 * @example previousPeriod(parsePeriod('2020-Q1')).key → '2019-Q4'
 */
export function previousPeriod(p: Period): Period {
	if (p.kind === 'year') return parsePeriod(yearText(p.year - 1)) ?? yearPeriod(p.year - 1);
	const sub = p.sub ?? 1;
	if (p.kind === 'quarter') {
		const key = sub === 1 ? `${yearText(p.year - 1)}-Q4` : `${yearText(p.year)}-Q${sub - 1}`;
		return parsePeriod(key) as Period;
	}
	const key = sub === 1 ? `${yearText(p.year - 1)}-12` : `${yearText(p.year)}-${String(sub - 1).padStart(2, '0')}`;
	return parsePeriod(key) as Period;
}

/**
 * Every period from the earliest to the latest of `keys`, gaps included, so a missing period becomes an
 * explicit gap on a chart axis. Keys that do not parse are ignored.
 * @example filledPeriodKeys(['2003', '2001']) → ['2001', '2002', '2003']
 */
export function filledPeriodKeys(keys: Iterable<string>): string[] {
	const periods = [...new Set(keys)]
		.map((k) => parsePeriod(k))
		.filter((p): p is Period => p !== null)
		.sort(comparePeriods);
	const first = periods[0];
	const last = periods[periods.length - 1];
	if (!first || !last) return [];
	// Mixed kinds (a year and a quarter) cannot be filled step by step: list them as they are.
	if (periods.some((p) => p.kind !== first.kind)) return periods.map((p) => p.key);
	const out: string[] = [];
	for (let p = last; comparePeriods(p, first) >= 0; p = previousPeriod(p)) out.push(p.key);
	return out.reverse();
}

const yearText = (year: number) => String(year).padStart(4, '0');

/** How many of the period's kind make a year: used to annualise compound growth. */
export function periodsPerYear(kind: Period['kind']): number {
	return kind === 'year' ? 1 : kind === 'quarter' ? 4 : 12;
}

const EVENT_FORMATS = [
	{ precision: 'day', pattern: /^\d{4}-\d{2}-\d{2}$/, format: 'yyyy-MM-dd' },
	{ precision: 'month', pattern: /^\d{4}-\d{2}$/, format: 'yyyy-MM' },
	{ precision: 'year', pattern: /^\d{4}$/, format: 'yyyy' }
] as const;

export const EVENT_DATE_EXPECTED = 'a date as 2022-11-17, 2022-11 or 2022';

/**
 * Parses an event date of year, month or day precision.
 * @example parseEventDate('2023-12') → { precision: 'month', start: 2023-12-01 }
 * @example parseEventDate('2023-02-30') → null
 */
export function parseEventDate(text: string): { precision: 'year' | 'month' | 'day'; start: Date } | null {
	const trimmed = text.trim();
	for (const { precision, pattern, format } of EVENT_FORMATS) {
		if (!pattern.test(trimmed) || !isMatch(trimmed, format)) continue;
		const local = parse(trimmed, format, REFERENCE);
		if (Number.isNaN(local.getTime())) return null;
		return {
			precision,
			start: utcDate(local.getFullYear(), local.getMonth(), local.getDate())
		};
	}
	return null;
}
