import { describe, expect, it } from 'vitest';
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

	it('applies a change (another year, side or set)', () => {
		const state = read('').state;
		if (!state) throw new Error('no state');
		expect(productStateToQuery(state, { year: 2021 })).toContain('year=2021');
		expect(productStateToQuery(state, { by: 'BBB' })).toContain('by=BBB');
		expect(productStateToQuery(state, { set: EUR })).toContain('set=synthetic-products-eur%3AHS%3AEUR');
	});
});
