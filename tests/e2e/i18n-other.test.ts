// The claims, sources, products and import pages in English, Korean and Dutch: each renders with no
// console error and no serious or critical axe violation, says its language in <html lang>, shows its
// heading in that language, and (ko, nl) shows none of the English text of its own message areas.
// Products run on the SYNTHETIC product fixture (the bundled data has no product rows). Screenshots of
// /claims and /products in Korean at 390 px go to screenshots/ (git-ignored) for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations, useBrowser, waitForAllDrawn } from './page';
import { ROOT, startServer, type TestServer } from './server';

const LOCALES = ['en', 'ko', 'nl'] as const;
type Locale = (typeof LOCALES)[number];
const AREAS = ['claims', 'sources', 'products', 'import'] as const;
const SHOTS = path.join(ROOT, 'screenshots');
const PRODUCTS_QUERY = 'reporter=AAA&partner=BBB&year=2022';

/** A catalogue of one area and locale, without the schema line. */
function catalogue(area: string, locale: Locale): Record<string, unknown> {
	const file = path.join(ROOT, 'src/lib/i18n/messages', area, `${locale}.json`);
	const { $schema: _, ...messages } = JSON.parse(readFileSync(file, 'utf8'));
	return messages;
}

/**
 * The English texts of our areas that a Korean or Dutch page must not show: whole messages without
 * placeholders, of two words or more (a single word such as "position" also occurs in the data's own
 * notes), and translated differently in `locale`.
 */
function englishTexts(locale: Locale): string[] {
	return AREAS.flatMap((area) => {
		const en = catalogue(area, 'en');
		const other = catalogue(area, locale);
		return Object.entries(en).flatMap(([key, text]) =>
			typeof text === 'string' && !text.includes('{') && text.includes(' ') && other[key] !== text ? [text] : []
		);
	});
}

/**
 * The page's own text: <main> without the parts other modules write (chart cards, the shares and
 * rankings of StatementReviews), which their own tests cover.
 */
function ownText(page: Page): Promise<string> {
	return page.locator('main').evaluate((main) => {
		const copy = main.cloneNode(true) as HTMLElement;
		for (const el of copy.querySelectorAll('figure.card, section[aria-labelledby="statements-head"]')) el.remove();
		return copy.innerText || (copy.textContent ?? '');
	});
}

const HEADINGS: Record<string, Record<Locale, string>> = {
	claims: { en: 'Claims next to the data', ko: '발표 수치와 통계 비교', nl: 'Uitspraken naast de cijfers' },
	sources: { en: 'Sources and definitions', ko: '출처 및 정의', nl: 'Bronnen en definities' },
	import: { en: 'Bring your own data', ko: '내 자료 가져오기', nl: 'Eigen gegevens openen' },
	products: {
		en: 'Country A (synthetic) – Country B (synthetic): products, 2022',
		ko: 'Country A (synthetic) – Country B (synthetic) 품목별 교역, 2022년',
		nl: 'Country A (synthetic) – Country B (synthetic): goederen, 2022'
	}
};

const { open } = useBrowser();

/** Opens a page in a language and checks what every page must have; returns the page for more. */
async function checkPage(url: string, page: keyof typeof HEADINGS, locale: Locale, charts = false) {
	const opened = await open(url);
	expect(opened.response?.status()).toBe(200);
	if (charts) expect(await waitForAllDrawn(opened.page)).toBe(true);
	expect(await opened.page.locator('html').getAttribute('lang')).toBe(locale);
	expect(await opened.page.locator('h1').innerText()).toBe(HEADINGS[page]?.[locale]);
	expect(await opened.page.title()).not.toBe('');
	if (locale !== 'en') {
		const text = await ownText(opened.page);
		expect(englishTexts(locale).filter((english) => text.includes(english))).toEqual([]);
	}
	expect(await seriousViolations(opened.page)).toEqual([]);
	expect(opened.errors).toEqual([]);
	return opened;
}

describe('claims, sources and import on the bundled data', () => {
	const base = inject('baseUrl');

	describe.each(LOCALES)('%s', (locale) => {
		it('/claims', async () => {
			const { page } = await checkPage(`${base}/claims?lang=${locale}`, 'claims', locale);
			const headers = await page.locator('table[data-table^="claim-"] thead th').first().innerText();
			expect(headers).toBe({ en: 'Reported by', ko: '보고국', nl: 'Gerapporteerd door' }[locale]);
		});

		it('/sources', async () => {
			const { page } = await checkPage(`${base}/sources?lang=${locale}`, 'sources', locale);
			// The moment is a <time> written for readers, with the machine form in its attribute.
			const time = page.locator('[data-status="ok"] time');
			expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
			expect(await time.innerText()).toMatch(/UTC$/);
			expect(await time.innerText()).not.toMatch(/T\d\d:/);
		});

		it('/import', async () => {
			const { page } = await checkPage(`${base}/import?lang=${locale}`, 'import', locale);
			const file = path.join(ROOT, 'src/lib/import/fixtures/comtrade-plus/TradeData_synthetic.csv');
			await page.locator('input[type=file]').setInputFiles(file);
			await page.getByTestId('format').waitFor();
			// The worker draws the charts in the page's language (it is told the locale with each view).
			await page.locator('div[data-chart]').first().waitFor();
			expect(await waitForAllDrawn(page)).toBe(true);
			expect(await page.locator('#report-title').innerText()).toBe(
				{ en: 'Report', ko: '결과 보고', nl: 'Verslag' }[locale]
			);
			const text = await ownText(page);
			if (locale !== 'en') expect(englishTexts(locale).filter((english) => text.includes(english))).toEqual([]);
			expect(await seriousViolations(page)).toEqual([]);
		});
	});

	it('/claims in Korean fits a 390 px screen (screenshot in screenshots/)', async () => {
		const { page, errors } = await open(`${base}/claims?lang=ko`, { width: 390, height: 844 });
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: path.join(SHOTS, 'claims-ko-390.png'), fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(errors).toEqual([]);
	});
});

describe('/products on the synthetic product fixture', () => {
	let server: TestServer | null = null;
	beforeAll(async () => {
		server = await startServer(path.join(ROOT, 'tests', 'fixtures', 'products'));
	});
	afterAll(async () => {
		await server?.stop();
	});

	it.each(LOCALES)('%s', async (locale) => {
		const { page } = await checkPage(
			`${server?.url}/products?${PRODUCTS_QUERY}&lang=${locale}`,
			'products',
			locale,
			true
		);
		// Every link of the view keeps the language.
		const year = page.locator('nav.pills a', { hasText: '2021' });
		expect(new URL((await year.getAttribute('href')) ?? '', 'http://x').searchParams.get('lang')).toBe(locale);
		const header = page.locator('table[data-table="products-export-table"] thead th').first();
		expect(await header.innerText()).toBe({ en: 'Product', ko: '품목', nl: 'Goederen' }[locale]);
	});

	it('in Korean fits a 390 px screen (screenshot in screenshots/)', async () => {
		const { page, errors } = await open(`${server?.url}/products?${PRODUCTS_QUERY}&lang=ko`, {
			width: 390,
			height: 844
		});
		expect(await waitForAllDrawn(page)).toBe(true);
		mkdirSync(SHOTS, { recursive: true });
		await page.screenshot({ path: path.join(SHOTS, 'products-ko-390.png'), fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(errors).toEqual([]);
	});
});
