// Every page loads, hydrates without errors and draws its charts; the trade page's figures are in the
// server-rendered HTML, so they are there without JavaScript.
import { describe, expect, inject, it } from 'vitest';
import { readDrawn, useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();

/** The minimum number of charts each page draws on the bundled KOR–NLD data. */
const PAGES: { path: string; charts: number }[] = [
	{ path: '/', charts: 1 },
	{ path: '/trade', charts: 4 },
	{ path: '/fdi', charts: 1 },
	{ path: '/sources', charts: 0 }
];

describe('every page', () => {
	for (const { path, charts } of PAGES) {
		it(`${path} loads, has no errors and draws ${charts ? `at least ${charts} charts` : 'no chart'}`, async () => {
			const { page, response, errors } = await open(baseUrl + path);
			expect(response?.status()).toBe(200);
			const boxes = page.locator('div[data-chart]');
			const count = await boxes.count();
			expect(count).toBeGreaterThanOrEqual(charts);
			if (count > 0) expect(await waitForAllDrawn(page), 'every div[data-chart] gets data-drawn').toBe(true);

			for (let i = 0; i < count; i++) {
				const box = boxes.nth(i);
				const id = await box.getAttribute('data-chart');
				expect(id, `chart #${i} has an id`).toBeTruthy();
				const drawn = await readDrawn(page, id ?? '');
				expect(drawn, `chart ${id} drew`).not.toBeNull();
				expect(drawn?.labels.length, `chart ${id} has labels`).toBeGreaterThan(0);
				const values = drawn?.series.flatMap((s) => s.values) ?? [];
				expect(
					values.some((v) => v !== null),
					`chart ${id} holds at least one value`
				).toBe(true);
				const size = await box.locator('canvas').evaluate((c: HTMLCanvasElement) => {
					const r = c.getBoundingClientRect();
					return { width: r.width, height: r.height, pixels: c.width * c.height };
				});
				expect(size.width, `chart ${id} canvas width`).toBeGreaterThan(0);
				expect(size.height, `chart ${id} canvas height`).toBeGreaterThan(0);
				expect(size.pixels, `chart ${id} canvas bitmap`).toBeGreaterThan(0);
			}
			expect(errors).toEqual([]);
		});
	}
});

/** The text of every <td> in an HTML string, tags removed. */
function cellTexts(html: string): string[] {
	return [...html.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((m) =>
		(m[1] ?? '')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

describe('server-side rendering', () => {
	it('/trade carries the 2020 figures in its table cells without JavaScript', async () => {
		const response = await fetch(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2018&to=2020`);
		expect(response.status).toBe(200);
		const html = await response.text();
		const cells = cellTexts(html);
		// U+2212 MINUS SIGN, as the app formats negative figures.
		// At the precision IMF publishes them (issue 9, defect 7).
		for (const figure of ['3,987.104', '6,223.837', '\u22122,236.733']) {
			expect(
				cells.some((c) => c.split(' ').includes(figure)),
				`a <td> shows ${figure}`
			).toBe(true);
		}
		// The flows table holds exactly the years asked for.
		const flows = /<table\b[^>]*data-table="flows"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
		expect(flows, 'the flows data table is server-rendered').not.toBe('');
		const rows = [...flows.matchAll(/<th\b[^>]*scope="row"[^>]*>\s*(\d{4})\s*<\/th>/g)].map((m) => m[1]);
		expect(rows).toEqual(['2018', '2019', '2020']);
	});
});
