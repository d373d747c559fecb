import { describe, expect, it } from 'vitest';
import {
	coarser,
	convertedPrecision,
	formatFigure,
	formatMoney,
	formatMillions,
	formatPercent,
	formatShare,
	formatQualifiedMillions,
	formatRatio,
	formatTick,
	precisionOf,
	formatDateTime,
	formatCitationDate,
	formatPercentTick,
	formatPercentValue
} from './format';
import { withLocale } from '../i18n/locale';

describe('formatMillions', () => {
	it.each([
		[3987.104, '3,987.1'],
		[-2236.7000000000003, '−2,236.7'],
		[6223.837, '6,223.8'],
		[605707.971943, '605,708.0'],
		[0.05, '0.1'],
		[0, '0.0'],
		[null, '–']
	])('%s → %s', (value, text) => {
		expect(formatMillions(value)).toBe(text);
	});
});

describe('formatPercent', () => {
	it.each([
		[0.1234, '+12.3%'],
		[-0.061114948135, '−6.1%'],
		[0.506054259542, '+50.6%'],
		[0, '0.0%'],
		[null, '–']
	])('%s → %s', (fraction, text) => {
		expect(formatPercent(fraction)).toBe(text);
	});
});

describe('formatRatio', () => {
	it.each([
		[0.640618319535, '0.64'],
		[1.60889925871, '1.61'],
		[1234.5, '1,234.50'],
		[null, '–']
	])('%s → %s', (value, text) => {
		expect(formatRatio(value)).toBe(text);
	});
});

describe('formatTick', () => {
	it.each([
		[12000, '12,000'],
		[2000, '2,000'],
		[-2000, '−2,000'],
		[2.5, '2.5'],
		[12.5, '13'],
		[0, '0']
	])('%d → %s', (value, text) => {
		expect(formatTick(value)).toBe(text);
	});
});

describe('formatQualifiedMillions', () => {
	it.each([
		[2000, 'lower bound', 'lower bound 2,000.0'],
		[10000, 'approximate', 'approximate 10,000.0'],
		[5.5, '', '5.5'],
		[null, 'approximate', '–']
	] as const)('%s with %s → %s', (value, qualifier, text) => {
		expect(formatQualifiedMillions(value, qualifier)).toBe(text);
	});
});

describe('published precision (defect 7: "5.8 bn" showed as 5,800.0)', () => {
	it.each([
		['5.8', 'billions', 5800, '5.8 bn'],
		['10', 'billions', 10000, '10 bn'],
		['1.87', 'billions', 1870, '1.87 bn'],
		['3987.104', 'millions', 3987.104, '3,987.104'],
		// Six decimals in the file (IMF's euro-converted Dutch figures): shown to a thousandth.
		['2658.409842', 'millions', 2658.409842, '2,658.410'],
		['564', 'millions', 564, '564'],
		['-214', 'millions', -214, '−214'],
		['5.5', 'millions', 5.5, '5.5']
	] as const)('%s %s → %s', (text, unit, millions, shown) => {
		expect(formatFigure(millions, precisionOf(text, unit))).toBe(shown);
	});

	it('keeps the qualifier in front', () => {
		expect(formatFigure(10000, precisionOf('10', 'billions'), 'approximate')).toBe('approximate 10 bn');
	});

	it.each([
		// EUR 5.8 bn at 1.11 USD/EUR: two significant digits, still in billions.
		['5.8', 'billions', 6438, '6.4 bn'],
		// USD 3,987.104 mn in won: seven significant digits, so to the million won, not 0.1 million.
		['3987.104', 'millions', 4704782.72, '4,704,783'],
		// USD 564 mn in won (x 1300): three significant digits.
		['564', 'millions', 733200, '733,000']
	] as const)('converted from %s %s → %s', (text, unit, millions, shown) => {
		expect(formatFigure(millions, convertedPrecision(text, unit, millions))).toBe(shown);
	});

	it('a sum is as precise as its least precise part', () => {
		expect(coarser(precisionOf('3987.104', 'millions'), precisionOf('5.8', 'billions'))).toEqual({
			unit: 'billions',
			decimals: 1
		});
		expect(coarser(null, precisionOf('5.8', 'billions'))).toEqual({ unit: 'billions', decimals: 1 });
	});

	it('without a precision, millions with one decimal as before', () => {
		expect(formatFigure(3987.104)).toBe('3,987.1');
		expect(formatFigure(null)).toBe('–');
	});
});

describe('formatMoney', () => {
	it.each([
		['USD', 14980, precisionOf('14980', 'millions'), '', 'USD 14,980 million'],
		['EUR', 5800, precisionOf('5.8', 'billions'), '', 'EUR 5.8 bn'],
		['EUR', 10000, precisionOf('10', 'billions'), 'approximate', 'approximate EUR 10 bn'],
		['USD', 3987.104, null, '', 'USD 3,987.1 million'],
		['USD', null, null, '', '–']
	] as const)('%s %s → %s', (currency, millions, precision, qualifier, text) => {
		expect(formatMoney(currency, millions, precision, qualifier)).toBe(text);
	});
});

describe('formatShare', () => {
	it.each([
		[0.2708, '27.1%'],
		[1, '100.0%'],
		[0, '0.0%'],
		// Rounds to zero: no sign, as formatPercent gives none.
		[-0.0001, '0.0%'],
		[-0.297, '−29.7%'],
		[null, '–']
	])('%s → %s', (fraction, text) => {
		expect(formatShare(fraction)).toBe(text);
	});
});

describe('in the reader’s language', () => {
	it.each([
		['en', -2236.7000000000003, '−2,236.7'],
		['nl', -2236.7000000000003, '−2.236,7'],
		['ko', -2236.7000000000003, '−2,236.7'],
		['nl', 605707.971943, '605.708,0']
	] as const)('%s: formatMillions(%s) → %s', (locale, value, text) => {
		expect(withLocale(locale, () => formatMillions(value))).toBe(text);
	});

	it.each([
		['en', () => formatPercent(-0.061114948135), '−6.1%'],
		['nl', () => formatPercent(0.1234), '+12,3%'],
		['nl', () => formatShare(0.2708), '27,1%'],
		['ko', () => formatShare(0.2708), '27.1%'],
		['nl', () => formatTick(-12000), '−12.000'],
		['nl', () => formatFigure(5800, { unit: 'billions', decimals: 1 }), '5,8 mld'],
		// 5.8 bn = 58억: the same figure, counted in Korean units.
		['ko', () => formatFigure(5800, { unit: 'billions', decimals: 1 }), '58억'],
		['ko', () => formatFigure(10000, { unit: 'billions', decimals: 0 }, 'approximate'), '약 100억'],
		['nl', () => formatMoney('USD', 14980, { unit: 'millions', decimals: 0 }), 'USD 14.980 mln'],
		['ko', () => formatMoney('USD', 14980, { unit: 'millions', decimals: 0 }), '14,980백만 USD'],
		['nl', () => formatDateTime('2026-11-30T22:15:03.120Z'), '30 nov 2026, 22:15 UTC'],
		['ko', () => formatDateTime('2026-11-30T22:15:03.120Z'), '2026. 11. 30. 22:15 UTC'],
		['en', () => formatDateTime('2026-11-30T22:15:03.120Z'), '30 Nov 2026, 22:15 UTC']
	] as const)('%s: %s → %s', (locale, run, text) => {
		expect(withLocale(locale, run)).toBe(text);
	});

	it('keeps text that is not a timestamp as it is', () => {
		expect(formatDateTime('not a date')).toBe('not a date');
	});
});

describe('per-cent values of percent charts, and citation dates', () => {
	it.each([
		['en', () => formatPercentTick(20), '20%'],
		['en', () => formatPercentTick(-2.5), '−2.5%'],
		['en', () => formatPercentTick(-12.4), '−12%'],
		['nl', () => formatPercentTick(-2.5), '−2,5%'],
		['en', () => formatPercentValue(1234.56), '1,234.6%'],
		['nl', () => formatPercentValue(-6.11), '−6,1%'],
		['ko', () => formatPercentValue(null), '–'],
		// Local noon: the same day wherever the tests run.
		['en', () => formatCitationDate(new Date(2025, 10, 23, 12)), 'November 23, 2025'],
		['nl', () => formatCitationDate(new Date(2025, 10, 23, 12)), '23 november 2025'],
		['ko', () => formatCitationDate(new Date(2025, 10, 23, 12)), '2025년 11월 23일']
	] as const)('%s: %s → %s', (locale, run, text) => {
		expect(withLocale(locale, run)).toBe(text);
	});
});
