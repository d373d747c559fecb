// Print: a report on another origin embeds two widgets with the dashboard's own snippet and is printed
// to PDF by Chromium; so is a dashboard page. The PDF pages are rendered to PNG with poppler's pdftoppm
// (and read with pdftotext) and checked: each chart whole (its plotted line ends inside the frame, the
// last year's label is on the page), title, unit and source line printed, no controls, no chart split
// across pages. The PDFs and PNGs stay in test-results/print/ for a person to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../src/lib/embed/links';
import { useBrowser, waitForAllDrawn } from './page';
import { ROOT } from './server';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const OUT = path.join(ROOT, 'test-results', 'print');
// A4 at 96 dpi (CSS pixels): pdftoppm -r 96 gives one PNG pixel per CSS pixel.
const A4 = { width: 794, height: 1123 };
const COLOURS = { reporter: [0x00, 0x72, 0xb2], partner: [0xd5, 0x5e, 0x00], surplus: [0x00, 0x9e, 0x73] } as const;

interface Printed {
	pngs: string[];
	/** Text of each page (pdftotext -layout). */
	pages: string[];
	/** Words with their boxes in CSS pixels, per page. */
	words: { page: number; text: string; xMin: number; xMax: number; yMin: number }[];
}

/** Prints the page to an A4 PDF, renders every page to PNG and extracts the text. */
async function print(page: Page, name: string, marginPx = 0): Promise<Printed> {
	mkdirSync(OUT, { recursive: true });
	for (const f of readdirSync(OUT)) if (f.startsWith(`${name}-`) || f.startsWith(`${name}.`)) rmSync(path.join(OUT, f));
	const pdf = path.join(OUT, `${name}.pdf`);
	const margin = `${marginPx}px`;
	writeFileSync(
		pdf,
		await page.pdf({ format: 'A4', margin: { top: margin, bottom: margin, left: margin, right: margin } })
	);
	execFileSync('pdftoppm', ['-r', '96', '-png', pdf, path.join(OUT, name)]);
	const pngs = readdirSync(OUT)
		.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
		.sort()
		.map((f) => path.join(OUT, f));
	const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
		.split('\f')
		.slice(0, pngs.length);
	// -bbox: every word with its box in PDF points (1/72 in); 96/72 turns them into CSS pixels.
	const xhtml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
	const words: Printed['words'] = [];
	xhtml
		.split('<page ')
		.slice(1)
		.forEach((chunk, page) => {
			for (const m of chunk.matchAll(
				/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g
			))
				words.push({
					page,
					text: m[4] ?? '',
					xMin: (Number(m[1]) * 96) / 72,
					xMax: (Number(m[3]) * 96) / 72,
					yMin: (Number(m[2]) * 96) / 72
				});
		});
	return { pngs, pages, words };
}

/** The box of the pixels of a PNG within `tolerance` of a colour (null if there are none). */
async function colourBox(png: string, [r, g, b]: readonly number[], tolerance = 40) {
	const image = await loadImage(png);
	const ctx = createCanvas(image.width, image.height).getContext('2d');
	ctx.drawImage(image, 0, 0);
	const { data, width, height } = ctx.getImageData(0, 0, image.width, image.height);
	let box: { xMin: number; xMax: number; yMin: number; yMax: number; count: number } | null = null;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const d =
				Math.abs((data[i] ?? 0) - (r ?? 0)) +
				Math.abs((data[i + 1] ?? 0) - (g ?? 0)) +
				Math.abs((data[i + 2] ?? 0) - (b ?? 0));
			if (d > tolerance) continue;
			box ??= { xMin: x, xMax: x, yMin: y, yMax: y, count: 0 };
			box.xMin = Math.min(box.xMin, x);
			box.xMax = Math.max(box.xMax, x);
			box.yMin = Math.min(box.yMin, y);
			box.yMax = Math.max(box.yMax, y);
			box.count++;
		}
	return box;
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('a report on another origin with two embedded widgets, printed', () => {
	let host: Server;
	let hostUrl: string;
	// The report's column: the frames are as wide as the printed page less this padding.
	const PAD = 8;

	beforeAll(async () => {
		const snippet = (chart: string, title: string) =>
			embedSnippet({ origin: baseUrl, src: embedUrl(baseUrl, chart, Q), title });
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title>
			<style>body{margin:0;font-family:serif} #column{padding:${PAD}px}</style></head>
			<body><div id="column"><h1>Trade with Korea</h1><p>Our report on trade with Korea.</p>
			${snippet('flows', 'Flows')}<p>Between the charts.</p>${snippet('balance', 'Balance')}
			<p>The end of the report.</p></div></body></html>`;
		host = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(html);
		});
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
	});
	afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

	it('shows each chart whole, with its title, unit, legend and source line, and no controls', async () => {
		// Read on a wide screen (the frames take their heights there), then printed on A4.
		const { page } = await open(hostUrl, { width: 1100, height: 900 });
		const frames = page.locator('iframe[data-bilateral-embed]');
		await expect
			.poll(() => frames.evaluateAll((fs) => fs.map((f) => (f as HTMLIFrameElement).style.height)))
			.not.toContain('560px');
		const printed = await print(page, 'report');
		const text = printed.pages.join('\n');

		expect(count(text, 'Source: Direction of Trade Statistics')).toBe(2);
		expect(text).toContain('exports and imports');
		expect(text).toContain('trade balance with Netherlands');
		expect(count(text, 'USD million, current prices')).toBe(2);
		// The legends.
		expect(text).toContain('Exports KOR→NLD · reported by KOR');
		expect(text).toContain('Balance KOR–NLD · reported by KOR');
		// No controls.
		expect(text).not.toContain('Data table');

		// The last year's label of each chart lies inside its frame, on the page.
		const frameRight = A4.width - PAD;
		const lastYears = printed.words.filter((w) => w.text === '2020');
		expect(lastYears.length).toBeGreaterThanOrEqual(2);
		for (const w of lastYears) expect(w.xMax).toBeLessThan(frameRight);

		// The plotted lines of the flows chart end before the frame's right edge (a chart cut at the
		// edge has its lines running into it), and reach far to the right (the whole width is used).
		const boxes = (await Promise.all(printed.pngs.map((png) => colourBox(png, COLOURS.reporter)))).filter(
			(b) => b && b.count > 200
		);
		expect(boxes.length).toBeGreaterThan(0);
		for (const box of boxes) {
			expect(box?.xMax).toBeLessThan(frameRight - 20);
			expect(box?.xMax).toBeGreaterThan(A4.width * 0.75);
		}
		// Each chart is on one page: its title and its source line are printed on the same page.
		for (const title of ['exports and imports', 'trade balance with Netherlands']) {
			const pageOf = printed.pages.findIndex((p) => p.includes(title));
			const rest = printed.pages[pageOf]?.slice(printed.pages[pageOf]?.indexOf(title)) ?? '';
			expect(rest, title).toContain('Source: Direction of Trade Statistics');
		}
	});

	it('fits each frame without scrollbars when printed, whatever the theme', async () => {
		const { page } = await open(hostUrl, { width: 1100, height: 900 });
		await page.emulateMedia({ media: 'print' });
		for (const frame of page.frames().slice(1)) {
			await frame.waitForLoadState();
			const fit = await frame.evaluate(() => {
				const source = document.querySelector('.source')?.getBoundingClientRect();
				return {
					scroll: getComputedStyle(document.documentElement).overflow + ' ' + getComputedStyle(document.body).overflow,
					sourceInside: !!source && source.bottom <= innerHeight,
					drawing: [...document.querySelectorAll('.drawn svg')].some((s) => s.getBoundingClientRect().height > 100)
				};
			});
			expect(fit).toEqual({ scroll: 'hidden hidden', sourceInside: true, drawing: true });
		}
	});
});

describe('a dashboard page, printed', () => {
	/** Labels of controls, none of which belongs on paper (the header's colour switch included). */
	const CONTROLS = ['Download these figures', 'Data table', 'Overview', 'From', 'Embed', 'Cite', 'Colours'];

	/**
	 * Every chart card on its page whole: title and source on the same page (no break through a chart),
	 * no controls, the unit printed, and the plotted lines inside the printed width (they end before the
	 * page's margin). `minCharts`: how many cards the page has at least; `controls`: labels of controls
	 * that must not be printed.
	 */
	async function expectPrintedWhole(
		page: Page,
		name: string,
		minCharts: number,
		heading: string,
		controls: readonly string[] = CONTROLS
	) {
		const margin = 38; // 1 cm
		const printed = await print(page, name, margin);
		const text = printed.pages.join('\n');
		expect(text).toContain(heading);
		for (const control of controls) expect(text).not.toContain(control);

		const titles = await page.locator('figure.card h2').allInnerTexts();
		expect(titles.length).toBeGreaterThanOrEqual(minCharts);
		for (const title of titles) {
			const pageOf = printed.pages.findIndex((p) => p.includes(title.slice(0, 40)));
			expect(pageOf, title).toBeGreaterThanOrEqual(0);
			const rest = printed.pages[pageOf]?.slice(printed.pages[pageOf]?.indexOf(title.slice(0, 40))) ?? '';
			expect(rest, title).toMatch(/Sources?:/);
		}
		expect(count(text, 'USD million')).toBeGreaterThanOrEqual(minCharts);

		const contentRight = A4.width - margin;
		let seen = 0;
		for (const png of printed.pngs)
			for (const colour of [COLOURS.reporter, COLOURS.partner, COLOURS.surplus]) {
				const box = await colourBox(png, colour);
				if (!box || box.count < 200) continue;
				seen++;
				expect(box.xMax, path.basename(png)).toBeLessThan(contentRight - 4);
			}
		expect(seen).toBeGreaterThanOrEqual(minCharts);
	}

	it('/trade: every chart whole on one page, with title, unit, legend and source; no controls', async () => {
		const { page } = await open(`${baseUrl}/trade?${Q}`, { width: 1280, height: 900 });
		expect(await waitForAllDrawn(page)).toBe(true);
		await expectPrintedWhole(page, 'trade', 4, 'goods trade');
	});

	it('printed before Chart.js has arrived, each chart not drawn says so on paper instead of printing blank', async () => {
		// The chunk the browser fetches Chart.js in, from the build's manifest; the test holds it back.
		const manifest = JSON.parse(
			readFileSync(path.join(ROOT, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')
		) as Record<string, { file: string }>;
		const chartJs = manifest['src/lib/charts/register.ts']?.file;
		expect(chartJs).toBeTruthy();
		const { page } = await open('about:blank');
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let asked = () => {};
		const askedFor = new Promise<void>((resolve) => (asked = resolve));
		await page.route(`**/${chartJs}`, async (route) => {
			asked();
			await held;
			await route.continue().catch(() => undefined);
		});
		await page.goto(`${baseUrl}/trade?${Q}`, { waitUntil: 'domcontentloaded' });
		await askedFor; // the page has hydrated and its charts wait for Chart.js
		const printed = await print(page, 'trade-early', 38);
		release();
		const text = printed.pages.join(' ').replace(/\s+/g, ' ');
		const charts = await page.locator('div[data-chart]').count();
		expect(charts).toBeGreaterThanOrEqual(4);
		expect(count(text, 'This chart was not drawn yet when the page was printed: print again in a moment.')).toBe(
			charts
		);
	});

	// Printed straight after opening, as a reader pressing Ctrl+P does: the charts below the first screen
	// have not been drawn yet (they wait to be scrolled to) and are drawn for the paper.
	it.each([
		['/mirror', 'mirror', 3, 'Mirror statistics', CONTROLS],
		// (The overview has no year picker, and its story says "From 2010 to 2020".)
		['/', 'overview', 1, ': trade', CONTROLS.filter((c) => c !== 'From')]
	] as const)(
		'%s printed before scrolling: every chart drawn and whole',
		async (route, name, minCharts, heading, controls) => {
			const { page } = await open(`${baseUrl}${route}?${Q}`, { width: 1280, height: 900 });
			const undrawn = await page.evaluate(
				() => [...document.querySelectorAll('div[data-chart]')].filter((b) => !b.hasAttribute('data-drawn')).length
			);
			if (minCharts > 1) expect(undrawn, 'charts below the first screen wait to be scrolled to').toBeGreaterThan(0);
			await expectPrintedWhole(page, name, minCharts, heading, controls);
		}
	);
});
