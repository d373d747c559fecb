// Number formatting shared by tables, tooltips, headlines and images. One locale (en-US digits with
// comma thousands) so a figure reads the same everywhere it appears.
import type { UnitWord } from './types';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
// A share has no plus sign (it is not a change); 'negative' also keeps a rounded -0.0 unsigned.
const share = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'negative' });
const ratio = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A value in millions with one decimal; a gap reads as an en dash, never as 0.
 * @example formatMillions(-2236.7000000000003) → '-2,236.7'; formatMillions(null) → '–'
 */
export function formatMillions(value: number | null): string {
	return value === null ? '–' : money.format(value).replace('-', '−');
}

/** @example formatPercent(0.1234) → '+12.3%' (input is a fraction) */
export function formatPercent(fraction: number | null): string {
	return fraction === null ? '–' : percent.format(fraction * 100).replace('-', '−') + '%';
}

/**
 * A share of a whole (input is a fraction): like formatPercent without the plus sign a change has.
 * @example formatShare(0.2708) → '27.1%'; formatShare(null) → '–'
 */
export function formatShare(fraction: number | null): string {
	return fraction === null ? '–' : share.format(fraction * 100).replace('-', '−') + '%';
}

/** @example formatRatio(0.64062) → '0.64' */
export function formatRatio(value: number | null): string {
	return value === null ? '–' : ratio.format(value);
}

/** Axis ticks: compact and without decimals for large values. @example formatTick(12000) → '12,000' */
export function formatTick(value: number): string {
	return new Intl.NumberFormat('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 })
		.format(value)
		.replace('-', '−');
}

/**
 * A value in millions with the source's own qualifier in front, so "around" and "more than" travel
 * with the number wherever it is shown.
 * @example formatQualifiedMillions(2000, 'lower bound') → 'lower bound 2,000.0'; formatQualifiedMillions(5.5, '') → '5.5'
 */
export function formatQualifiedMillions(value: number | null, qualifier: string): string {
	return `${qualifier && value !== null ? `${qualifier} ` : ''}${formatMillions(value)}`;
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
const SUFFIX: Record<UnitWord, string> = { units: '', thousands: '', millions: '', billions: ' bn' };

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
	const prefix = qualifier ? `${qualifier} ` : '';
	if (!precision) return prefix + formatMillions(millions);
	const inUnit = (millions * 1e6) / MULTIPLIER[precision.unit];
	// Never finer than published, and no finer than a thousandth of the unit: IMF's euro-converted
	// Dutch figures carry six decimals that are arithmetic, not information.
	const decimals = Math.min(MAX_DECIMALS, Math.max(0, precision.decimals));
	const step = 10 ** -precision.decimals;
	const rounded = precision.decimals < 0 ? Math.round(inUnit / step) * step : inUnit;
	const text = numberFormat(decimals).format(rounded).replace('-', '−');
	// Thousands and units are shown in millions (the tables' unit) at the same absolute precision.
	if (precision.unit === 'thousands' || precision.unit === 'units') {
		const d = Math.max(0, precision.decimals + (precision.unit === 'thousands' ? 3 : 6));
		return prefix + numberFormat(Math.min(d, 6)).format(millions).replace('-', '−');
	}
	return prefix + text + SUFFIX[precision.unit];
}

const formats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
	let f = formats.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		formats.set(decimals, f);
	}
	return f;
}

/**
 * A figure with its currency and unit words, at its published precision: the form for running text.
 * @example formatMoney('USD', 14980, { unit: 'millions', decimals: 0 }) → 'USD 14,980 million'
 * @example formatMoney('EUR', 5800, { unit: 'billions', decimals: 1 }) → 'EUR 5.8 bn'
 */
export function formatMoney(currency: string, millions: number | null, precision?: Precision | null, qualifier = ''): string {
	const figure = formatFigure(millions, precision);
	if (millions === null) return figure;
	const unit = !precision || precision.unit !== 'billions' ? ' million' : '';
	return `${qualifier ? `${qualifier} ` : ''}${currency} ${figure}${unit}`;
}
