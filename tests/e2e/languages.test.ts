// The reader's language: `lang` in the URL wins, then the last choice (cookie), then Accept-Language,
// then English; artefacts (embeds, images, CSV, oEmbed) never follow the visitor's browser; the
// negotiated language is part of the ETag and of Vary, so no cache serves one reader's language to another.
import { describe, expect, inject, it } from 'vitest';

const base = inject('baseUrl');
const Q = 'reporter=KOR&partner=NLD&from=2010&to=2020';
const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe('choosing the language', () => {
	it.each([
		['the URL', `/trade?${Q}&lang=nl`, { 'accept-language': 'ko-KR,ko;q=0.9' }, 'nl'],
		['Accept-Language on a first visit', `/trade?${Q}`, { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' }, 'ko'],
		['a regional variant', `/`, { 'accept-language': 'nl-BE' }, 'nl'],
		['the cookie over Accept-Language', `/`, { 'accept-language': 'ko', cookie: 'PARAGLIDE_LOCALE=nl' }, 'nl'],
		['English when nothing matches', `/`, { 'accept-language': 'fr-FR,de;q=0.8' }, 'en'],
		['English for an unknown lang', `/?lang=xx`, { 'accept-language': 'fr' }, 'en']
	])('from %s', async (_, path, headers, locale) => {
		const response = await get(path, headers);
		expect(response.status).toBe(200);
		expect(langOf(await response.text())).toBe(locale);
	});

	it('remembers a language chosen in the URL for the next visit', async () => {
		const response = await get(`/trade?${Q}&lang=ko`);
		await response.arrayBuffer();
		expect(response.headers.get('set-cookie')).toMatch(/^PARAGLIDE_LOCALE=ko; Path=\/; Max-Age=\d+; SameSite=Lax$/);
	});

	it.each([`/embed/flows?${Q}`, `/chart/flows.svg?${Q}`])(
		'%s: an artefact is English without lang, whatever the browser prefers',
		async (path) => {
			const response = await get(path, { 'accept-language': 'ko', cookie: 'PARAGLIDE_LOCALE=nl' });
			const text = await response.text();
			expect(response.headers.get('vary') ?? '').not.toMatch(/accept-language/);
			if (path.startsWith('/embed')) expect(langOf(text)).toBe('en');
			expect(response.headers.get('set-cookie')).toBeNull();
		}
	);
});

describe('caches see the language', () => {
	it('a negotiated page varies on Accept-Language and Cookie, and its tag differs per language', async () => {
		const en = await get(`/trade?${Q}`, { 'accept-language': 'en' });
		const ko = await get(`/trade?${Q}`, { 'accept-language': 'ko' });
		await Promise.all([en.arrayBuffer(), ko.arrayBuffer()]);
		expect(en.headers.get('vary')).toMatch(/accept-language/);
		expect(en.headers.get('vary')).toMatch(/cookie/);
		expect(en.headers.get('etag')).not.toBe(ko.headers.get('etag'));
		// The English copy's tag does not validate for a Korean reader.
		const again = await get(`/trade?${Q}`, {
			'accept-language': 'ko',
			'if-none-match': en.headers.get('etag') as string
		});
		expect(again.status).toBe(200);
		expect(langOf(await again.text())).toBe('ko');
	});

	it('a page with lang in its URL does not vary on the browser', async () => {
		const response = await get(`/trade?${Q}&lang=nl`, { 'accept-language': 'ko' });
		await response.arrayBuffer();
		expect(response.headers.get('vary')).not.toMatch(/accept-language/);
	});
});
