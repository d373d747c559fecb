import { m } from '../paraglide/messages';
import { formatRate, rateDigits } from './format';
import type { Currency, FxRate } from './types';

/** How a value was brought into another currency: the rate and where it came from. */
export interface Conversion {
	from: Currency;
	to: Currency;
	year: number;
	/** Units of `to` per 1 unit of `from`. */
	rate: number;
	/**
	 * True for a cross rate computed through the US dollar (e.g. KRW per EUR from KRW per USD and USD per
	 * EUR): no source publishes it, so it is labelled derived wherever it is used.
	 */
	derived: boolean;
	/** Source ids of the rates used. */
	sources: string[];
	/** In words for downloads (English, en-US digits), e.g. "1 USD = 1,180.27 KRW"; readers see conversionText. */
	path: string;
	/** For a derived rate, the two published rates it is made of: `from` → USD and USD → `to`. */
	legs?: [number, number];
}

/** Annual rates indexed by year and pair, in both directions (the inverse of a published rate is the same figure). */
export class FxTable {
	private readonly rates = new Map<string, { rate: number; source: string; inverted: boolean }>();
	readonly currencies: Set<Currency> = new Set();

	constructor(rates: FxRate[]) {
		for (const r of rates) {
			this.rates.set(`${r.year}|${r.base}|${r.quote}`, { rate: r.rate, source: r.source, inverted: false });
			if (!this.rates.has(`${r.year}|${r.quote}|${r.base}`)) {
				this.rates.set(`${r.year}|${r.quote}|${r.base}`, { rate: 1 / r.rate, source: r.source, inverted: true });
			}
			this.currencies.add(r.base);
			this.currencies.add(r.quote);
		}
	}

	private direct(from: Currency, to: Currency, year: number) {
		return this.rates.get(`${year}|${from}|${to}`);
	}

	/**
	 * The rate to convert `from` into `to` in a year: direct (or its inverse), else a cross rate via USD
	 * marked derived; null when no rate exists (e.g. euro before 1999), and the figure must stay as it is.
	 * @example new FxTable(rates).conversion('USD', 'KRW', 2020) → { rate: 1180.27…, derived: false, … }
	 * @example conversion('KRW', 'EUR', 2020) → { derived: true, rate: (1/1180.27) × 0.8755, … }
	 */
	conversion(from: Currency, to: Currency, year: number): Conversion | null {
		if (from === to) return { from, to, year, rate: 1, derived: false, sources: [], path: 'same currency' };
		const d = this.direct(from, to, year);
		if (d) return { from, to, year, rate: d.rate, derived: false, sources: [d.source], path: describe(from, to, d.rate) };
		if (from === 'USD' || to === 'USD') return null;
		const a = this.direct(from, 'USD', year);
		const b = this.direct('USD', to, year);
		if (!a || !b) return null;
		const rate = a.rate * b.rate;
		return {
			from,
			to,
			year,
			rate,
			derived: true,
			sources: [...new Set([a.source, b.source])],
			legs: [a.rate, b.rate],
			path: `${describe(from, to, rate)}, derived via USD (${describe(from, 'USD', a.rate)}; ${describe('USD', to, b.rate)})`
		};
	}
}

/**
 * A conversion as a reader of the page's language reads it (numbers through format.ts).
 * @example conversionText(usdToKrw2020) → '1 USD = 1,180.27 KRW' (en), '1 USD = 1.180,27 KRW' (nl)
 */
export function conversionText(c: Conversion): string {
	if (c.from === c.to) return m.fx_same_currency();
	const rate = (from: Currency, to: Currency, value: number) => m.fx_rate({ from, to, rate: formatRate(value) });
	const direct = rate(c.from, c.to, c.rate);
	if (!c.legs) return direct;
	return m.fx_derived({ direct, first: rate(c.from, 'USD', c.legs[0]), second: rate('USD', c.to, c.legs[1]) });
}

function describe(from: Currency, to: Currency, rate: number): string {
	return `1 ${from} = ${rate.toLocaleString('en-US', { maximumFractionDigits: rateDigits(rate) })} ${to}`;
}
