import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheablePage, PageCache, pageCacheFromEnv } from './pageCache';

const html = (body: string, init: ResponseInit = {}) =>
	new Response(body, { ...init, headers: { 'content-type': 'text/html', ...(init.headers as object) } });

describe('cacheablePage', () => {
	it.each([
		['a 200 HTML page to a GET', 'GET', html('<p>'), true],
		['a HEAD (the body is not there to keep)', 'HEAD', html('<p>'), false],
		['a POST', 'POST', html('<p>'), false],
		['a 404', 'GET', html('<p>', { status: 404 }), false],
		['a 503', 'GET', html('<p>', { status: 503 }), false],
		['a CSV', 'GET', new Response('a,b', { headers: { 'content-type': 'text/csv' } }), false],
		['a page that sets a cookie', 'GET', html('<p>', { headers: { 'set-cookie': 'a=1' } }), false],
		['a page marked private', 'GET', html('<p>', { headers: { 'cache-control': 'private' } }), false],
		['a page marked no-store', 'GET', html('<p>', { headers: { 'cache-control': 'no-store' } }), false],
		[
			'a page marked no-cache (revalidate, still the same bytes)',
			'GET',
			html('<p>', { headers: { 'cache-control': 'no-cache' } }),
			true
		]
	])('%s', (_, method, response, expected) => {
		expect(cacheablePage(method, response)).toBe(expected);
	});
});

describe('PageCache', () => {
	const options = { maxBytes: 1024 * 1024, ttlMs: 60_000 };

	it('keeps a page with its headers, plain and gzipped', async () => {
		const cache = new PageCache(options);
		expect(cache.get('v1', 'k')).toBeUndefined();
		const kept = await cache.keep('v1', 'k', html('<p>hello</p>', { headers: { etag: 'W/"x"' } }));
		expect(new TextDecoder().decode(kept.body)).toBe('<p>hello</p>');
		expect(gunzipSync(kept.gzip).toString()).toBe('<p>hello</p>');
		const again = cache.get('v1', 'k');
		expect(again).toBe(kept);
		expect(new Headers(again?.headers).get('etag')).toBe('W/"x"');
		expect(cache.get('v1', 'other')).toBeUndefined();
	});

	it('empties itself when the data tag changes', async () => {
		const cache = new PageCache(options);
		cache.get('v1', 'k');
		await cache.keep('v1', 'k', html('<p>old</p>'));
		expect(cache.get('v2', 'k')).toBeUndefined();
		expect(cache.size.pages).toBe(0);
		// Nor does the old tag bring it back.
		expect(cache.get('v1', 'k')).toBeUndefined();
	});

	it('does not keep a page rendered from data that was replaced meanwhile', async () => {
		const cache = new PageCache(options);
		cache.get('v1', 'k');
		const rendering = html('<p>old</p>');
		cache.get('v2', 'k2'); // another request sees the new data before this one finishes
		const page = await cache.keep('v1', 'k', rendering);
		expect(new TextDecoder().decode(page.body)).toBe('<p>old</p>');
		expect(cache.get('v2', 'k')).toBeUndefined();
		expect(cache.size.pages).toBe(0);
	});

	it('stays within its budget of bytes, dropping the least recently used page', async () => {
		const big = 'x'.repeat(4000);
		const cache = new PageCache({ maxBytes: 10_000, ttlMs: 60_000 });
		cache.get('v1', 'a');
		for (const key of ['a', 'b', 'c']) await cache.keep('v1', key, html(big + key));
		expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
		expect(cache.get('v1', 'a')).toBeUndefined();
		expect(cache.get('v1', 'c')).toBeDefined();
	});
});

describe('pageCacheFromEnv', () => {
	it.each([
		[{}, 64 * 1024 * 1024],
		[{ PAGE_CACHE_MB: '' }, 64 * 1024 * 1024],
		[{ PAGE_CACHE_MB: '8' }, 8 * 1024 * 1024],
		[{ PAGE_CACHE_MB: '0' }, null]
	])('%o → %s bytes', (env, bytes) => {
		expect(pageCacheFromEnv(env)?.options.maxBytes ?? null).toBe(bytes);
	});

	it.each(['-1', 'lots'])('PAGE_CACHE_MB=%s is an error naming the variable', (value) => {
		expect(() => pageCacheFromEnv({ PAGE_CACHE_MB: value })).toThrow(/PAGE_CACHE_MB/);
	});
});
