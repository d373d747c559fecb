// Number formatting shared by tables, tooltips, headlines and images, in the reader's language: every
// number goes through Intl with the current locale (getLocale(): the request's on the server, the
// page's in the browser), one memoised formatter per locale and style. Minus signs are the typographic
// U+2212 in every language, taken from Intl's own parts (formatToParts), not by editing digits.
import { getLocale, INTL_LOCALE } from '../i18n/locale';
import { m } from '../paraglide/messages';
import type { Qualifier, UnitWord } from './types';

// One Intl.NumberFormat per locale and options, made on first use and found again by the options
// object itself: every call site passes one of the frozen constants below, never a fresh object, so a
// lookup is two Map hits. (Keying by JSON.stringify(options) on every call, and formatToParts for every
// number, were ~7 % of rendering /trade on the server.)
const formatters = new Map<string, Map<Intl.NumberFormatOptions, Intl.NumberFormat>>();

/** The memoised Intl.NumberFormat of the current locale for one of this module's option constants. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const locale = INTL_LOCALE[getLocale()];
	let byOptions = formatters.get(locale);
	if (!byOptions) formatters.set(locale, (byOptions = new Map()));
	let f = byOptions.get(options);
	if (!f) {
		f = new Intl.NumberFormat(locale, options);
		byOptions.set(options, f);
	}
	return f;
}

/** Formats with a typographic minus (U+2212) in place of the locale's hyphen-minus. */
function format(value: number, options: Intl.NumberFormatOptions): string {
	const f = numberFormat(options);
	// Only a negative number or −0 is written with a minus sign; for any other, format() is by
	// definition the concatenation of formatToParts' values (ECMA-402), without an array of parts.
	if (!(value < 0 || Object.is(value, -0))) return f.format(value);
	let text = '';
	for (const part of f.formatToParts(value)) text += part.type === 'minusSign' ? '\u2212' : part.value;
	return text;
}

/** Option constants for 0…6 fraction digits (the most any figure is shown with), indexed by the digits. */
const digitOptions = (make: (digits: number) => Intl.NumberFormatOptions) =>
	Object.freeze(Array.from({ length: 7 }, (_, digits) => Object.freeze(make(digits))));
const FIXED = digitOptions((d) => ({ minimumFractionDigits: d, maximumFractionDigits: d }));
const AT_MOST = digitOptions((d) => ({ maximumFractionDigits: d }));
const PERCENT_AT_MOST = digitOptions((d) => ({ style: 'percent', maximumFractionDigits: d }));

/** The option constant for `digits` fraction digits; anything but 0…6 is a mistake in this module. */
function withDigits(table: readonly Intl.NumberFormatOptions[], digits: number): Intl.NumberFormatOptions {
	const options = table[digits];
	if (!options) throw new RangeError(`format: ${digits} fraction digits (0 to 6 are formatted)`);
	return options;
}

const ONE_DECIMAL = withDigits(FIXED, 1);
const PERCENT_CHANGE = Object.freeze({ style: 'percent', ...ONE_DECIMAL, signDisplay: 'exceptZero' } as const);
const PERCENT_SHARE = Object.freeze({ style: 'percent', ...ONE_DECIMAL, signDisplay: 'negative' } as const);
const PERCENT_ONE_DECIMAL = Object.freeze({ style: 'percent', ...ONE_DECIMAL } as const);

/**
 * A value in millions with one decimal; a gap reads as an en dash, never as 0.
 * @example formatMillions(-2236.7000000000003) → '−2,236.7' (en), '−2.236,7' (nl); formatMillions(null) → '–'
 */
export function formatMillions(value: number | null): string {
	return value === null ? '–' : format(value, ONE_DECIMAL);
}

/** @example formatPercent(0.1234) → '+12.3%' (input is a fraction); nl '+12,3%' */
export function formatPercent(fraction: number | null): string {
	return fraction === null ? '–' : format(fraction, PERCENT_CHANGE);
}

/**
 * A share of a whole (input is a fraction): like formatPercent without the plus sign a change has;
 * 'negative' also keeps a rounded -0.0 unsigned.
 * @example formatShare(0.2708) → '27.1%'; formatShare(null) → '–'
 */
export function formatShare(fraction: number | null): string {
	return fraction === null ? '–' : format(fraction, PERCENT_SHARE);
}

/** @example formatRatio(0.64062) → '0.64' */
export function formatRatio(value: number | null): string {
	return value === null ? '–' : format(value, withDigits(FIXED, 2));
}

/** Axis ticks: compact and without decimals for large values. @example formatTick(12000) → '12,000' */
export function formatTick(value: number): string {
	return format(value, withDigits(AT_MOST, Math.abs(value) < 10 ? 1 : 0));
}

/** A count in the reader's grouping (years are not counts: show them as they are). @example formatCount(1234) → '1,234' */
export function formatCount(value: number): string {
	return format(value, withDigits(AT_MOST, 0));
}

/**
 * A source's qualifier in the reader's language.
 * @example qualifierText('lower bound') → 'lower bound' (en), '최소' (ko), 'meer dan' (nl)
 */
export function qualifierText(qualifier: Qualifier | string): string {
	if (qualifier === 'approximate') return m.qualifier_approximate();
	if (qualifier === 'lower bound') return m.qualifier_lower_bound();
	return qualifier;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment (an ISO timestamp) as readers write it, in UTC to the minute; text that is not a date is kept.
 * @example formatDateTime('2026-11-30T22:15:03.120Z') → '30 Nov 2026, 22:15 UTC' (en)
 */
export function formatDateTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const locale = INTL_LOCALE[getLocale()];
	let f = dateFormats.get(locale);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
		dateFormats.set(locale, f);
	}
	return `${f.format(date)} UTC`;
}

/**
 * A value in millions with the source's own qualifier in front, so "around" and "more than" travel
 * with the number wherever it is shown.
 * @example formatQualifiedMillions(2000, 'lower bound') → 'lower bound 2,000.0'; formatQualifiedMillions(5.5, '') → '5.5'
 */
export function formatQualifiedMillions(value: number | null, qualifier: string): string {
	return `${qualifier && value !== null ? `${qualifierText(qualifier)} ` : ''}${formatMillions(value)}`;
}

/**
 * How precisely a figure was published: the unit it was printed in and the decimals of that unit. A
 * negative `decimals` rounds to tens, hundreds… (a converted "5.8 bn" is good to 0.1 bn, not to a dollar).
 */
export interface Precision {
	unit: UnitWord;
	decimals: number;
}

const MAX_DECIMALS = 3;
const MULTIPLIER: Record<UnitWord, number> = { units: 1, thousands: 1e3, millions: 1e6, billions: 1e9 };

/**
 * The precision of a value cell as written.
 * @example precisionOf('5.8', 'billions') → { unit: 'billions', decimals: 1 }; precisionOf('564', 'millions') → { unit: 'millions', decimals: 0 }
 */
export function precisionOf(publishedValue: string, unit: UnitWord): Precision {
	const decimals = /\.(\d+)$/.exec(publishedValue.trim())?.[1]?.length ?? 0;
	return { unit, decimals };
}

/**
 * The precision a converted figure can claim: as many significant digits as the published one had,
 * in the published unit (so KRW converted from "3987.104" USD mn is shown to the million won, not 0.1).
 * @example convertedPrecision('5.8', 'billions', 6440) → { unit: 'billions', decimals: 1 }
 * @example convertedPrecision('3987.104', 'millions', 4704782.7) → { unit: 'millions', decimals: 0 }
 */
export function convertedPrecision(publishedValue: string, unit: UnitWord, convertedMillions: number): Precision {
	const digits = publishedValue.replace(/^[-+]?0*\.?0*/, '').replace('.', '').length || 1;
	const inUnit = Math.abs((convertedMillions * 1e6) / MULTIPLIER[unit]);
	const magnitude = inUnit > 0 ? Math.floor(Math.log10(inUnit)) : 0;
	return { unit, decimals: Math.min(digits - 1 - magnitude, precisionOf(publishedValue, unit).decimals) };
}

/**
 * The coarser of two precisions: a sum or difference is no more precise than its least precise part.
 * @example coarser({ unit: 'millions', decimals: 3 }, { unit: 'billions', decimals: 1 }) → { unit: 'billions', decimals: 1 }
 */
export function coarser(a: Precision | null, b: Precision | null): Precision | null {
	if (!a || !b) return a ?? b;
	const step = (p: Precision) => MULTIPLIER[p.unit] * 10 ** -p.decimals;
	return step(a) >= step(b) ? a : b;
}

/**
 * THE way a figure is shown: at its published precision and in its published unit when it has one
 * ("5.8 bn" stays 5.8 bn, not 5,800.0), else in millions with one decimal. Qualified statements keep
 * their qualifier in front. `millions` is the value in millions of its currency; a gap reads "–".
 * @example formatFigure(5800, { unit: 'billions', decimals: 1 }) → '5.8 bn'
 * @example formatFigure(3987.104, { unit: 'millions', decimals: 3 }) → '3,987.104'
 * @example formatFigure(10000, { unit: 'billions', decimals: 0 }, 'approximate') → 'approximate 10 bn'
 */
export function formatFigure(millions: number | null, precision?: Precision | null, qualifier = ''): string {
	if (millions === null) return '–';
	const prefix = qualifier ? `${qualifierText(qualifier)} ` : '';
	if (!precision) return prefix + formatMillions(millions);
	// Thousands and units are shown in millions (the tables' unit) at the same absolute precision.
	if (precision.unit === 'thousands' || precision.unit === 'units') {
		const d = Math.max(0, precision.decimals + (precision.unit === 'thousands' ? 3 : 6));
		return prefix + format(millions, withDigits(FIXED, Math.min(d, 6)));
	}
	const inUnit = (millions * 1e6) / MULTIPLIER[precision.unit];
	const step = 10 ** -precision.decimals;
	const rounded = precision.decimals < 0 ? Math.round(inUnit / step) * step : inUnit;
	// Never finer than published, and no finer than a thousandth of the unit: IMF's euro-converted
	// Dutch figures carry six decimals that are arithmetic, not information.
	const decimals = Math.min(MAX_DECIMALS, Math.max(0, precision.decimals));
	if (precision.unit !== 'billions') return prefix + format(rounded, withDigits(FIXED, decimals));
	// Korean counts large amounts in 억 (10⁸): 5.8 bn is 58억, the same figure one decimal coarser.
	if (getLocale() === 'ko') {
		return prefix + m.figure_billions({ value: format(rounded * 10, withDigits(FIXED, Math.max(0, decimals - 1))) });
	}
	return prefix + m.figure_billions({ value: format(rounded, withDigits(FIXED, decimals)) });
}

/**
 * A figure with its currency and unit words, at its published precision: the form for running text.
 * @example formatMoney('USD', 14980, { unit: 'millions', decimals: 0 }) → 'USD 14,980 million'
 * @example formatMoney('EUR', 5800, { unit: 'billions', decimals: 1 }) → 'EUR 5.8 bn'
 */
export function formatMoney(currency: string, millions: number | null, precision?: Precision | null, qualifier = ''): string {
	const figure = formatFigure(millions, precision);
	if (millions === null) return figure;
	const money =
		!precision || precision.unit !== 'billions' ? m.money_millions({ currency, figure }) : m.money_billions({ currency, figure });
	return `${qualifier ? `${qualifierText(qualifier)} ` : ''}${money}`;
}

/**
 * A value already in per cent (a percent chart's axis), as formatTick rounds it: no sign added.
 * @example formatPercentTick(20) → '20%'; formatPercentTick(-2.5) → '−2.5%'; nl formatPercentTick(-2.5) → '−2,5%'
 */
export function formatPercentTick(percent: number): string {
	return format(percent / 100, withDigits(PERCENT_AT_MOST, Math.abs(percent) < 10 ? 1 : 0));
}

/**
 * A value already in per cent with one decimal (a percent chart's tooltip); a gap reads "–".
 * @example formatPercentValue(12.34) → '12.3%'; formatPercentValue(-0.5) → '−0.5%'
 */
export function formatPercentValue(percent: number | null): string {
	return percent === null ? '–' : format(percent / 100, PERCENT_ONE_DECIMAL);
}

/**
 * A day as a reference list writes it (APA: "Retrieved November 23, 2025"): US month-day order in
 * English, the locale's long date elsewhere, in the reader's time zone like the date it stands for.
 * @example formatCitationDate(new Date(2025, 10, 23)) → 'November 23, 2025' (en), '2025년 11월 23일' (ko), '23 november 2025' (nl)
 */
export function formatCitationDate(date: Date): string {
	const locale = getLocale() === 'en' ? 'en-US' : INTL_LOCALE[getLocale()];
	let f = dateFormats.get(`citation ${locale}`);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
		dateFormats.set(`citation ${locale}`, f);
	}
	return f.format(date);
}

/** The decimals an exchange rate is shown with: enough to tell one year's rate from the next. */
export function rateDigits(rate: number): number {
	return rate >= 100 ? 2 : rate >= 1 ? 4 : 6;
}

/** An exchange rate (units per unit). @example formatRate(1180.2689) → '1,180.27' (en), '1.180,27' (nl) */
export function formatRate(rate: number): string {
	return format(rate, withDigits(AT_MOST, rateDigits(rate)));
}
