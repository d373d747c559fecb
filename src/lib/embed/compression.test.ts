import { describe, expect, it } from 'vitest';
import { shouldGzip } from './compression';

describe('shouldGzip', () => {
	it.each([
		['gzip, deflate, br, zstd', 'text/html', null, true],
		['gzip', 'text/csv; charset=utf-8; header=present', null, true],
		['gzip', 'application/json', null, true],
		['gzip', 'image/svg+xml; charset=utf-8', null, true],
		['GZIP;q=0.5', 'text/html', null, true],
		['*', 'text/html', null, true],
		['gzip;q=0', 'text/html', null, false],
		['br', 'text/html', null, false],
		[null, 'text/html', null, false],
		['gzip', 'image/png', null, false],
		['gzip', 'text/html', 'br', false],
		['gzip', null, null, false]
	])('accept %j, type %j, encoding %j → %s', (accept, type, encoding, yes) => {
		expect(shouldGzip(accept, type, encoding)).toBe(yes);
	});
});
