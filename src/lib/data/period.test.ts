import { describe, expect, it } from 'vitest';
import { comparePeriods, parseEventDate, parsePeriod, periodsPerYear, previousPeriod, yearPeriod } from './period';
import type { Period } from './types';

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));
const period = (key: string): Period => {
	const p = parsePeriod(key);
	if (!p) throw new Error(`fixture period ${key} does not parse`);
	return p;
};

describe('parsePeriod', () => {
	it.each([
		['2020', 'year', 2020, undefined, utc(2020, 1)],
		['1960', 'year', 1960, undefined, utc(1960, 1)],
		['2020-Q1', 'quarter', 2020, 1, utc(2020, 1)],
		['2020-Q3', 'quarter', 2020, 3, utc(2020, 7)],
		['2019-Q4', 'quarter', 2019, 4, utc(2019, 10)],
		['2020-01', 'month', 2020, 1, utc(2020, 1)],
		['2020-07', 'month', 2020, 7, utc(2020, 7)],
		['2020-12', 'month', 2020, 12, utc(2020, 12)]
	] as const)('reads %s as a %s of %i (sub %s) starting %s in UTC', (text, kind, year, sub, start) => {
		const p = parsePeriod(text);
		expect(p).not.toBeNull();
		expect(p?.kind).toBe(kind);
		expect(p?.key).toBe(text);
		expect(p?.year).toBe(year);
		expect(p?.sub).toBe(sub);
		expect(p?.start.toISOString()).toBe(start.toISOString());
	});

	// Was a bug (fixed): Date.UTC maps years 0–99 to 1900–1999, so '0050' starts in 1950.
	it('starts a year before 100 in that year', () => {
		expect(parsePeriod('0050')?.start.getUTCFullYear()).toBe(50);
	});

	it('trims surrounding blanks and keeps the trimmed text as key', () => {
		expect(parsePeriod(' 2020-Q2 ')?.key).toBe('2020-Q2');
	});

	it.each(['2020/07', '2020-13', '2020-00', '2020-Q5', '2020-Q0', '2020-q3', 'abc', '', '20', '2020-7', '2020-07-01'])(
		'rejects %j',
		(text) => {
			expect(parsePeriod(text)).toBeNull();
		}
	);
});

describe('yearPeriod', () => {
	it('builds the period of a bare year', () => {
		const p = yearPeriod(1999);
		expect(p).toEqual({ kind: 'year', key: '1999', year: 1999, start: utc(1999, 1) });
	});
});

describe('previousPeriod', () => {
	it.each([
		['2020', '2019'],
		['2000', '1999'],
		['2020-Q3', '2020-Q2'],
		['2020-Q1', '2019-Q4'],
		['2020-07', '2020-06'],
		['2020-10', '2020-09'],
		['2020-01', '2019-12']
	])('the period before %s is %s', (key, before) => {
		const prev = previousPeriod(period(key));
		expect(prev.key).toBe(before);
		expect(prev.kind).toBe(period(key).kind);
		expect(prev.start.toISOString()).toBe(period(before).start.toISOString());
	});
});

describe('comparePeriods', () => {
	it.each([
		['2019', '2020', -1],
		['2020', '2019', 1],
		['2020', '2020', 0],
		['2020-Q4', '2021-Q1', -1],
		['2020-12', '2020-11', 1],
		['2020-06', '2020-Q3', -1],
		['2020-Q3', '2020-08', -1]
	])('orders %s against %s by start date (sign %i)', (a, b, sign) => {
		expect(Math.sign(comparePeriods(period(a), period(b)))).toBe(sign);
	});

	it('puts a year before its first quarter and its first month (same start)', () => {
		expect(comparePeriods(period('2020'), period('2020-Q1'))).toBeLessThan(0);
		expect(comparePeriods(period('2020'), period('2020-01'))).toBeLessThan(0);
	});

	it('sorts a mixed list chronologically', () => {
		const keys = ['2021', '2019-Q4', '2020-03', '2018', '2020-01'];
		expect(keys.map(period).sort(comparePeriods).map((p) => p.key)).toEqual(['2018', '2019-Q4', '2020-01', '2020-03', '2021']);
	});

	// Was a bug (fixed): the JSDoc promises "year before its quarters before its months", but the tie-break
	// is key.localeCompare, and '2020-01' sorts before '2020-Q1' (digits before letters).
	it('puts a quarter before the month it starts with, as documented', () => {
		expect(comparePeriods(period('2020-Q1'), period('2020-01'))).toBeLessThan(0);
	});
});

describe('periodsPerYear', () => {
	it.each([
		['year', 1],
		['quarter', 4],
		['month', 12]
	] as const)('a %s is 1/%i of a year', (kind, n) => {
		expect(periodsPerYear(kind)).toBe(n);
	});
});

describe('parseEventDate', () => {
	it.each([
		['1961', 'year', utc(1961, 1, 1)],
		['2023-12', 'month', utc(2023, 12, 1)],
		['2022-11-17', 'day', utc(2022, 11, 17)],
		['2024-02-29', 'day', utc(2024, 2, 29)]
	] as const)('reads %s with %s precision starting %s UTC', (text, precision, start) => {
		const d = parseEventDate(text);
		expect(d?.precision).toBe(precision);
		expect(d?.start.toISOString()).toBe(start.toISOString());
	});

	it.each(['2023-02-30', '2023-02-29', '2023-13', '2023-13-01', '17-11-2022', '2022/11/17', 'soon', ''])('rejects %j', (text) => {
		expect(parseEventDate(text)).toBeNull();
	});
});
