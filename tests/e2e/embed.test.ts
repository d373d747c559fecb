// Embeds inside someone else's page: a plain HTML page on another origin (another port) frames two
// widgets with the copy-ready snippet; both draw, follow the frame's width, size their iframe and show
// their source line. Plus the page policy (no CSP violations), oEmbed and the Embed dialog.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMBED_DEFAULT_HEIGHT, embedSnippet, embedUrl } from '../../src/lib/embed/links';
import { readDrawn, useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';

/** A static page served by a tiny node:http server of its own: another origin than the app. */
async function hostPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** CSP violations Chromium reports on the console ("Refused to load/execute/apply …"). */
const violations = (messages: ConsoleMessage[]) =>
	messages.map((m) => m.text()).filter((t) => /Refused to|Content Security Policy/i.test(t));

/**
 * The reader reaches for the chart: the server's drawing gives way to the interactive page (Chart.js).
 * Resolves once the chart has drawn.
 */
async function goLive(frame: Frame | Page): Promise<boolean> {
	// .embed-chart is there before and after: scrolling a frame under a resting pointer may already
	// have opened the interactive page.
	await frame.locator('.embed-chart').hover({ force: true });
	// The server's drawing reports what it drew too (data-drawn): wait for Chart.js's canvas.
	return frame
		.waitForSelector('div[data-chart][data-drawn]:has(canvas)', { timeout: 10_000 })
		.then(() => waitForAllDrawn(frame as Page))
		.catch(() => false);
}

async function embedFrame(page: Page, chart: string): Promise<Frame> {
	const handle = await page.locator(`iframe[src*="/embed/${chart}?"]`).elementHandle();
	const frame = await handle?.contentFrame();
	if (!frame) throw new Error(`no frame for ${chart}`);
	return frame;
}

describe('two widgets on a page of another origin', () => {
	let host: { url: string; close: () => Promise<void> };

	beforeAll(async () => {
		const snippet = (chart: string, title: string) =>
			embedSnippet({ origin: baseUrl, src: embedUrl(baseUrl, chart, Q), title });
		host = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A report</title>
			<style>body{margin:0;font-family:serif} #column{width:900px;padding:8px}</style></head>
			<body><div id="column"><p>Our report on trade with Korea.</p>
			${snippet('flows', 'Flows')}<p>Between the charts.</p>${snippet('balance', 'Balance')}
			</div></body></html>`);
	});
	afterAll(async () => host?.close());

	it('both render their chart, their source line and a link back, and size their iframe to the content', async () => {
		const { page, errors } = await open(host.url, { width: 1000, height: 900 });
		for (const chart of ['flows', 'balance']) {
			const frame = await embedFrame(page, chart);
			expect(await goLive(frame), `${chart} drew`).toBe(true);
			const drawn = await readDrawn(frame as unknown as Page, chart);
			expect(drawn?.labels[0]).toBe('2000');
			expect(drawn?.labels.at(-1)).toBe('2020');
			await expect.poll(() => frame.locator('.source').innerText()).toMatch(/^Source: .*International Monetary Fund/);
			expect(await frame.locator('a', { hasText: 'View full data' }).getAttribute('href')).toMatch(
				new RegExp(`/trade\\?${Q}#chart-${chart}$`)
			);
			// No site chrome in an embed.
			expect(await frame.locator('header.site, nav, footer.site').count()).toBe(0);

			// The snippet's script replaced the fixed fallback height with the content's height.
			const iframe = page.locator(`iframe[src*="/embed/${chart}?"]`);
			await expect
				.poll(async () => {
					const frameHeight = await iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
					const content = await frame
						.locator('.embed-root')
						.evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
					return Math.abs(frameHeight - content) <= 1 && frameHeight !== EMBED_DEFAULT_HEIGHT;
				})
				.toBe(true);
		}
		expect(errors).toEqual([]);
	});

	it('size their iframe to the server drawing before any interaction, with no app loaded', async () => {
		const { page, errors } = await open(host.url, { width: 1000, height: 900 });
		for (const chart of ['flows', 'balance']) {
			const frame = await embedFrame(page, chart);
			const iframe = page.locator(`iframe[src*="/embed/${chart}?"]`);
			await expect
				.poll(async () => {
					const frameHeight = await iframe.evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
					const content = await frame
						.locator('.embed-root')
						.evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
					return Math.abs(frameHeight - content) <= 1 && frameHeight !== EMBED_DEFAULT_HEIGHT;
				})
				.toBe(true);
			expect(frame.url()).not.toContain('/live');
			expect(await frame.locator('canvas').count()).toBe(0);
			// The link back is absolute (a printed copy shows the whole address).
			expect(await frame.locator('a', { hasText: 'View full data' }).getAttribute('href')).toMatch(
				/^http:\/\/127\.0\.0\.1:\d+\/trade\?/
			);
		}
		expect(errors).toEqual([]);
	});

	it('they follow the frame width down to 280 px, without horizontal scrolling, and the height follows', async () => {
		const { page } = await open(host.url, { width: 1000, height: 900 });
		const frame = await embedFrame(page, 'flows');
		expect(await goLive(frame)).toBe(true);
		const iframe = page.locator('iframe[src*="/embed/flows?"]');
		const measure = () =>
			frame.evaluate(() => ({
				canvas: document.querySelector('canvas')?.getBoundingClientRect().width ?? 0,
				overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth
			}));
		const wide = { frame: await iframe.evaluate((f) => f.getBoundingClientRect().height), ...(await measure()) };
		expect(wide.canvas).toBeGreaterThan(800);

		await page.evaluate(() => ((document.getElementById('column') as HTMLElement).style.width = '280px'));
		await expect.poll(async () => (await measure()).canvas).toBeLessThan(280);
		const narrow = await measure();
		expect(narrow.overflow).toBe(0);
		// The legend wraps at 280 px: the frame grows with its content.
		await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(wide.frame);
		expect(await iframe.evaluate((f) => f.getBoundingClientRect().width)).toBe(280);
	});

	it('without the script, the iframe keeps its fixed fallback height and still shows the chart', async () => {
		const bare = await hostPage(
			`<!doctype html><title>No script</title>${embedSnippet({ origin: baseUrl, src: embedUrl(baseUrl, 'total', Q), title: 'Total' }).split('\n')[0]}`
		);
		try {
			const { page } = await open(bare.url, { width: 700, height: 800 });
			const frame = await embedFrame(page, 'total');
			expect(await goLive(frame)).toBe(true);
			expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(EMBED_DEFAULT_HEIGHT);
		} finally {
			await bare.close();
		}
	});
});

describe('page policy', () => {
	for (const path of [`/embed/flows?${Q}`, `/embed/growth?${Q}&theme=dark`, `/trade?${Q}`, `/?${Q}`]) {
		it(`${path} loads with no Content-Security-Policy violation`, async () => {
			const { page, response, errors } = await open(`${baseUrl}${path}`);
			const messages: ConsoleMessage[] = [];
			page.on('console', (m) => messages.push(m));
			// The server-drawn embed has no inline script, hence no hash; app pages allow theirs by its hash.
			expect(response?.headers()['content-security-policy']).toMatch(
				path.startsWith('/embed/') ? /script-src 'self'/ : /script-src 'self' 'sha256-/
			);
			if (path.startsWith('/embed/')) expect(await goLive(page)).toBe(true);
			expect(await waitForAllDrawn(page)).toBe(true);
			// Open what the page hides (dialogs, menus), so their markup is checked too.
			for (const button of await page.getByRole('button', { name: 'Embed' }).all()) {
				await button.click();
				await page.keyboard.press('Escape');
			}
			await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
			expect(violations(messages)).toEqual([]);
			expect(errors.filter((e) => /Refused to|Content Security Policy/i.test(e))).toEqual([]);
		});
	}
});

describe('embed page', () => {
	it('paints the server drawing from the first response, with one small script and no app', async () => {
		const html = await (await fetch(`${baseUrl}/embed/flows?${Q}`)).text();
		// Inline SVG, drawn for this view: the axis runs from 2000 to 2020 and the legend names the series.
		const drawing = html.slice(html.indexOf('class="drawn'), html.indexOf('</svg>', html.indexOf('class="wide')));
		expect(drawing).toMatch(/<svg [^>]*viewBox="0 0 640 \d+"/);
		expect(drawing).toContain('>2000</text>');
		expect(drawing).toContain('>2020</text>');
		// The legend is HTML beside the drawing, as beside the interactive chart, not in the drawing.
		expect(drawing).not.toContain('reported by KOR</text>');
		expect(html).toMatch(/<ul class="legend[^"]*" aria-label="Legend">/);
		const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
		expect(scripts).toHaveLength(1);
		expect(scripts[0]).toMatch(/src="[^"]*staticEmbed[^"]*\.js"/);

		const { page, errors } = await open(`${baseUrl}/embed/flows?${Q}`, { width: 640, height: 700 });
		const box = await page.locator('.drawn svg').filter({ visible: true }).boundingBox();
		expect(box?.width).toBeGreaterThan(580);
		expect(box?.height).toBeGreaterThan(250);
		expect(await page.locator('canvas').count()).toBe(0);
		// The drawing says what it holds, as the interactive chart does.
		const drawn = await readDrawn(page, 'flows');
		expect(drawn?.labels[0]).toBe('2000');
		expect(drawn?.labels.at(-1)).toBe('2020');
		expect(drawn?.series.map((s) => s.label)).toContain('Exports KOR→NLD · reported by KOR');
		expect(errors).toEqual([]);
	});

	it('a narrow frame gets the drawing made for narrow frames', async () => {
		const { page } = await open(`${baseUrl}/embed/flows?${Q}`, { width: 320, height: 700 });
		const svg = page.locator('.drawn svg').filter({ visible: true });
		expect(await svg.getAttribute('viewBox')).toMatch(/^0 0 360 /);
	});

	it('keyboard focus opens the interactive chart, as pointing does, with no console error', async () => {
		const { page, errors } = await open(`${baseUrl}/embed/balance?${Q}`, { width: 640, height: 700 });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.waitForURL(/\/embed\/balance\/live\?/);
		await page.waitForSelector('div[data-chart][data-drawn]:has(canvas)');
		expect(page.url()).toContain(`/embed/balance/live?${Q}`);
		expect((await readDrawn(page, 'balance'))?.labels.at(-1)).toBe('2020');
		expect(errors).toEqual([]);
	});

	it('404s for a chart that does not exist', async () => {
		expect((await fetch(`${baseUrl}/embed/nonsense?${Q}`)).status).toBe(404);
	});

	it('dark theme: light text on a dark page', async () => {
		const { page } = await open(`${baseUrl}/embed/balance?${Q}&theme=dark`, { width: 400 });
		const colours = await page.evaluate(() => ({
			bg: getComputedStyle(document.documentElement).backgroundColor,
			text: getComputedStyle(document.querySelector('h1') as HTMLElement).color
		}));
		expect(colours).toEqual({ bg: 'rgb(22, 22, 22)', text: 'rgb(232, 232, 232)' });
	});

	it('prints dark text on white whatever the theme', async () => {
		const { page } = await open(`${baseUrl}/embed/balance?${Q}&theme=dark`, { width: 400 });
		await page.emulateMedia({ media: 'print' });
		const colours = await page.evaluate(() => ({
			bg: getComputedStyle(document.documentElement).backgroundColor,
			text: getComputedStyle(document.querySelector('h1') as HTMLElement).color
		}));
		expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
	});

	it('describes itself for link previews: chart, years, unit and publisher', async () => {
		const html = await (await fetch(`${baseUrl}/embed/flows?${Q}`)).text();
		expect(html).toContain(
			'<meta name="description" content="Republic of Korea trade with Netherlands: exports and imports, 2000–2020 (USD million, current prices). Source: International Monetary Fund."/>'
		);
	});

	it('has an oEmbed discovery link, as the dashboard pages do', async () => {
		for (const path of [`/embed/flows?${Q}`, `/trade?${Q}`]) {
			const html = await (await fetch(`${baseUrl}${path}`)).text();
			expect(html, path).toMatch(
				/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/oembed\?url=[^"]+"/
			);
		}
	});
});

describe('oEmbed', () => {
	const oembed = (url: string, extra = '') => fetch(`${baseUrl}/oembed?url=${encodeURIComponent(url)}${extra}`);

	it('answers rich JSON for an embed URL, with the same pinned snippet', async () => {
		const response = await oembed(`${baseUrl}/embed/balance?${Q}`, '&maxwidth=500');
		expect(response.status).toBe(200);
		const body = (await response.json()) as Record<string, unknown>;
		expect(body).toMatchObject({
			type: 'rich',
			version: '1.0',
			width: 500,
			height: EMBED_DEFAULT_HEIGHT,
			provider_name: 'Bilateral trade dashboard'
		});
		expect(body.title).toMatch(/trade balance/);
		expect(String(body.html)).toMatch(new RegExp(`<iframe src="[^"]*/embed/balance\\?${Q.replace(/&/g, '&amp;')}"`));
		expect(String(body.html)).toContain('<script>');
		expect(String(body.thumbnail_url)).toMatch(/\/chart\/balance\.png\?/);
	});

	it('pins a dashboard URL to the years it shows now', async () => {
		const body = (await (await oembed(`${baseUrl}/trade?reporter=KOR&partner=NLD#chart-total`)).json()) as {
			html: string;
		};
		expect(body.html).toMatch(/\/embed\/total\?reporter=KOR&amp;partner=NLD&amp;from=\d{4}&amp;to=\d{4}"/);
	});

	it('404 for other sites and non-chart pages, 501 for XML', async () => {
		expect((await oembed('https://example.org/embed/flows')).status).toBe(404);
		expect((await oembed(`${baseUrl}/sources`)).status).toBe(404);
		expect((await oembed(`${baseUrl}/embed/flows`, '&format=xml')).status).toBe(501);
	});
});

describe('Embed dialog', () => {
	it('gives the pinned snippet, and drops the end year for "always latest data"', async () => {
		const { page } = await open(`${baseUrl}/trade?${Q}`);
		const card = page.locator('#chart-balance');
		await card.getByRole('button', { name: 'Embed' }).click();
		const dialog = page.locator('dialog[open]');
		const snippet = () => dialog.locator('textarea').first().inputValue();
		expect(await snippet()).toContain(`/embed/balance?${Q.replace(/&/g, '&amp;')}"`);
		expect(await snippet()).toContain('<script>');
		await dialog.getByLabel(/Always latest data/).check();
		expect(await snippet()).toContain('/embed/balance?reporter=KOR&amp;partner=NLD&amp;from=2000"');
		await page.keyboard.press('Escape');
		expect(await page.locator('dialog[open]').count()).toBe(0);
	});
});
