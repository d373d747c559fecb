// The page cache (src/lib/server/pageCache.ts) answers a page rendered before for the same build, data,
// URL and reader's variant. It must never give one reader's variant (dark scheme from a cookie, a
// language negotiated from a cookie or Accept-Language) to another, and a change of the data must empty
// it (caching.test.ts, 'a change of the data'). `x-page-cache` says whether a page was rendered for the request (miss) or kept (hit).
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');

interface Reader {
	name: string;
	headers: Record<string, string>;
	lang: string;
	scheme: string;
}
const DARK_KOREAN: Reader = {
	name: 'dark/ko (cookies)',
	headers: { cookie: 'scheme=dark; PARAGLIDE_LOCALE=ko', 'accept-language': 'en' },
	lang: 'ko',
	scheme: 'dark'
};
const LIGHT_ENGLISH: Reader = {
	name: 'light/en',
	headers: { cookie: 'scheme=light', 'accept-language': 'en-GB,en;q=0.9' },
	lang: 'en',
	scheme: 'light'
};
const DUTCH_BROWSER: Reader = {
	name: 'auto/nl (Accept-Language)',
	headers: { 'accept-language': 'nl-NL,nl;q=0.9' },
	lang: 'nl',
	scheme: 'auto'
};

async function page(url: string, reader: Reader) {
	const response = await fetch(url, { headers: reader.headers });
	const html = await response.text();
	return {
		status: response.status,
		cache: response.headers.get('x-page-cache'),
		etag: response.headers.get('etag'),
		vary: response.headers.get('vary'),
		lang: /<html lang="([^"]+)"/.exec(html)?.[1],
		scheme: /data-scheme="([^"]+)"/.exec(html)?.[1],
		html
	};
}

describe("one reader's page is never served to another", () => {
	// Each case its own years, so its first request is the first for that URL on the shared server.
	const orders: [string, Reader[]][] = [
		['from=2001&to=2019', [DARK_KOREAN, LIGHT_ENGLISH, DUTCH_BROWSER]],
		['from=2002&to=2018', [LIGHT_ENGLISH, DUTCH_BROWSER, DARK_KOREAN]],
		['from=2003&to=2017', [DUTCH_BROWSER, DARK_KOREAN, LIGHT_ENGLISH]]
	];
	it.each(orders.map(([years, readers]) => [years, readers.map((r) => r.name).join(' then '), readers] as const))(
		'/trade?…%s: %s',
		async (years, _, readers) => {
			const url = `${base}/trade?reporter=KOR&partner=NLD&${years}`;
			const first = new Map<string, Awaited<ReturnType<typeof page>>>();
			for (const reader of readers) {
				const got = await page(url, reader);
				expect(got.status).toBe(200);
				// Rendered for this reader, though another reader's page of the same URL is kept.
				expect(got.cache).toBe('miss');
				expect([got.lang, got.scheme]).toEqual([reader.lang, reader.scheme]);
				expect(got.vary).toContain('cookie');
				first.set(reader.name, got);
			}
			expect(new Set([...first.values()].map((p) => p.etag)).size).toBe(readers.length);
			// Asked again, each reader gets their own page back from the cache, the same bytes.
			for (const reader of readers) {
				const again = await page(url, reader);
				expect(again.cache).toBe('hit');
				expect([again.lang, again.scheme]).toEqual([reader.lang, reader.scheme]);
				expect(again.html).toBe(first.get(reader.name)?.html);
				expect(again.etag).toBe(first.get(reader.name)?.etag);
			}
		}
	);

	it('a language chosen in the URL still sets its cookie when the page comes from the cache', async () => {
		const url = `${base}/mirror?reporter=KOR&partner=NLD&from=2004&to=2016&lang=ko`;
		const one = await fetch(url);
		const two = await fetch(url);
		await Promise.all([one.text(), two.text()]);
		expect([one.headers.get('x-page-cache'), two.headers.get('x-page-cache')]).toEqual(['miss', 'hit']);
		for (const r of [one, two]) expect(r.headers.get('set-cookie')).toMatch(/^PARAGLIDE_LOCALE=ko;/);
	});

	it('gzip and plain are the same page; HEAD has the headers and no body', async () => {
		const url = `${base}/?from=2005&to=2015`;
		const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
		const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(await zipped.text()).toBe(await plain.text());
		const head = await fetch(url, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.headers.get('x-page-cache')).toBe('hit');
		expect(head.headers.get('etag')).toBe(plain.headers.get('etag'));
		expect(await head.text()).toBe('');
	});

	it("a page's data request gets its JSON, not the kept page of the same URL", async () => {
		const query = 'reporter=KOR&partner=NLD&from=2006&to=2014';
		for (let i = 0; i < 2; i++) await (await fetch(`${base}/mirror?${query}`)).text();
		const data = await fetch(`${base}/mirror/__data.json?${query}&x-sveltekit-invalidated=01`);
		expect(data.status).toBe(200);
		expect(data.headers.get('content-type')).toMatch(/^application\/json/);
		expect(data.headers.get('x-page-cache')).toBeNull();
		expect(JSON.parse(await data.text())).toHaveProperty('type', 'data');
	});

	it('errors are not kept', async () => {
		for (let i = 0; i < 2; i++) {
			const response = await fetch(`${base}/no-such-page`);
			await response.text();
			expect(response.status).toBe(404);
			expect(response.headers.get('x-page-cache')).toBeNull();
		}
	});
});
