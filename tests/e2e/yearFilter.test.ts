// The year filter and the side switch: keyboard reachable, reflected in the URL, survive a reload, and
// the chart, its data table and the URL always agree.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readDrawn, useBrowser, waitForAllDrawn, waitForFirstLabel, years } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const START = `${baseUrl}/trade?reporter=KOR&partner=NLD&from=2000&to=2020`;

/** Marks the window, so a test can tell a client-side navigation (mark kept) from a full page load (mark gone). */
async function markWindow(page: Page): Promise<void> {
	await page.evaluate(() => ((window as unknown as { e2eMark?: string }).e2eMark = 'still here'));
}
async function windowMarked(page: Page): Promise<boolean> {
	return page.evaluate(() => (window as unknown as { e2eMark?: string }).e2eMark === 'still here');
}

/** Presses Tab until the `from` year input has focus; returns how many presses it took (0 = never). */
async function tabToFromInput(page: Page, maxPresses = 40): Promise<number> {
	for (let i = 1; i <= maxPresses; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			return el instanceof HTMLInputElement && el.type === 'number' && el.name === 'from';
		});
		if (focused) return i;
	}
	return 0;
}

/** The data-value cells of a data table, one array per row, as numbers (null for an empty cell). */
async function tableValues(page: Page, tableId: string): Promise<{ period: string; values: (number | null)[] }[]> {
	return page.locator(`table[data-table="${tableId}"] tbody tr`).evaluateAll((rows) =>
		rows.map((row) => ({
			period: row.querySelector('th')?.textContent?.trim() ?? '',
			values: [...row.querySelectorAll('td[data-value]')].map((td) => {
				const raw = td.getAttribute('data-value') ?? '';
				return raw === '' ? null : Number(raw);
			})
		}))
	);
}

describe('year filter on /trade', () => {
	it('typing a year with the keyboard filters the chart and table, updates the URL and survives a reload', async () => {
		const { page, response, errors } = await open(START);
		expect(response?.status()).toBe(200);
		expect(await waitForAllDrawn(page)).toBe(true);
		expect((await readDrawn(page, 'flows'))?.labels).toEqual(years(2000, 2020));

		// Keyboard only: Tab to the input, select its text, type, Enter.
		await markWindow(page);
		expect(await tabToFromInput(page), 'the "from" input is reachable with Tab').toBeGreaterThan(0);
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type('2010');
		await page.keyboard.press('Enter');

		await page.waitForURL((url) => url.searchParams.get('from') === '2010', { timeout: 10_000 });
		const url = new URL(page.url());
		expect(url.pathname).toBe('/trade');
		expect(url.searchParams.get('reporter')).toBe('KOR');
		expect(url.searchParams.get('partner')).toBe('NLD');
		expect(url.searchParams.get('to')).toBe('2020');
		expect(await waitForFirstLabel(page, 'flows', '2010'), 'the flows chart redraws from 2010').toBe(true);
		expect((await readDrawn(page, 'flows'))?.labels).toEqual(years(2010, 2020));
		expect((await tableValues(page, 'flows'))[0]?.period).toBe('2010');
		expect(await windowMarked(page), 'the filter navigates client-side, without a full reload').toBe(true);
		// Focus stays in the form (data-sveltekit-keepfocus), so a keyboard user can go on typing.
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('from');

		await page.reload({ waitUntil: 'networkidle' });
		expect(await waitForAllDrawn(page)).toBe(true);
		expect((await readDrawn(page, 'flows'))?.labels).toEqual(years(2010, 2020));
		expect(await page.getByRole('spinbutton', { name: 'From' }).inputValue()).toBe('2010');
		expect((await tableValues(page, 'flows'))[0]?.period).toBe('2010');
		expect(errors).toEqual([]);
	});

	it('the flows data table holds exactly the values the chart drew, in the same order', async () => {
		const { page, errors } = await open(START);
		expect(await waitForAllDrawn(page)).toBe(true);
		const drawn = await readDrawn(page, 'flows');
		expect(drawn).not.toBeNull();
		const table = await tableValues(page, 'flows');
		expect(table.map((r) => r.period)).toEqual(drawn?.labels);
		expect(drawn?.series.length).toBeGreaterThanOrEqual(2);
		table.forEach((row, i) => {
			const fromChart = drawn?.series.map((s) => s.values[i] ?? null);
			expect(row.values, `row ${row.period}`).toEqual(fromChart);
		});
		// A concrete anchor: Korea's 2020 exports to the Netherlands as reported by Korea (IMF DOTS).
		const last = table[table.length - 1];
		expect(last?.period).toBe('2020');
		expect(last?.values[0]).toBeCloseTo(3987.104, 3);
		expect(last?.values[1]).toBeCloseTo(6223.837, 3);
		expect(errors).toEqual([]);
	});

	it('"as reported by Netherlands" sets by=NLD and redraws the balance from the Dutch figures', async () => {
		const { page, errors } = await open(START);
		expect(await waitForAllDrawn(page)).toBe(true);
		const before = await readDrawn(page, 'balance');
		const beforeRaw = await page.locator('div[data-chart="balance"]').getAttribute('data-drawn');
		expect(before?.series[0]?.values.some((v) => v !== null)).toBe(true);

		await markWindow(page);
		await page.getByRole('link', { name: 'as reported by Netherlands' }).click();
		await page.waitForURL((url) => url.searchParams.get('by') === 'NLD', { timeout: 10_000 });
		const changed = await page
			.waitForFunction(
				(previous) => document.querySelector('div[data-chart="balance"]')?.getAttribute('data-drawn') !== previous,
				beforeRaw,
				{ timeout: 10_000 }
			)
			.then(() => true)
			.catch(() => false);
		expect(changed, 'the balance chart redraws').toBe(true);
		const after = await readDrawn(page, 'balance');
		expect(after?.series[0]?.values).not.toEqual(before?.series[0]?.values);
		expect(after?.series[0]?.label).toContain('NLD');
		// The years are kept.
		expect(new URL(page.url()).searchParams.get('from')).toBe('2000');
		expect(after?.labels[0]).toBe('2000');
		expect(await windowMarked(page), 'the side switch navigates client-side').toBe(true);
		await expect(
			page.getByRole('link', { name: 'as reported by Netherlands' }).getAttribute('aria-current')
		).resolves.toBe('page');
		expect(errors).toEqual([]);
	});
});
