import { describe, expect, it } from 'vitest';
import { conversionText, FxTable } from './fx';
import { withLocale } from '../i18n/locale';
import type { FxRate } from './types';

// Real rates from data/fx.csv (World Bank WDI PA.NUS.FCRF, annual averages).
const rates: FxRate[] = [
	{ year: 2020, base: 'USD', quote: 'EUR', rate: 0.875506396987998, source: 'wb', note: '', line: 122 },
	{ year: 2020, base: 'USD', quote: 'KRW', rate: 1180.26583333333, source: 'wb', note: '', line: 123 },
	{ year: 1998, base: 'USD', quote: 'KRW', rate: 1401.43916666667, source: 'wb', note: '', line: 78 }
];
const fx = new FxTable(rates);

describe('FxTable.conversion', () => {
	it('uses a published rate as it is', () => {
		const c = fx.conversion('USD', 'KRW', 2020);
		expect(c?.rate).toBe(1180.26583333333);
		expect(c?.derived).toBe(false);
		expect(c?.sources).toEqual(['wb']);
		expect(c?.path).toBe('1 USD = 1,180.27 KRW');
	});

	it('inverts a published rate for the opposite direction without calling it derived', () => {
		const c = fx.conversion('EUR', 'USD', 2020);
		expect(c?.rate).toBeCloseTo(1 / 0.875506396987998, 12);
		expect(c?.derived).toBe(false);
	});

	it('computes a cross rate via USD and labels it derived', () => {
		const c = fx.conversion('EUR', 'KRW', 2020);
		expect(c?.rate).toBeCloseTo(1180.26583333333 / 0.875506396987998, 9);
		expect(c?.derived).toBe(true);
		expect(c?.path).toContain('derived via USD');
	});

	it.each([
		['USD', 'EUR', 1998, 'no euro before 1999'],
		['EUR', 'KRW', 1998, 'no EUR leg for a cross rate'],
		['USD', 'KRW', 2021, 'year without any rate']
	])('has no rate for %s→%s in %i (%s)', (from, to, year) => {
		expect(fx.conversion(from, to, year)).toBeNull();
	});

	it('converts a currency into itself at 1', () => {
		expect(fx.conversion('KRW', 'KRW', 1950)?.rate).toBe(1);
	});
});

describe('conversionText: the rate in the reader’s language', () => {
	const table = new FxTable(rates);
	it.each([
		['en', 'USD', 'KRW', '1 USD = 1,180.27 KRW'],
		['nl', 'USD', 'KRW', '1 USD = 1.180,27 KRW'],
		['ko', 'USD', 'KRW', '1 USD = 1,180.27 KRW']
	] as const)('%s: %s → %s', (locale, from, to, text) => {
		const c = table.conversion(from, to, 2020);
		expect(withLocale(locale, () => conversionText(c!))).toBe(text);
	});
	it('spells a derived rate out with both legs, in Dutch too', () => {
		const c = table.conversion('KRW', 'EUR', 2020);
		const text = withLocale('nl', () => conversionText(c!));
		expect(text).toMatch(/^1 KRW = 0,000\d+ EUR, afgeleid via USD \(1 KRW = 0,000\d+ USD; 1 USD = 0,\d+ EUR\)$/);
		// The download's words stay English with en-US digits.
		expect(c!.path).toContain('derived via USD');
	});
});
