// Framing policy: only embeds and chart images may be framed by other sites. A page of another origin
// that frames the dashboard gets nothing; the same page framing an embed gets the chart.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';

let host: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	// One page per framed path: /?path=/trade frames `${baseUrl}/trade`.
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').searchParams.get('path') ?? '/';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><title>Framer</title><iframe id="f" src="${baseUrl}${path}" width="800" height="600"></iframe>`
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	host = { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
});
afterAll(async () => host?.close());

describe('headers', () => {
	it.each(['/', `/trade?${Q}`, '/fdi', '/sources', `/trade.csv?${Q}`, '/data/trade.csv', `/oembed?url=x`])(
		'%s forbids framing (X-Frame-Options and frame-ancestors)',
		async (path) => {
			const response = await fetch(baseUrl + path);
			expect(response.headers.get('x-frame-options')).toBe('DENY');
			expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
		}
	);

	it.each([`/embed/flows?${Q}`, `/chart/flows.png?${Q}`, `/chart/flows.svg?${Q}`, `/chart/flows.csv?${Q}`])(
		'%s may be framed by anyone',
		async (path) => {
			const response = await fetch(baseUrl + path);
			expect(response.status).toBe(200);
			expect(response.headers.get('x-frame-options')).toBeNull();
			expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
		}
	);
});

describe('in the browser', () => {
	async function framed(path: string) {
		const opened = await open(`${host.url}?path=${encodeURIComponent(path)}`, { waitUntil: 'load' });
		const messages: string[] = [];
		opened.page.on('console', (m) => messages.push(m.text()));
		await opened.page.reload({ waitUntil: 'load' });
		await opened.page.waitForTimeout(500);
		const frame = opened.page.frames().find((f) => f !== opened.page.mainFrame());
		return { ...opened, frame, messages };
	}

	for (const path of [`/trade?${Q}`, '/', '/sources']) {
		it(`refuses to show ${path} in another site's frame`, async () => {
			const { frame, messages } = await framed(path);
			// Chromium replaces a refused frame with its own error page and says why on the console.
			expect(frame?.url()).not.toContain('/trade');
			expect(frame?.url() ?? '').toMatch(/^chrome-error:|^about:blank/);
			expect(messages.join('\n')).toMatch(/Refused to (frame|display)|Framing '.*' violates .*frame-ancestors 'none'/);
		});
	}

	it('shows an embed in the same frame', async () => {
		const { frame, messages } = await framed(`/embed/flows?${Q}`);
		expect(frame?.url()).toContain('/embed/flows');
		await expect.poll(() => frame?.locator('h1').innerText()).toMatch(/exports and imports/);
		expect(messages.join('\n')).not.toMatch(/Refused to|violates/);
	});
});
