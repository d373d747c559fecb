// The pair pages in each language: they render without console errors, axe finds nothing serious,
// <html lang> says the language, Dutch numbers are Dutch, and the language switch changes only `lang`.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations, useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();

const PAGES = ['/', '/trade', '/mirror', '/fdi'];
const LANGS = ['en', 'ko', 'nl'] as const;
/** A word of each page's heading per language, so a test knows the page is really in that language. */
const HEADING: Record<string, Record<(typeof LANGS)[number], RegExp>> = {
	'/': { en: /: trade$/, ko: /: 무역$/, nl: /: handel$/ },
	'/trade': { en: /goods trade/, ko: /상품 무역/, nl: /goederenhandel/ },
	'/mirror': { en: /Mirror statistics/, ko: /대칭 통계/, nl: /Spiegelstatistiek/ },
	'/fdi': { en: /foreign direct investment/, ko: /외국인직접투자/, nl: /directe investeringen/ }
};

describe.each(LANGS)('the pair pages in %s', (lang) => {
	it.each(PAGES)(`%s renders in ${lang} with no console error and no serious axe violation`, async (path) => {
		const { page, response, errors } = await open(`${baseUrl}${path}?lang=${lang}`, { width: 1280 });
		expect(response?.status()).toBe(200);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		if ((await page.locator('div[data-chart]').count()) > 0) expect(await waitForAllDrawn(page)).toBe(true);
		expect(await page.locator('h1').innerText()).toMatch(HEADING[path]?.[lang] ?? /./);
		expect(await seriousViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('Dutch numbers', () => {
	it('/trade in nl shows the 2020 trade balance as −2.236,7… in the balance table', async () => {
		const { page, errors } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2000&to=2020&lang=nl`);
		const row = page.locator('table[data-table="balance"] tbody tr', {
			has: page.locator('th', { hasText: /^2020$/ })
		});
		// textContent: the table is inside a closed <details>, where innerText is empty.
		const cell = ((await row.locator('td').first().textContent()) ?? '').trim();
		// IMF publishes the flows to the thousand (3987.104 − 6223.837): the balance keeps that precision,
		// in Dutch notation with a typographic minus, and reads −2.236,7 to one decimal.
		expect(cell).toBe('\u22122.236,733');
		expect(cell.startsWith('\u22122.236,7')).toBe(true);
		expect(errors).toEqual([]);
	});
});

describe('notes beside the figures', () => {
	it('the Dutch growth table keeps the series-break note (recognised in any language)', async () => {
		const nl = JSON.parse(readFileSync('src/lib/i18n/messages/charts/nl.json', 'utf8')) as Record<string, string>;
		const expected = (nl.charts_point_break ?? '').replace('{period}', '1999');
		const { page } = await open(`${baseUrl}/trade?reporter=NLD&partner=KOR&from=1995&to=2005&lang=nl`);
		const row = page.locator('table[data-table="growth"] tbody tr', { has: page.locator('th', { hasText: /^1999$/ }) });
		const notes = await row.locator('.note').allTextContents();
		expect(expected).not.toBe('');
		expect(notes).toContain(expected);
	});
});

describe('the language switch', () => {
	it('on /trade changes only the language and keeps years, currency and events', async () => {
		const query = 'reporter=KOR&partner=NLD&from=2005&to=2015&currency=EUR&events=show';
		const { page, errors } = await open(`${baseUrl}/trade?${query}&lang=en`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await Promise.all([page.waitForURL(/lang=ko/), page.locator('nav.languages a[hreflang="ko"]').click()]);
		await page.waitForLoadState('networkidle');
		const after = new URL(page.url()).searchParams;
		const before = new URLSearchParams(query);
		expect(after.get('lang')).toBe('ko');
		after.delete('lang');
		expect([...after].sort()).toEqual([...before].sort());
		expect(await page.locator('html').getAttribute('lang')).toBe('ko');
		// The page shows what the parameters say: the years, the euro and the events layer.
		expect(await page.locator('form.years input[name="from"][type="number"]').inputValue()).toBe('2005');
		expect(await page.locator('form.years input[name="to"][type="number"]').inputValue()).toBe('2015');
		expect(await page.locator('nav.pills a[aria-current="page"]', { hasText: 'EUR' }).count()).toBe(1);
		expect(await page.locator('[data-toggle="events"]').getAttribute('aria-pressed')).toBe('true');
		expect(await page.locator('h1').innerText()).toMatch(/상품 무역/);
		expect(errors).toEqual([]);
	});
});

describe('the pair picker’s options', () => {
	it('are named, and matched, in the language asked for', async () => {
		const ask = async (query: string) => (await fetch(`${baseUrl}/api/pairs?${query}`)).json();
		expect(await ask('search=&limit=20&lang=ko')).toContainEqual({ code: 'KOR', name: '대한민국' });
		expect(await ask('search=%EB%84%A4%EB%8D%9C&reporter=KOR&limit=20&lang=ko')).toEqual([
			{ code: 'NLD', name: '네덜란드' }
		]);
		expect(await ask('search=neder&reporter=KOR&limit=20&lang=nl')).toEqual([{ code: 'NLD', name: 'Nederland' }]);
		// Without `lang` (an API answer, not a page): the data's own names.
		expect(await ask('search=neth&reporter=KOR&limit=20')).toEqual([{ code: 'NLD', name: 'Netherlands' }]);
	});
});

describe('the language switch', () => {
	// English and Dutch pages load no Korean font (Korean pages do): where the reader has none either, the
	// switch's "한국어" must still be letters, not boxes. It is drawn with the slices of Noto Sans KR that hold
	// its three syllables (LanguageSwitch.svelte); the browser loads them for the switch and nothing else.
	it.each(['en', 'nl'] as const)('on a %s page, 한국어 is drawn with a Korean font the page loaded', async (lang) => {
		const { page, errors } = await open(`${baseUrl}/?lang=${lang}`, { width: 1280 });
		expect(await page.locator('nav.languages a[lang="ko"]').innerText()).toBe('한국어');
		const faces = await page.evaluate(async () => {
			await document.fonts.ready;
			return [...document.fonts].filter((f) => f.family.includes('language name')).map((f) => f.status);
		});
		expect(faces).toEqual(['loaded', 'loaded']);
		expect(errors).toEqual([]);
	});
});
