// The formatters were made cheaper (formatters found by their option constant instead of a JSON key,
// format() instead of formatToParts where no minus sign can appear) without changing one output: the
// implementation they replaced is kept here, as it was, and every formatter must agree with it for
// random numbers (gaps, −0, infinities, tiny and huge magnitudes, values that round to zero),
// precisions and languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withLocale, getLocale, INTL_LOCALE, locales } from '../i18n/locale';
import { m } from '../paraglide/messages';
import * as current from './format';
import type { UnitWord } from './types';

/** The number formatting of format.ts before the change, verbatim but for the names. */
const before = (() => {
	const formatters = new Map<string, Intl.NumberFormat>();
	function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
		const locale = INTL_LOCALE[getLocale()];
		const key = `${locale} ${JSON.stringify(options)}`;
		let f = formatters.get(key);
		if (!f) {
			f = new Intl.NumberFormat(locale, options);
			formatters.set(key, f);
		}
		return f;
	}
	function format(value: number, options: Intl.NumberFormatOptions): string {
		let text = '';
		for (const part of numberFormat(options).formatToParts(value))
			text += part.type === 'minusSign' ? '\u2212' : part.value;
		return text;
	}
	const ONE_DECIMAL = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
	const decimalsOf = (d: number) => ({ minimumFractionDigits: d, maximumFractionDigits: d });
	const MAX_DECIMALS = 3;
	const MULTIPLIER: Record<UnitWord, number> = { units: 1, thousands: 1e3, millions: 1e6, billions: 1e9 };
	const formatMillions = (value: number | null) => (value === null ? '–' : format(value, ONE_DECIMAL));
	return {
		formatMillions,
		formatPercent: (fraction: number | null) =>
			fraction === null ? '–' : format(fraction, { style: 'percent', ...ONE_DECIMAL, signDisplay: 'exceptZero' }),
		formatShare: (fraction: number | null) =>
			fraction === null ? '–' : format(fraction, { style: 'percent', ...ONE_DECIMAL, signDisplay: 'negative' }),
		formatRatio: (value: number | null) => (value === null ? '–' : format(value, decimalsOf(2))),
		formatTick: (value: number) => format(value, { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }),
		formatCount: (value: number) => format(value, { maximumFractionDigits: 0 }),
		formatPercentTick: (percent: number) =>
			format(percent / 100, { style: 'percent', maximumFractionDigits: Math.abs(percent) < 10 ? 1 : 0 }),
		formatPercentValue: (percent: number | null) =>
			percent === null ? '–' : format(percent / 100, { style: 'percent', ...ONE_DECIMAL }),
		formatRate: (rate: number) =>
			format(rate, { maximumFractionDigits: rate >= 100 ? 2 : rate >= 1 ? 4 : 6 }),
		formatFigure(millions: number | null, precision?: current.Precision | null, qualifier = ''): string {
			if (millions === null) return '–';
			const prefix = qualifier ? `${current.qualifierText(qualifier)} ` : '';
			if (!precision) return prefix + formatMillions(millions);
			if (precision.unit === 'thousands' || precision.unit === 'units') {
				const d = Math.max(0, precision.decimals + (precision.unit === 'thousands' ? 3 : 6));
				return prefix + format(millions, decimalsOf(Math.min(d, 6)));
			}
			const inUnit = (millions * 1e6) / MULTIPLIER[precision.unit];
			const step = 10 ** -precision.decimals;
			const rounded = precision.decimals < 0 ? Math.round(inUnit / step) * step : inUnit;
			const decimals = Math.min(MAX_DECIMALS, Math.max(0, precision.decimals));
			if (precision.unit !== 'billions') return prefix + format(rounded, decimalsOf(decimals));
			if (getLocale() === 'ko') {
				return prefix + m.figure_billions({ value: format(rounded * 10, decimalsOf(Math.max(0, decimals - 1))) });
			}
			return prefix + m.figure_billions({ value: format(rounded, decimalsOf(decimals)) });
		}
	};
})();

// Numbers as they come (any double, −0, ±∞, NaN) and as figures are (a few decimals, either sign,
// many near zero so that rounding to −0.0 and 0.0 is tried often).
const number = fc.oneof(
	fc.double(),
	fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
	fc.double({ min: -0.1, max: 0.1, noNaN: true }),
	fc.constantFrom(0, -0, 0.05, -0.05, -0.0004999, 0.9995, -0.9995, 1e21, -1e21, Number.MAX_VALUE, Number.MIN_VALUE)
);
const gapOr = fc.option(number, { nil: null, freq: 10 });
const locale = fc.constantFrom(...locales);
const precision = fc.option(
	fc.record({
		unit: fc.constantFrom<UnitWord>('units', 'thousands', 'millions', 'billions'),
		decimals: fc.integer({ min: -4, max: 8 })
	}),
	{ nil: null, freq: 8 }
);
const qualifier = fc.constantFrom('', 'approximate', 'lower bound');
const runs = { numRuns: 3000 };

describe('the formatters write what the implementation before them wrote', () => {
	for (const name of ['formatMillions', 'formatPercent', 'formatShare', 'formatRatio', 'formatPercentValue'] as const) {
		it(name, () => {
			fc.assert(
				fc.property(locale, gapOr, (lang, value) => {
					withLocale(lang, () => expect(current[name](value)).toBe(before[name](value)));
				}),
				runs
			);
		});
	}

	for (const name of ['formatTick', 'formatCount', 'formatPercentTick'] as const) {
		it(name, () => {
			fc.assert(
				fc.property(locale, number, (lang, value) => {
					withLocale(lang, () => expect(current[name](value)).toBe(before[name](value)));
				}),
				runs
			);
		});
	}

	it('formatRate', () => {
		// Rates are positive (units of one currency per unit of another), from tiny to large.
		const rate = fc.oneof(fc.double({ min: 1e-9, max: 1e7, noNaN: true }), fc.constantFrom(1, 100, 0.999999, 99.99995));
		fc.assert(
			fc.property(locale, rate, (lang, value) => {
				withLocale(lang, () => expect(current.formatRate(value)).toBe(before.formatRate(value)));
			}),
			runs
		);
	});

	it('formatFigure, at every published precision, with and without a qualifier', () => {
		fc.assert(
			fc.property(locale, gapOr, precision, qualifier, (lang, value, p, q) => {
				withLocale(lang, () => expect(current.formatFigure(value, p, q)).toBe(before.formatFigure(value, p, q)));
			}),
			runs
		);
	});

});
