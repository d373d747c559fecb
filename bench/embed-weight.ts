// The weight and speed of an embed, as a host page's reader gets it: cold loads (no cache) of
// /embed/<chart> in Chromium, every response counted through the DevTools protocol. Prints bytes on
// the wire per resource type, what they would be with gzip and brotli, and the time until the chart
// is drawn (div[data-chart] gets data-drawn), median of 5 loads. The budget: ≤ 120 KB compressed in
// total, drawn in < 1 s.
//
// Run by hand against a production build: `npx vite build && npx tsx bench/embed-weight.ts [URL]`.
// Without URL it starts `node build/index.js` on a free port itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';

const LOADS = 5;
const BUDGET_BYTES = 120 * 1024;
const BUDGET_MS = 1000;
const PATH = '/embed/flows?reporter=KOR&partner=NLD&from=2000&to=2020';

interface Resource {
	url: string;
	type: string;
	/** Bytes on the wire (headers included), as Chromium counted them. */
	transferred: number;
	body: Buffer;
	encoding: string;
}

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function startBuild(): Promise<{ url: string; child: ChildProcess }> {
	const port = await freePort();
	const child = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(url + '/');
			return { url, child };
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	child.kill();
	throw new Error('build/index.js did not start (run `npx vite build` first)');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => (n / 1024).toFixed(1);
const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const given = process.argv[2];
const started = given ? null : await startBuild();
const base = given ?? started?.url ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const runs: { resources: Resource[]; drawnMs: number; domContentLoadedMs: number }[] = [];
try {
	for (let i = 0; i < LOADS; i++) {
		// A fresh context is a cold cache; the viewport is a typical article column.
		const context = await browser.newContext({ viewport: { width: 640, height: 700 } });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const pending = new Map<string, { url: string; type: string; encoding: string }>();
		const finished: { id: string; transferred: number }[] = [];
		cdp.on('Network.responseReceived', (e) =>
			pending.set(e.requestId, {
				url: e.response.url,
				type: e.type,
				encoding: String(e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '')
			})
		);
		cdp.on('Network.loadingFinished', (e) => finished.push({ id: e.requestId, transferred: e.encodedDataLength }));
		// The moment the chart reports itself drawn, on the page's own clock (0 = navigation start).
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.querySelector('div[data-chart][data-drawn]')) {
					(window as unknown as { __drawnAt: number }).__drawnAt = performance.now();
					observer.disconnect();
				}
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
		});
		await page.goto(base + PATH, { waitUntil: 'networkidle' });
		await page.waitForSelector('div[data-chart][data-drawn]');
		const timing = await page.evaluate(() => ({
			drawn: (window as unknown as { __drawnAt: number }).__drawnAt,
			dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd
		}));
		const resources: Resource[] = [];
		for (const { id, transferred } of finished) {
			const meta = pending.get(id);
			if (!meta) continue;
			const { body, base64Encoded } = await cdp
				.send('Network.getResponseBody', { requestId: id })
				.catch(() => ({ body: '', base64Encoded: false }));
			resources.push({ ...meta, transferred, body: Buffer.from(body, base64Encoded ? 'base64' : 'utf8') });
		}
		runs.push({ resources, drawnMs: timing.drawn, domContentLoadedMs: timing.dcl });
		await context.close();
	}
} finally {
	await browser.close();
	started?.child.kill();
}

// Bytes are the same on every cold load; report the first, and the timings over all.
const first = runs[0]?.resources ?? [];
const types = [...new Set(first.map((r) => r.type))].sort();
const rows = types.map((type) => {
	const rs = first.filter((r) => r.type === type);
	return {
		type,
		requests: rs.length,
		wire: rs.reduce((n, r) => n + r.transferred, 0),
		raw: rs.reduce((n, r) => n + r.body.length, 0),
		gzip: rs.reduce((n, r) => n + gzip(r.body), 0),
		brotli: rs.reduce((n, r) => n + brotli(r.body), 0)
	};
});
const total = rows.reduce(
	(t, r) => ({
		type: 'total',
		requests: t.requests + r.requests,
		wire: t.wire + r.wire,
		raw: t.raw + r.raw,
		gzip: t.gzip + r.gzip,
		brotli: t.brotli + r.brotli
	}),
	{ type: 'total', requests: 0, wire: 0, raw: 0, gzip: 0, brotli: 0 }
);

console.log(`\nEmbed weight: ${base}${PATH}  (${LOADS} cold loads, Chromium ${browser.version()})\n`);
console.log('type        requests   on the wire KB   body KB   gzip-9 KB   brotli-11 KB');
for (const r of [...rows, total]) {
	console.log(
		`${r.type.padEnd(12)}${String(r.requests).padStart(8)}${kb(r.wire).padStart(17)}${kb(r.raw).padStart(10)}${kb(r.gzip).padStart(12)}${kb(r.brotli).padStart(15)}`
	);
}
const served = first.filter((r) => r.encoding).length;
console.log(`\n${served} of ${first.length} responses arrived compressed (content-encoding).`);
console.log('largest responses (body KB / gzip KB):');
for (const r of [...first].sort((a, b) => b.body.length - a.body.length).slice(0, 5)) {
	console.log(`  ${kb(r.body.length).padStart(7)} ${kb(gzip(r.body)).padStart(7)}  ${r.url.replace(base, '')}`);
}

const drawn = runs.map((r) => r.drawnMs);
const dcl = runs.map((r) => r.domContentLoadedMs);
console.log(
	`\ntime to chart drawn (ms): median ${median(drawn).toFixed(0)}  [${drawn.map((d) => d.toFixed(0)).join(', ')}]`
);
console.log(`DOMContentLoaded (ms):    median ${median(dcl).toFixed(0)}`);
const wireOk = total.wire <= BUDGET_BYTES;
const gzipOk = total.gzip <= BUDGET_BYTES;
console.log(
	`\nbudget ${kb(BUDGET_BYTES)} KB: on the wire ${kb(total.wire)} KB ${wireOk ? 'within' : 'OVER'}; ` +
		`gzip ${kb(total.gzip)} KB ${gzipOk ? 'within' : 'OVER'}; brotli ${kb(total.brotli)} KB. ` +
		`drawn in ${median(drawn).toFixed(0)} ms: ${median(drawn) < BUDGET_MS ? 'within' : 'OVER'} ${BUDGET_MS} ms.`
);
