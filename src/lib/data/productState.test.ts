import { describe, expect, it } from 'vitest';
import { withLocale } from '../i18n/locale';
import { productSetKey, type ProductSet } from './composition';
import { productStateFromQuery, productStateToQuery, type ProductStateContext } from './productState';

const USD: ProductSet = { source: 'synthetic-products', classification: 'HS', currency: 'USD' };
const EUR: ProductSet = { source: 'synthetic-products-eur', classification: 'HS', currency: 'EUR' };

// AAA reports products with BBB in 2021 (USD) and 2022 (USD and EUR); BBB reports none.
const context: ProductStateContext = {
	pairs: [{ reporter: 'AAA', partner: 'BBB' }],
	years: (by) =>
		by === 'AAA'
			? new Map([
					[2021, [USD]],
					[2022, [USD, EUR]]
				])
			: new Map()
};

const read = (query: string) => productStateFromQuery(new URLSearchParams(query), context);

describe('productStateFromQuery', () => {
	it.each([
		// query, year, set, by, notice params
		['', 2022, USD, 'AAA', []],
		['reporter=AAA&partner=BBB&year=2021', 2021, USD, 'AAA', []],
		['pair=AAA-BBB&year=2022&set=synthetic-products-eur%3AHS%3AEUR', 2022, EUR, 'AAA', []],
		['year=1999', 2022, USD, 'AAA', ['year']],
		['year=twenty', 2022, USD, 'AAA', ['year']],
		['year=2021&set=synthetic-products-eur%3AHS%3AEUR', 2021, USD, 'AAA', ['set']],
		['by=BBB', 2022, USD, 'AAA', ['by']],
		['by=ZZZ', 2022, USD, 'AAA', ['by']],
		// Parameters of the other views are ignored, not reported: they come with the site navigation.
		['from=1960&to=2020&currency=EUR&events=hide', 2022, USD, 'AAA', []]
	])('%s → %i, %o, by %s', (query, year, set, by, params) => {
		const { state, notices } = read(query);
		expect(state?.year).toBe(year);
		expect(state && productSetKey(state.set)).toBe(productSetKey(set));
		expect(state?.by).toBe(by);
		expect(notices.map((n) => n.param)).toEqual(params);
	});

	it('names the years that have figures when the asked year has none', () => {
		expect(read('year=1999').notices[0]?.message).toBe(
			'No product figures for 1999; showing 2022 (years with product figures: 2021, 2022).'
		);
	});

	it.each([
		['en', 'by=BBB', 'BBB reports no product figures with AAA; showing those reported by AAA.'],
		['ko', 'by=BBB', 'BBB은(는) AAA과(와)의 품목별 수치를 보고하지 않아 AAA이(가) 보고한 수치를 표시합니다.'],
		['nl', 'by=BBB', 'BBB rapporteert geen cijfers per goed met AAA; de cijfers van AAA worden getoond.'],
		['ko', 'year=1999', '1999년 품목별 수치가 없어 2022년을 표시합니다(품목별 수치가 있는 연도: 2021, 2022).'],
		['nl', 'year=1999', 'Geen cijfers per goed voor 1999; 2022 wordt getoond (jaren met cijfers per goed: 2021, 2022).'],
		['ko', 'year=twenty', '"twenty"은(는) 네 자리 연도가 아니므로 2022년을 표시합니다.'],
		['nl', 'year=twenty', '"twenty" is geen jaartal van vier cijfers; 2022 wordt getoond.'],
		['ko', 'year=2021&set=x', '2021년에는 "x"의 품목별 수치가 없어 synthetic-products:HS:USD을(를) 표시합니다.'],
		['nl', 'year=2021&set=x', 'Geen cijfers per goed voor "x" in 2021; synthetic-products:HS:USD wordt getoond.']
	] as const)('%s: the notice for %s', (locale, query, message) => {
		expect(withLocale(locale, () => read(query).notices.map((n) => n.message))).toEqual([message]);
	});

	it('has no state without product figures', () => {
		const none = productStateFromQuery(new URLSearchParams(''), { pairs: [], years: () => new Map() });
		expect(none.state).toBeNull();
	});
});

describe('productStateToQuery', () => {
	it('writes the state in a fixed order and reads back to the same state', () => {
		const state = read('year=2021').state;
		if (!state) throw new Error('no state');
		const query = productStateToQuery(state);
		expect(query).toBe('reporter=AAA&partner=BBB&year=2021&set=synthetic-products%3AHS%3AUSD');
		expect(read(query)).toEqual({ state, notices: [] });
	});

	it('carries the language the URL chose, last, and reads it back', () => {
		const state = read('year=2021&lang=ko').state;
		if (!state) throw new Error('no state');
		expect(state.lang).toBe('ko');
		const query = productStateToQuery(state, { year: 2022 });
		expect(query).toBe('reporter=AAA&partner=BBB&year=2022&set=synthetic-products%3AHS%3AUSD&lang=ko');
		expect(read(query).state).toEqual({ ...state, year: 2022 });
		expect(read('').state?.lang).toBeUndefined();
	});

	it('applies a change (another year, side or set)', () => {
		const state = read('').state;
		if (!state) throw new Error('no state');
		expect(productStateToQuery(state, { year: 2021 })).toContain('year=2021');
		expect(productStateToQuery(state, { by: 'BBB' })).toContain('by=BBB');
		expect(productStateToQuery(state, { set: EUR })).toContain('set=synthetic-products-eur%3AHS%3AEUR');
	});
});
