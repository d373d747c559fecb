// The products view: on the SYNTHETIC product fixture (tests/fixtures/products/) it draws the
// composition of each flow, its tables carry the fixture's figures, and every chart leaves the
// dashboard like the others (PNG, SVG, CSV, embed, citation). On the bundled data, which has no
// product rows, it says so and points to the import.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDrawn, seriousViolations, textWithBom, useBrowser, waitForAllDrawn } from './page';
import { ROOT, startServer, type TestServer } from './server';

const DIR = path.join(ROOT, 'tests', 'fixtures', 'products');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const QUERY = 'reporter=AAA&partner=BBB&year=2022';
const CHART_IDS = ['products-export', 'chapters-export', 'products-import', 'chapters-import'];

/** The fixture's USD product rows of a year and flow, as written in the file. */
function fixtureProducts(year: string, flow: string): { code: string; value: string }[] {
	const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(DIR, 'trade.csv'), 'utf8'), {
		header: true,
		skipEmptyLines: true
	}).data;
	return rows
		.filter((r) => r.period === year && r.flow === flow && r.product_code && r.currency === 'USD')
		.map((r) => ({ code: r.product_code ?? '', value: r.value ?? '' }));
}

const { open } = useBrowser();

describe('/products on the synthetic product fixture', () => {
	let server: TestServer | null = null;
	beforeAll(async () => {
		server = await startServer(DIR);
	});
	afterAll(async () => {
		await server?.stop();
	});
	const base = () => server?.url ?? '';

	it('draws the composition of both flows with no console errors', async () => {
		const { page, response, errors } = await open(`${base()}/products?${QUERY}`);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').innerText()).toBe('Country A (synthetic) – Country B (synthetic): products, 2022');
		expect(await waitForAllDrawn(page)).toBe(true);
		const charts = await page.locator('div[data-chart]').evaluateAll((els) => els.map((e) => e.dataset.chart));
		expect(charts).toEqual(CHART_IDS);
		const drawn = await readDrawn(page, 'products-export');
		expect(drawn?.labels[0]).toBe('8486 Machines for making semiconductors and displays');
		expect(drawn?.series.map((s) => s.label)).toEqual(['2022', '2021']);
		expect(drawn?.series[0]?.values).toEqual([650, 480, 260, 250, 120, 30]);
		// Coffee has no 2021 figure: a gap, not a bar of 0.
		expect(drawn?.series[1]?.values).toEqual([500, 400, 200, 300, 100, null]);
		expect(errors).toEqual([]);
	});

	it.each(['export', 'import'])('the %s table shows every product figure of the fixture', async (flow) => {
		const { page } = await open(`${base()}/products?${QUERY}`);
		const previous = new Map(fixtureProducts('2021', flow).map((r) => [r.code, r.value]));
		const expected = fixtureProducts('2022', flow);
		const table = page.locator(`table[data-table="products-${flow}-table"]`);
		expect(await table.locator('tbody tr').count()).toBe(expected.length);
		for (const { code, value } of expected) {
			const cells = table.locator(`tr[data-code="${code}"] td`);
			expect(await cells.nth(0).getAttribute('data-value'), code).toBe(String(Number(value) * 1e6));
			expect(await cells.nth(0).innerText(), code).toBe(value);
			const before = previous.get(code);
			expect(await cells.nth(1).innerText(), `${code} previous`).toBe(before ?? '–');
			if (before === undefined) expect(await cells.nth(3).innerText(), `${code} change %`).toBe('–');
		}
	});

	it('states what the shares are of', async () => {
		const { page } = await open(`${base()}/products?${QUERY}`);
		const exportsShare = page.locator('table[data-table="products-export-table"] tr[data-code="8486"] td').nth(4);
		expect(await exportsShare.innerText()).toBe('27.1%');
		const text = await page.locator('main').innerText();
		expect(text).toContain('Shares are of all goods (2,400.0 USD million)');
		expect(text).toContain('shares are of the sum of the 3 product figures listed (280.0 USD million');
	});

	it.each(CHART_IDS)('serves %s as PNG, SVG, CSV and embed from its download links', async (id) => {
		const { page } = await open(`${base()}/products?${QUERY}`);
		const card = page.locator(`#chart-${id}`);
		const hrefs = await card.locator('details.download a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.length).toBe(4);
		const [png, svg, csv, all] = hrefs.map((h) => base() + (h ?? ''));
		const pngBody = new Uint8Array(await (await fetch(png ?? '')).arrayBuffer());
		expect([...pngBody.slice(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(await (await fetch(svg ?? '')).text()).toContain('<svg');
		const chartCsv = await textWithBom(await fetch(csv ?? ''));
		expect(chartCsv.startsWith('\uFEFF')).toBe(true);
		expect(chartCsv.split('\r\n')[0]).toMatch(
			id.startsWith('products') ? /^\uFEFFproduct,2022,2021,/ : /^\uFEFFhs chapter,2022,2021,/
		);
		const allCsv = await (await fetch(all ?? '')).text();
		expect(allCsv.split('\r\n').length).toBe(1 + 6 + 5);
		const embed = await open(`${base()}/embed/${id}?${QUERY}`);
		expect(embed.response?.status()).toBe(200);
		expect(await waitForAllDrawn(embed.page)).toBe(true);
		expect(embed.errors).toEqual([]);
	});

	it('offers an embed snippet and a citation that lead back to this view', async () => {
		const { page, errors } = await open(`${base()}/products?${QUERY}`);
		const card = page.locator('#chart-products-export');
		await card.getByRole('button', { name: /Embed/ }).click();
		const snippet = await page
			.locator('dialog[aria-labelledby="embed-products-export-title"] textarea')
			.first()
			.inputValue();
		expect(snippet).toContain('/embed/products-export?reporter=AAA&amp;partner=BBB&amp;year=2022');
		await page.keyboard.press('Escape');
		await card.getByRole('button', { name: /Cite/ }).click();
		const text = page.locator('dialog[aria-labelledby="cite-products-export-title"] textarea').first();
		await expect.poll(() => text.inputValue()).toContain('Test fixture (synthetic)');
		const citation = await text.inputValue();
		expect(citation).toContain('largest products, 2022 [Chart]');
		expect(citation).toContain('/products?reporter=AAA&partner=BBB&year=2022');
		expect(errors).toEqual([]);
	});

	it('switches to 2021, where coffee has no figure', async () => {
		const { page, errors } = await open(`${base()}/products?${QUERY}`);
		await page.getByRole('navigation', { name: 'Year' }).getByRole('link', { name: '2021' }).click();
		await page.waitForURL(/year=2021/);
		await expect.poll(() => page.locator('h1').innerText()).toContain('products, 2021');
		expect(await page.locator('table[data-table="products-export-table"] tr[data-code="0901"]').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('has no serious or critical axe violations', async () => {
		const { page } = await open(`${base()}/products?${QUERY}`);
		expect(await waitForAllDrawn(page)).toBe(true);
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('fits a phone screen: nothing wider than 390 px but the scrolling tables', async () => {
		const { page, errors } = await open(`${base()}/products?${QUERY}`, { width: 390, height: 844 });
		expect(await waitForAllDrawn(page)).toBe(true);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(errors).toEqual([]);
	});
});

describe('/products on the bundled data (no product rows)', () => {
	const baseUrl = inject('baseUrl');

	it('says there are no product figures and links to the import', async () => {
		const { page, response, errors } = await open(`${baseUrl}/products?reporter=KOR&partner=NLD`);
		expect(response?.status()).toBe(200);
		const empty = page.locator('[data-empty="products"]');
		expect(await empty.innerText()).toMatch(/no product figures in this data set/);
		expect(await empty.locator('a[href="/import"]').count()).toBe(1);
		expect(await page.locator('div[data-chart]').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('answers a products chart with 404, not 500', async () => {
		for (const url of ['/chart/products-export.png', '/chart/chapters-import.csv', '/embed/products-export']) {
			expect((await fetch(baseUrl + url)).status, url).toBe(404);
		}
	});
});
