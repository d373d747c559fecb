// One Chromium per test file (Debian's, with the flags of browser.ts), one fresh context per page, and
// every console error and uncaught page error recorded so a test can assert there were none.
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

export interface OpenedPage {
	page: Page;
	context: BrowserContext;
	/** The response of the first navigation (null only for about:blank and the like). */
	response: Response | null;
	/** Console errors and uncaught exceptions, in order, each with where it came from. */
	errors: string[];
}

export interface OpenOptions {
	width?: number;
	height?: number;
	/** Playwright's waitUntil; 'networkidle' (default) lets the client app hydrate and draw. */
	waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

/**
 * Registers hooks that launch Chromium before the file's tests and close it after; returns `open`,
 * which loads a URL in a new context and closes that context after the test.
 */
export function useBrowser(): { open: (url: string, options?: OpenOptions) => Promise<OpenedPage> } {
	let browser: Browser | null = null;
	const contexts: BrowserContext[] = [];

	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	});
	afterEach(async () => {
		await Promise.all(contexts.splice(0).map((c) => c.close()));
	});
	afterAll(async () => {
		await browser?.close();
		browser = null;
	});

	async function open(
		url: string,
		{ width = 1280, height = 900, waitUntil = 'networkidle' }: OpenOptions = {}
	): Promise<OpenedPage> {
		if (!browser) throw new Error('useBrowser(): Chromium is not running (call open() inside a test)');
		const context = await browser.newContext({ viewport: { width, height } });
		contexts.push(context);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() !== 'error') return;
			const { url: where, lineNumber } = message.location();
			errors.push(`console error: ${message.text()}${where ? ` (${where}:${lineNumber})` : ''}`);
		});
		page.on('pageerror', (error) => errors.push(`page error: ${error.stack ?? error.message}`));
		const response = await page.goto(url, { waitUntil });
		return { page, context, response, errors };
	}

	return { open };
}

/** What Chart.svelte says a chart holds after its last draw (the `data-drawn` attribute). */
export interface Drawn {
	labels: string[];
	series: { label: string; values: (number | null)[] }[];
}

/** Chart.js accepts numbers or {x, y} points; tests compare plain numbers (null = gap). */
function toNumber(v: unknown): number | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number') return Number.isNaN(v) ? null : v;
	if (typeof v === 'object' && 'y' in v) return toNumber((v as { y: unknown }).y);
	return Number(v);
}

/** A page or one of its frames (embeds are read inside their iframe). */
type Scope = Pick<Page, 'locator' | 'evaluate' | 'waitForFunction'>;

/**
 * Waits (up to `timeoutMs`) until the chart `div[data-chart=ID]` has drawn, scrolling it into view:
 * Chart.svelte draws a chart only when it comes near the viewport (src/lib/charts/drawQueue.ts).
 * The page's scroll position is put back afterwards. Returns whether it drew.
 */
export async function waitForDrawn(page: Scope, chartId: string, timeoutMs = 10_000): Promise<boolean> {
	return scrollUntilDrawn(page, `div[data-chart="${chartId}"]`, timeoutMs);
}

/** Scrolls each chart box matching `selector` that has not drawn into view until all have; then scrolls back. */
async function scrollUntilDrawn(page: Scope, selector: string, timeoutMs: number): Promise<boolean> {
	const at = await page.evaluate(() => [scrollX, scrollY] as const);
	const drawn = await page
		.waitForFunction(
			(sel) => {
				const boxes = [...document.querySelectorAll(sel)];
				const next = boxes.find((b) => !b.hasAttribute('data-drawn'));
				next?.scrollIntoView({ block: 'center' });
				return boxes.length > 0 && !next;
			},
			selector,
			{ timeout: timeoutMs }
		)
		.then(() => true)
		.catch(() => false);
	await page.evaluate(([x, y]) => scrollTo(x, y), at);
	return drawn;
}

/**
 * Parses the `data-drawn` attribute of `div[data-chart=ID]` (scrolled into view first, so that it draws;
 * see waitForDrawn); null when the chart has not drawn within `timeoutMs`.
 */
export async function readDrawn(page: Scope, chartId: string, timeoutMs = 10_000): Promise<Drawn | null> {
	await waitForDrawn(page, chartId, timeoutMs);
	const raw = await page.locator(`div[data-chart="${chartId}"]`).first().getAttribute('data-drawn');
	if (raw === null) return null;
	const parsed = JSON.parse(raw) as { labels?: unknown[]; series?: { label?: unknown; values?: unknown[] }[] };
	return {
		labels: (parsed.labels ?? []).map(String),
		series: (parsed.series ?? []).map((s) => ({ label: String(s.label ?? ''), values: (s.values ?? []).map(toNumber) }))
	};
}

/**
 * Waits (up to `timeoutMs`) until every `div[data-chart]` on the page carries `data-drawn`, scrolling
 * each chart that has not drawn into view (see waitForDrawn); returns whether they all did.
 */
export async function waitForAllDrawn(page: Scope, timeoutMs = 10_000): Promise<boolean> {
	return scrollUntilDrawn(page, 'div[data-chart]', timeoutMs);
}

/** Waits until the chart's first drawn label is `label` (after a client-side navigation redraws it). */
export async function waitForFirstLabel(
	page: Page,
	chartId: string,
	label: string,
	timeoutMs = 10_000
): Promise<boolean> {
	return page
		.waitForFunction(
			([id, first]) => {
				const raw = document.querySelector(`div[data-chart="${id}"]`)?.getAttribute('data-drawn');
				if (!raw) return false;
				const labels = (JSON.parse(raw) as { labels?: unknown[] }).labels ?? [];
				return String(labels[0]) === first;
			},
			[chartId, label] as const,
			{ timeout: timeoutMs }
		)
		.then(() => true)
		.catch(() => false);
}

/** Inclusive list of years as strings. @example years(2000, 2002) → ['2000', '2001', '2002'] */
export function years(from: number, to: number): string[] {
	return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/**
 * A response body as text with its byte-order mark kept: fetch's text() drops a leading BOM (the
 * Encoding standard's "UTF-8 decode"), which would hide whether the server sent one.
 */
export async function textWithBom(response: globalThis.Response): Promise<string> {
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** axe's serious and critical violations on the page, one line each (rule, then the elements). */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
