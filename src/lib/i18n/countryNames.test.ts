import { describe, expect, it } from 'vitest';
import { countryName } from './countryNames';
import { withLocale } from './locale';

describe('countryName', () => {
	it.each([
		['en', 'KOR', 'Korea, Republic of', 'Korea, Republic of'],
		['ko', 'KOR', 'Korea, Republic of', '대한민국'],
		['nl', 'KOR', 'Korea, Republic of', 'Zuid-Korea'],
		['nl', 'NLD', 'Netherlands', 'Nederland'],
		['ko', 'NLD', 'Netherlands', '네덜란드'],
		// Not an ISO code (an aggregate): the data's own name in every language.
		['ko', 'WLD', 'World', 'World'],
		['nl', 'XXX', undefined, 'XXX']
	] as const)('%s %s → %s', (locale, code, fallback, name) => {
		expect(withLocale(locale, () => countryName(code, fallback))).toBe(name);
	});
});
