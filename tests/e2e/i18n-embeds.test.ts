// Charts leave the dashboard in the reader's language: an embed snippet copied from a Korean page is a
// Korean embed, and images and embeds asked for in Korean or Dutch are drawn in it (their SVG text),
// while an artefact without `lang` stays English. Screenshots at 390 px go to test-results/i18n-embeds/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations, useBrowser } from './page';
import { ROOT } from './server';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const OUT = path.join(ROOT, 'test-results', 'i18n-embeds');
mkdirSync(OUT, { recursive: true });
const PHONE = { width: 390, height: 844 };

/** The text runs of an SVG drawing, joined: Skia writes a run per word and per font. */
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] as string).join(' ');

describe.each(['en', 'ko', 'nl'])('the flows embed in %s', (lang) => {
	it.each(['/embed/flows', '/embed/flows/live'])(
		`%s renders in ${lang} with no console error and no serious axe violation`,
		async (route) => {
			const { page, response, errors } = await open(`${baseUrl}${route}?${Q}&lang=${lang}`, PHONE);
			expect(response?.status()).toBe(200);
			expect(await page.locator('html').getAttribute('lang')).toBe(lang);
			expect(await seriousViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		}
	);
});

describe('an embed snippet copied from a Korean page', () => {
	it('carries lang=ko, and the embed it loads is Korean', async () => {
		const { page, errors } = await open(`${baseUrl}/trade?${Q}&lang=ko`);
		const card = page.locator('#chart-flows');
		await card.getByRole('button', { name: '퍼가기' }).click();
		const dialog = page.locator('dialog[open]');
		const snippet = await dialog.locator('textarea').first().inputValue();
		const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&');
		expect(src).toBe(`${baseUrl}/embed/flows?${Q}&lang=ko`);
		// The image offered beside it speaks Korean too.
		expect(await dialog.locator('textarea').nth(1).inputValue()).toBe(`${baseUrl}/chart/flows.png?${Q}&lang=ko`);

		const embed = await open(src as string, PHONE);
		expect(await embed.page.locator('html').getAttribute('lang')).toBe('ko');
		expect(await embed.page.locator('h1').innerText()).toBe('대한민국의 대(對)네덜란드 교역: 수출과 수입');
		expect(await embed.page.locator('.source').innerText()).toMatch(/^출처: Direction of Trade Statistics/);
		expect(await embed.page.locator('.more a').innerText()).toBe('전체 자료 보기');
		// The server's drawing inside it: Korean axis title and legend words.
		expect(svgText(await embed.page.locator('.drawn .narrow').innerHTML())).toContain('연도');
		expect([...errors, ...embed.errors]).toEqual([]);
	});
});

describe('artefacts asked for in a language', () => {
	it('/chart/flows.svg?lang=ko and the PNG are drawn in Korean; without lang in English', async () => {
		const ko = svgText(await (await fetch(`${baseUrl}/chart/flows.svg?${Q}&lang=ko`)).text());
		// The SVG holds one text run per font: the hanja 對 and the brackets come apart from the Hangul.
		expect(ko.replace(/\s+/g, '')).toContain('대한민국의대(對)네덜란드교역');
		expect(ko).toContain('연도');
		expect(ko).toContain('출처');
		const en = svgText(await (await fetch(`${baseUrl}/chart/flows.svg?${Q}`)).text());
		expect(en).toContain('Year');
		expect(en).not.toContain('연도');

		const png = await fetch(`${baseUrl}/chart/flows.png?${Q}&lang=ko`);
		expect(png.headers.get('content-type')).toBe('image/png');
		// The caption travels in the file as UTF-8 text (iTXt), in the image's language.
		expect(Buffer.from(await png.arrayBuffer()).toString('utf8')).toContain(
			'대한민국의 대(對)네덜란드 교역: 수출과 수입'
		);
	});

	it('/embed/flows?lang=nl is Dutch, with Dutch number formats in its drawing', async () => {
		const { page, errors } = await open(`${baseUrl}/embed/flows?${Q}&lang=nl`, PHONE);
		expect(await page.locator('h1').innerText()).toBe('Handel van Zuid-Korea met Nederland: uitvoer en invoer');
		const drawing = svgText(await page.locator('.drawn .narrow').innerHTML());
		expect(drawing).toContain('Jaar');
		// Ticks in thousands, grouped with a point.
		expect(drawing).toMatch(/\b[1-8]\.000\b/);
		expect(drawing).not.toMatch(/\b[1-8],000\b/);
		expect(await page.locator('.source').innerText()).toMatch(/^Bron: /);
		expect(errors).toEqual([]);
	});

	it('keeps the CSV of a chart machine-readable: the same keys and numbers in every language', async () => {
		const [en, ko] = await Promise.all(
			['', '&lang=ko'].map(async (lang) => (await fetch(`${baseUrl}/chart/flows.csv?${Q}${lang}`)).text())
		);
		expect(ko).toBe(en);
	});
});

describe('screenshots at 390 px (looked at by hand)', () => {
	it.each([
		['embed-flows-ko', `/embed/flows?${Q}&lang=ko`],
		['embed-flows-nl', `/embed/flows?${Q}&lang=nl`],
		// The interactive embed: Chart.js draws the labels on a canvas, with the same fonts.
		['embed-flows-live-ko', `/embed/flows/live?${Q}&lang=ko`],
		['chart-flows-png-ko', `/chart/flows.png?${Q}&lang=ko&width=390&height=420`]
	])('%s', async (name, url) => {
		const { page, response, errors } = await open(`${baseUrl}${url}`, PHONE);
		expect(response?.status()).toBe(200);
		await page.evaluate(() => document.fonts.ready);
		await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
		// An image opened on its own is no page of ours: Chromium asks for /favicon.ico beside it.
		if (!url.startsWith('/chart/')) expect(errors).toEqual([]);
	});
});
