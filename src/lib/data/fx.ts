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
	/** In words, e.g. "1 USD = 1,180.27 KRW (World Bank, annual average)". */
	path: string;
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
			path: `${describe(from, to, rate)}, derived via USD (${describe(from, 'USD', a.rate)}; ${describe('USD', to, b.rate)})`
		};
	}
}

function describe(from: Currency, to: Currency, rate: number): string {
	const digits = rate >= 100 ? 2 : rate >= 1 ? 4 : 6;
	return `1 ${from} = ${rate.toLocaleString('en-US', { maximumFractionDigits: digits })} ${to}`;
}
