// An embed's colours before its script runs: theme=auto sends a light and a dark drawing and CSS shows
// the one the reader's system asks for, from the first paint (no script decides); theme=light and
// theme=dark keep theirs whatever the system says; paper is always light. Checked in what the reader
// sees: which drawing has a box at first paint, the colour of its painted background, the legend's
// swatches and the page's own colours. The screenshots stay in test-results/embed-theme/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PALETTE } from '../../src/lib/charts/palette';
import { useBrowser } from './page';
import { ROOT } from './server';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const OUT = path.join(ROOT, 'test-results', 'embed-theme');

// The server drawings' backgrounds (chartImage.ts) and the page's (the embed layout's colour variables).
const DRAWING_BACKGROUND = { light: [255, 255, 255], dark: [0x1b, 0x1b, 0x1b] } as const;
const PAGE = {
	light: { bg: 'rgb(255, 255, 255)', text: 'rgb(26, 26, 26)' },
	dark: { bg: 'rgb(22, 22, 22)', text: 'rgb(232, 232, 232)' },
	print: { bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' }
};
// The reporter's swatch in the legend: the palette's blue, or on dark its lighter kin (DARK_THEME in
// charts/config.ts, which this standalone test config cannot import: it reaches $lib).
const SWATCH = { light: PALETTE.reporter, dark: '#56B4E9' };

type Scheme = 'light' | 'dark';

interface Seen {
	/** The scheme of each drawing with a box when the browser first painted. */
	atFirstPaint: string[];
	/** The same now (after load, before any interaction). */
	visible: { scheme: string; viewBox: string }[];
	legendSwatches: string[];
	page: { bg: string; text: string };
	url: string;
	canvases: number;
}

/**
 * Opens an embed with the given media emulated from before the first byte, records which drawing was
 * on screen at first paint, and screenshots the visible drawing. The pointer never touches the page.
 */
async function openEmbed(
	url: string,
	media: { colorScheme: Scheme; media?: 'print' | 'screen' },
	width: number,
	shot: string
): Promise<{ seen: Seen; background: number[] }> {
	const { page, errors } = await open('about:blank', { width, height: 700 });
	await page.emulateMedia({ colorScheme: media.colorScheme, media: media.media ?? 'screen' });
	await page.addInitScript(() => {
		const visibleSchemes = () =>
			[...document.querySelectorAll('.drawn [data-scheme]')]
				.filter((d) => (d.querySelector('svg')?.getBoundingClientRect().height ?? 0) > 100)
				.map((d) => (d as HTMLElement).dataset.scheme ?? '');
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (entry.name === 'first-paint')
					(window as unknown as { __atFirstPaint: string[] }).__atFirstPaint = visibleSchemes();
		}).observe({ type: 'paint', buffered: true });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const seen = await read(page);
	const drawing = page.locator('.drawn svg').filter({ visible: true }).first();
	mkdirSync(OUT, { recursive: true });
	await page.screenshot({ path: path.join(OUT, `${shot}-page.png`), fullPage: true });
	const background = await pixel(await drawing.screenshot({ path: path.join(OUT, `${shot}.png`) }), 3, 3);
	expect(errors).toEqual([]);
	return { seen, background };
}

async function read(page: Page): Promise<Seen> {
	const seen = await page.evaluate(() => {
		const boxed = (e: Element) => e.getBoundingClientRect().height > 0;
		return {
			atFirstPaint: (window as unknown as { __atFirstPaint?: string[] }).__atFirstPaint ?? [],
			visible: [...document.querySelectorAll<HTMLElement>('.drawn [data-scheme]')].filter(boxed).map((d) => ({
				scheme: d.dataset.scheme ?? '',
				viewBox: d.querySelector('svg')?.getAttribute('viewBox') ?? ''
			})),
			legendSwatches: [...document.querySelectorAll('.static .legend')]
				.filter(boxed)
				.map((l) => l.querySelector('line, rect, path, polygon'))
				.map((s) => s?.getAttribute('stroke') ?? s?.getAttribute('fill') ?? ''),
			page: {
				bg: getComputedStyle(document.documentElement).backgroundColor,
				text: getComputedStyle(document.querySelector('h1') as HTMLElement).color
			},
			canvases: document.querySelectorAll('canvas').length
		};
	});
	return { ...seen, url: page.url() };
}

/** The RGB of one pixel of a PNG. */
async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
	const image = await loadImage(png);
	const ctx = createCanvas(image.width, image.height).getContext('2d');
	ctx.drawImage(image, 0, 0);
	return [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
}

describe('embed colours before the script runs', () => {
	const cases: { theme: string; system: Scheme; width: number; shows: Scheme; size: 'narrow' | 'wide' }[] = [
		{ theme: 'auto', system: 'dark', width: 640, shows: 'dark', size: 'wide' },
		{ theme: 'auto', system: 'light', width: 640, shows: 'light', size: 'wide' },
		{ theme: 'auto', system: 'dark', width: 320, shows: 'dark', size: 'narrow' },
		{ theme: 'light', system: 'dark', width: 640, shows: 'light', size: 'wide' },
		{ theme: 'dark', system: 'light', width: 640, shows: 'dark', size: 'wide' },
		{ theme: 'dark', system: 'dark', width: 320, shows: 'dark', size: 'narrow' }
	];
	it.each(cases)(
		'theme=$theme on a $system system, $width px: the $shows $size drawing from the first paint',
		async ({ theme, system, width, shows, size }) => {
			const url = `${baseUrl}/embed/flows?${Q}&theme=${theme}`;
			const { seen, background } = await openEmbed(url, { colorScheme: system }, width, `${theme}-${system}-${width}`);
			expect(seen.atFirstPaint).toEqual([shows]);
			expect(seen.visible).toEqual([
				{ scheme: shows, viewBox: expect.stringMatching(size === 'wide' ? /^0 0 640 / : /^0 0 360 /) }
			]);
			// What is painted, not only what the markup says: the drawing's own background.
			expect(background).toEqual(DRAWING_BACKGROUND[shows]);
			expect(seen.legendSwatches.map((s) => s.toLowerCase())).toEqual([SWATCH[shows].toLowerCase()]);
			expect(seen.page).toEqual(PAGE[shows]);
			// Still the server-drawn page: nothing reached for the chart.
			expect(seen.url).toBe(url);
			expect(seen.canvases).toBe(0);
		}
	);

	it.each(['auto', 'dark'] as const)('theme=%s on a dark system prints the light drawing and legend', async (theme) => {
		const url = `${baseUrl}/embed/flows?${Q}&theme=${theme}`;
		const { seen, background } = await openEmbed(
			url,
			{ colorScheme: 'dark', media: 'print' },
			640,
			`${theme}-dark-print`
		);
		expect(seen.visible.map((v) => v.scheme)).toEqual(['light']);
		expect(background).toEqual(DRAWING_BACKGROUND.light);
		expect(seen.legendSwatches.map((s) => s.toLowerCase())).toEqual([SWATCH.light.toLowerCase()]);
		expect(seen.page).toEqual(PAGE.print);
	});
});

describe('the interactive embed with theme=auto', () => {
	it('adopts both drawings when it hydrates, and draws Chart.js over them without a console error', async () => {
		const { page, errors } = await open('about:blank', { width: 640, height: 700 });
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${baseUrl}/embed/flows/live?${Q}&theme=auto`, { waitUntil: 'networkidle' });
		await page.waitForSelector('div[data-chart][data-drawn]:has(canvas)');
		// The drawings stay in the page for print, light on paper.
		await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
		expect((await read(page)).visible.map((v) => v.scheme)).toEqual(['light']);
		expect(errors).toEqual([]);
	});
});
