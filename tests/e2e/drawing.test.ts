// When the charts draw (src/lib/charts/drawQueue.ts): the ones on screen at once, each off-screen one
// when the reader scrolls to it (its box keeping its height meanwhile, so nothing moves), and every one
// before the page is printed, whether by print emulation or by Chromium's own printing (page.pdf()).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const TRADE = `${baseUrl}/trade?reporter=KOR&partner=NLD&from=2000&to=2020`;
// A desktop screen shows the trade page's first chart; the others are screens below.
const DESKTOP = { width: 1280, height: 900 };
// A phone: the trade page's controls fill the first screen, its charts the next several.
const PHONE = { width: 390, height: 844 };

interface BoxState {
	id: string;
	drawn: boolean;
	top: number;
	height: number;
	styleHeight: string;
	label: string | null;
	role: string | null;
}

const boxes = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('div[data-chart]')].map((b): BoxState => ({
			id: b.dataset.chart ?? '',
			drawn: b.hasAttribute('data-drawn'),
			top: b.getBoundingClientRect().top + scrollY,
			height: b.getBoundingClientRect().height,
			styleHeight: b.style.height,
			label: b.getAttribute('aria-label'),
			role: b.getAttribute('role')
		}))
	);

/** Waits until the charts that start on the first screen (there is one at least) have drawn. */
const screenDrawn = (page: Page) =>
	page.waitForFunction(
		() => {
			const onScreen = [...document.querySelectorAll('div[data-chart]')].filter(
				(b) => b.getBoundingClientRect().top < innerHeight
			);
			return onScreen.length > 0 && onScreen.every((b) => b.hasAttribute('data-drawn'));
		},
		undefined,
		{ timeout: 10_000 }
	);

describe('charts draw as they come into view', () => {
	it('draws the charts on screen, leaves the far ones until scrolled to, and nothing moves when they draw', async () => {
		const { page, errors } = await open(TRADE, DESKTOP);
		await screenDrawn(page);
		const before = await boxes(page);
		expect(before.length).toBeGreaterThanOrEqual(4);
		// Two screens and more below (drawQueue.ts draws a quarter of a screen ahead): not drawn yet, but the box is there, as tall as it will be, and it
		// says what it is to a screen reader already.
		const far = before.filter((b) => b.top > 2 * DESKTOP.height);
		expect(far.length).toBeGreaterThan(0);
		for (const b of far) {
			expect(b.drawn, b.id).toBe(false);
			expect(`${b.height}px`, b.id).toBe(b.styleHeight);
			expect(b.role, b.id).toBe('img');
			expect(b.label, b.id).toContain('2000–2020');
		}

		// Scrolled to, the last chart draws; no box above or below it moved.
		const last = far[far.length - 1]!;
		await page.locator(`div[data-chart="${last.id}"]`).scrollIntoViewIfNeeded();
		await page.waitForFunction(
			(id) => document.querySelector(`div[data-chart="${id}"]`)?.hasAttribute('data-drawn'),
			last.id,
			{ timeout: 10_000 }
		);
		const after = await boxes(page);
		expect(after.map(({ id, top, height }) => ({ id, top, height }))).toEqual(
			before.map(({ id, top, height }) => ({ id, top, height }))
		);
		// What it drew is the chart's own data.
		const drawn = JSON.parse(
			(await page.locator(`div[data-chart="${last.id}"]`).getAttribute('data-drawn')) ?? '{}'
		) as { labels?: string[] };
		expect(drawn.labels?.length).toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	it('draws every chart when print is emulated, without scrolling', async () => {
		// Loaded on a phone (open() waits for the network to go quiet: the page has hydrated and fetched
		// Chart.js), no chart is near the screen, so none has drawn.
		const { page, errors } = await open(TRADE, PHONE);
		expect((await boxes(page)).every((b) => !b.drawn)).toBe(true);
		await page.emulateMedia({ media: 'print' });
		await page.waitForFunction(
			() => [...document.querySelectorAll('div[data-chart]')].every((b) => b.hasAttribute('data-drawn')),
			undefined,
			{ timeout: 5_000 }
		);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		expect(errors).toEqual([]);
	});

	it('draws every chart before Chromium prints the page (page.pdf() fires beforeprint)', async () => {
		// Loaded on a phone (open() waits for the network to go quiet: the page has hydrated and fetched
		// Chart.js), no chart is near the screen, so none has drawn.
		const { page, errors } = await open(TRADE, PHONE);
		expect((await boxes(page)).every((b) => !b.drawn)).toBe(true);
		// Listening after the page's own beforeprint listener (added when its charts mounted), the test
		// sees what is drawn when Chromium goes on to lay the page out for paper.
		await page.evaluate(() =>
			addEventListener('beforeprint', () => {
				const w = window as unknown as { drawnAtPrint: boolean[] };
				w.drawnAtPrint = [...document.querySelectorAll('div[data-chart]')].map((b) => b.hasAttribute('data-drawn'));
			})
		);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(0);
		const atPrint = await page.evaluate(() => (window as unknown as { drawnAtPrint?: boolean[] }).drawnAtPrint);
		expect(atPrint?.length).toBeGreaterThanOrEqual(4);
		expect(atPrint?.every(Boolean)).toBe(true);
		expect(errors).toEqual([]);
	});
});
