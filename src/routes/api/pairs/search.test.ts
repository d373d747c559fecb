import { describe, expect, it } from 'vitest';
import { pairSearchFromQuery, searchAreas } from './search';

const pairs = [
	{ reporter: 'KOR', partner: 'NLD' },
	{ reporter: 'KOR', partner: 'CIV' },
	{ reporter: 'NLD', partner: 'KOR' },
	{ reporter: 'CIV', partner: 'NLD' }
];
const names = new Map([
	['KOR', 'Republic of Korea'],
	['NLD', 'Netherlands'],
	['CIV', "Côte d'Ivoire"]
]);

describe('searchAreas', () => {
	it.each([
		[{ search: '', reporter: null, limit: 10 }, ['CIV', 'NLD', 'KOR']],
		[{ search: 'neth', reporter: null, limit: 10 }, ['NLD']],
		[{ search: 'kor', reporter: null, limit: 10 }, ['KOR']],
		[{ search: 'of', reporter: null, limit: 10 }, ['KOR']],
		[{ search: 'cote', reporter: null, limit: 10 }, ['CIV']],
		[{ search: '', reporter: 'KOR', limit: 10 }, ['CIV', 'NLD']],
		[{ search: '', reporter: 'KOR', limit: 1 }, ['CIV']],
		[{ search: 'x', reporter: 'KOR', limit: 10 }, []],
		[{ search: '', reporter: 'USA', limit: 10 }, []]
	])('%j', (query, codes) => expect(searchAreas(pairs, names, query).map((o) => o.code)).toEqual(codes));
});

describe('pairSearchFromQuery', () => {
	it.each([
		['search=ne&reporter=kor&limit=500', { search: 'ne', reporter: 'KOR', limit: 100 }],
		['', { search: '', reporter: null, limit: 20 }],
		['reporter=korea&limit=-3', { search: '', reporter: null, limit: 20 }]
	])('%s', (query, expected) => expect(pairSearchFromQuery(new URLSearchParams(query))).toEqual(expected));
});
