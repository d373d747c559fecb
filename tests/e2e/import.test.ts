// /import: a downloaded file is read in the browser (a Web Worker), never uploaded, and shown as the
// report, the pairs found and the same charts /trade draws.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readDrawn, useBrowser, waitForDrawn } from './page';
import { ROOT } from './server';

const FIXTURES = path.join(ROOT, 'src/lib/import/fixtures');
const { open } = useBrowser();

/** Every request the page makes, with its body, so a test can prove the file's bytes never left. */
function recordRequests(page: Page): { url: string; body: Buffer | null }[] {
	const seen: { url: string; body: Buffer | null }[] = [];
	page.on('request', (r: Request) => seen.push({ url: r.url(), body: r.postDataBuffer() }));
	return seen;
}

async function choose(page: Page, name: string, buffer: Buffer) {
	await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

describe('/import', () => {
	it('shows a Windows-1252 Comtrade+ file with its countries, report and charts, and uploads nothing', async () => {
		const { page, errors } = await open(`${inject('baseUrl')}/import`);
		const requests = recordRequests(page);
		await expect(page.getByText('Nothing is uploaded')).toBeTruthy();
		const bytes = readFileSync(path.join(FIXTURES, 'comtrade-plus/TradeData_synthetic.csv'));
		await choose(page, 'TradeData_synthetic.csv', bytes);

		await page.getByTestId('format').waitFor();
		expect(await page.getByTestId('format').innerText()).toBe('UN Comtrade+ CSV (TradeData)');
		expect(await page.getByTestId('encoding').innerText()).toBe('Windows-1252');
		const skipped = await page.getByTestId('skipped').innerText();
		expect(skipped).toContain('flow RX (re-exports, re-imports and processing flows are not in the contract)');
		expect(skipped).toContain('(S19, Other Asia, nes)');

		const options = await page.locator('.pairs select').first().locator('option').allInnerTexts();
		expect(options).toEqual(
			expect.arrayContaining([
				'Netherlands – Curaçao (2021–2021)',
				"Netherlands – Côte d'Ivoire (2021–2021)",
				'Netherlands – Rep. of Korea (2021–2022)'
			])
		);
		await page.locator('.pairs select').first().selectOption({ label: 'Netherlands – Rep. of Korea (2021–2022)' });
		expect(await waitForDrawn(page, 'flows')).toBe(true);
		const drawn = await readDrawn(page, 'flows');
		expect(drawn?.labels).toEqual(['2021', '2022']);
		expect(drawn?.series.map((s) => s.values)).toContainEqual([3987, 4100]);

		// The year filter narrows the same chart.
		await page.locator('.pairs label', { hasText: 'From' }).locator('select').selectOption('2022');
		await page.waitForFunction(() =>
			(document.querySelector('div[data-chart="flows"]')?.getAttribute('data-drawn') ?? '').includes(
				'"labels":["2022"]'
			)
		);

		const names = (await page.locator('.downloads a').allInnerTexts()).sort();
		expect(names).toEqual(['countries.csv', 'sources.csv', 'trade.csv']);
		const download = page.waitForEvent('download');
		await page.locator('.downloads a', { hasText: 'countries.csv' }).click();
		const text = readFileSync((await (await download).path()) as string, 'utf8');
		expect(text).toContain("CIV,Côte d'Ivoire");
		expect(text).toContain('CUW,Curaçao');

		const needle = Buffer.from('Rep. of Korea');
		expect(requests.filter((r) => r.body?.includes(needle) || r.body?.includes(bytes.subarray(0, 64)))).toEqual([]);
		expect(requests.filter((r) => r.url.startsWith('http') && !r.url.startsWith(inject('baseUrl')))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it.each([
		['garbage.png', 'garbage.png is a binary file (it contains NUL bytes), not a CSV or TSV text file; accepted:'],
		['empty.csv', 'empty.csv is empty; accepted:'],
		['people.csv', 'people.csv is a table of another kind (columns name, email, age); accepted:']
	])('refuses %s with one sentence', async (file, start) => {
		const { page, errors } = await open(`${inject('baseUrl')}/import`);
		await choose(page, file, readFileSync(path.join(FIXTURES, 'refused', file)));
		const alert = page.locator('.refusal');
		await alert.waitFor();
		const sentence = await alert.innerText();
		expect(sentence.startsWith(start)).toBe(true);
		expect(sentence.match(/\.\s/g)).toBeNull();
		expect(await page.locator('.report').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('keeps the page responsive while a large file is parsed, showing progress', async () => {
		const { page, errors } = await open(`${inject('baseUrl')}/import`);
		// A SYNTHETIC IMF-matrix-style file of about 25 MB, made here so nothing large is committed.
		// 60 areas (IMF names and ISO codes) × 59 partners × 2 flows a year, about 70 years.
		const names = [
			'"Korea, Rep. of"',
			'"Netherlands, The"',
			...'DEU JPN FRA ITA ESP CAN USA MEX BRA ARG CHL PER COL AUS NZL CHN IND IDN THA VNM MYS SGP PHL PAK BGD TUR IRN SAU ARE EGY NGA ZAF KEN MAR DZA TUN GHA ETH POL CZE SVK HUN ROU BGR GRC PRT IRL GBR NOR SWE FIN DNK ISL AUT CHE BEL LUX UKR'.split(
				' '
			)
		];
		const lines = ['reporter,partner,year,flow,value_usd_millions,flag'];
		for (let year = 1900; lines.length < 500_000; year++) {
			for (const r of names)
				for (const p of names)
					if (r !== p)
						for (const flow of ['export', 'import'])
							lines.push(`${r},${p},${year},${flow},${(year * 7.123).toFixed(3)},`);
		}
		const buffer = Buffer.from(lines.join('\n') + '\n');
		// A timer on the main thread: if parsing ran there, the gaps between ticks would be seconds long.
		await page.evaluate(() => {
			const w = window as unknown as { probe: { last: number; worst: number; ticks: number } };
			w.probe = { last: performance.now(), worst: 0, ticks: 0 };
			setInterval(() => {
				const now = performance.now();
				w.probe.worst = Math.max(w.probe.worst, now - w.probe.last);
				w.probe.last = now;
				w.probe.ticks++;
			}, 20);
		});
		await choose(page, 'large-matrix.csv', buffer);
		// Handing a 25 MB file to the page through the test driver blocks it by itself: the probe starts
		// when the worker reports parsing, and runs until the report is on the page.
		await page.getByText('Parsing…').waitFor({ timeout: 60_000 });
		await page.evaluate(() => {
			const w = window as unknown as { probe: { last: number; worst: number; ticks: number } };
			w.probe = { last: performance.now(), worst: 0, ticks: 0 };
		});
		const seen = new Set<string>();
		while ((await page.getByTestId('format').count()) === 0) {
			const value = await page
				.locator('progress')
				.getAttribute('value')
				.catch(() => null);
			if (value) seen.add(value);
			await page.waitForTimeout(50);
		}
		// The page answered while the file was parsed and drew several progress values in between: parsing
		// ran off the main thread. The timer is a freeze detector (a parse on the main thread stops it for
		// the whole parse, tens of seconds), not a benchmark: its bound is loose for a loaded machine.
		expect(seen.size).toBeGreaterThan(3);
		const probe = await page.evaluate(() => (window as unknown as { probe: { worst: number; ticks: number } }).probe);
		expect(probe.ticks).toBeGreaterThan(20);
		expect(probe.worst).toBeLessThan(3000);
		expect(errors).toEqual([]);
	}, 120_000);
});

describe('the pair picker', () => {
	it('chooses reporter and partner by keyboard alone, as an ARIA 1.2 combobox', async () => {
		const { page, errors } = await open(`${inject('baseUrl')}/trade?reporter=KOR&partner=NLD&from=2000&to=2020`);
		const reporter = page.locator('#pair-reporter-input');
		expect(await reporter.getAttribute('role')).toBe('combobox');
		expect(await reporter.inputValue()).toBe('Republic of Korea');
		// Tab to the reporter box, as a keyboard user would.
		for (let i = 0; i < 40 && !(await reporter.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		expect(await reporter.evaluate((el) => el === document.activeElement)).toBe(true);

		await page.keyboard.type('neth');
		await page.locator('#pair-reporter-list [role=option]').first().waitFor();
		expect(await reporter.getAttribute('aria-expanded')).toBe('true');
		const active = await reporter.getAttribute('aria-activedescendant');
		expect(await page.locator(`#${active}`).innerText()).toBe('Netherlands NLD');
		expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
		expect(await page.locator('.combo [aria-live]').first().innerText()).toBe('1 option');

		// Escape closes the list without choosing; ArrowDown opens it again on what was typed.
		await page.keyboard.press('Escape');
		expect(await reporter.getAttribute('aria-expanded')).toBe('false');
		await page.keyboard.press('ArrowDown');
		await page.waitForFunction(
			() => document.querySelector('#pair-reporter-input')?.getAttribute('aria-expanded') === 'true'
		);

		// Enter chooses; the Netherlands has figures with Korea, so the view changes at once.
		await page.keyboard.press('Enter');
		await page.waitForURL(/reporter=NLD&partner=KOR/);
		expect(await page.locator('h1').innerText()).toBe('Netherlands – Republic of Korea: goods trade');
		expect(new URL(page.url()).searchParams.get('from')).toBe('2000');

		// The partner box offers only the reporter's partners.
		const partner = page.locator('#pair-partner-input');
		await partner.focus();
		await page.keyboard.press('ArrowDown');
		await page.locator('#pair-partner-list [role=option]').first().waitFor();
		expect(await page.locator('#pair-partner-list [role=option]').allInnerTexts()).toEqual(['Republic of Korea KOR']);
		expect(errors).toEqual([]);
	});
});
