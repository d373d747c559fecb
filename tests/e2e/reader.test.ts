// What the reader sees (issue 9): state never lost, plain charts by default, the overview on one
// screen, dark mode on every page.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();

describe('defect 1: changing the years keeps the rest of the view', () => {
	it.each([
		['typing 2010 in From', 'from', '2010'],
		['pressing Enter in "to"', 'to', '2019']
	])('%s keeps currency, events and claims', async (_, field, year) => {
		const { page } = await open(
			`${baseUrl}/trade?reporter=KOR&partner=NLD&by=NLD&from=2000&to=2020&currency=EUR&events=show&claims=show&figures=show`
		);
		expect(await waitForAllDrawn(page)).toBe(true);
		const input = page.locator(`form.years input[name="${field}"]`);
		await input.fill(year);
		await input.press('Enter');
		await page.waitForURL((url) => url.searchParams.get(field) === year, { timeout: 10_000 });
		const q = new URL(page.url()).searchParams;
		expect(Object.fromEntries(q)).toMatchObject({
			reporter: 'KOR',
			partner: 'NLD',
			by: 'NLD',
			currency: 'EUR',
			events: 'show',
			claims: 'show',
			figures: 'show'
		});
	});

	it("the issue's own URL (events=hide&claims=hide) keeps the currency and the layers hidden", async () => {
		const { page } = await open(
			`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2000&to=2020&currency=EUR&events=hide&claims=hide`
		);
		expect(await waitForAllDrawn(page)).toBe(true);
		const from = page.locator('form.years input[name="from"]');
		await from.fill('2010');
		await from.press('Enter');
		await page.waitForURL((url) => url.searchParams.get('from') === '2010', { timeout: 10_000 });
		const q = new URL(page.url()).searchParams;
		expect(q.get('currency')).toBe('EUR');
		expect(q.get('events')).not.toBe('show');
		expect(q.get('claims')).not.toBe('show');
		expect(await page.locator('[data-toggle="events"][aria-pressed="true"]').count()).toBe(0);
	});
});

describe('plain by default', () => {
	it.each(['/', '/embed/flows?reporter=KOR&partner=NLD'])(
		'%s: the flows legend has at most 6 entries',
		async (path) => {
			const { page, errors } = await open(`${baseUrl}${path}`);
			const legend = page.locator('#chart-flows .legend li, .legend li').first();
			await legend.waitFor({ timeout: 10_000 });
			const entries = await page.locator('.legend li').allInnerTexts();
			expect(entries.length).toBeGreaterThan(0);
			expect(entries.length, entries.join(' | ')).toBeLessThanOrEqual(6);
			expect(errors).toEqual([]);
		}
	);

	it('turning a layer on is in the URL and adds it to the chart', async () => {
		const { page } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2015&to=2024`);
		expect(await waitForAllDrawn(page)).toBe(true);
		const before = await page.locator('#chart-flows .legend li').count();
		await page.locator('[data-toggle="claims"]').click();
		await page.waitForURL((url) => url.searchParams.get('claims') === 'show', { timeout: 10_000 });
		await page.waitForFunction((n) => document.querySelectorAll('#chart-flows .legend li').length > n, before);
		expect(new URL(page.url()).searchParams.get('from')).toBe('2015');
	});
});

describe('the overview at 1280 × 800', () => {
	it('shows the story with linked numbers, the headline figures and one chart without scrolling', async () => {
		const { page, errors } = await open(`${baseUrl}/`, { width: 1280, height: 800 });
		expect(await waitForAllDrawn(page)).toBe(true);
		const story = page.locator('[data-story]');
		expect(await story.innerText()).toMatch(/^In \d{4} /);
		expect(await story.locator('a.figure').count()).toBeGreaterThanOrEqual(4);
		expect(await page.locator('div[data-chart]').count()).toBe(1);
		for (const selector of ['[data-story]', '.summary', 'div[data-chart="flows"]']) {
			const box = await page.locator(selector).boundingBox();
			expect(box, selector).not.toBeNull();
			expect((box?.y ?? 0) + (box?.height ?? 0), `${selector} bottom`).toBeLessThanOrEqual(800);
		}
		expect(errors).toEqual([]);
	});
});

describe('dark mode', () => {
	const background = (page: import('playwright-core').Page) =>
		page.evaluate(
			() =>
				getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor
		);

	it.each(['/', '/trade', '/fdi', '/claims', '/mirror', '/sources'])(
		'%s follows the system setting, and the switch is kept in a cookie the server paints with',
		async (path) => {
			const { page, context } = await open(`${baseUrl}${path}`);
			await page.emulateMedia({ colorScheme: 'dark' });
			const bgOf = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
			expect(await bgOf()).toBe('rgb(22, 22, 22)');
			await page.emulateMedia({ colorScheme: 'light' });
			expect(await bgOf()).toBe('rgb(255, 255, 255)');
			// The switch: system → dark, kept in a cookie; a fresh load is dark before any script runs.
			await page.locator('button.scheme').click();
			expect((await context.cookies()).find((c) => c.name === 'scheme')?.value).toBe('dark');
			const html = await (await page.request.get(`${baseUrl}${path}`)).text();
			expect(html).toContain('data-scheme="dark"');
			await page.reload();
			expect(await bgOf()).toBe('rgb(22, 22, 22)');
		}
	);
});
