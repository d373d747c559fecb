import { describe, expect, it } from 'vitest';
import { responseTag } from './etag';

describe('responseTag', () => {
	const url = new URL('http://localhost/trade?from=2000');
	it.each([
		['the same inputs', ['b', 'd', url, 'dark'], true],
		['another data version', ['b', 'd2', url, 'dark'], false],
		['another build', ['b2', 'd', url, 'dark'], false],
		['another query', ['b', 'd', new URL('http://localhost/trade?from=2001'), 'dark'], false],
		// A page painted dark must not be answered with a 304 for a reader who switched to light.
		['another colour scheme', ['b', 'd', url, 'light'], false]
	] as const)('%s → same tag: %s', (_, [build, data, u, variant], same) => {
		expect(responseTag(build, data, u, variant) === responseTag('b', 'd', url, 'dark')).toBe(same);
	});

	it('is a weak validator', () => {
		expect(responseTag('b', 'd', url)).toMatch(/^W\/"[\w-]{22}"$/);
	});
});
