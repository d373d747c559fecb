// The weight and speed of an embed, as a host page's reader gets it: cold loads (no cache) of
// /embed/<chart> in Chromium, every response counted through the DevTools protocol. The embed paints
// the server's SVG drawing first and fetches the interactive chart (Chart.js) when the reader reaches
// for it, so it is measured in two phases: what is transferred before the first interaction (budget:
// ≤ 40 KB compressed, the chart visible at first paint), and what the interaction adds (the pointer
// moved onto the chart, until Chart.js has drawn: div[data-chart] gets data-drawn). Prints bytes on the
// wire per resource type, what they would be with gzip and brotli, and the times; median of 5 loads.
//
// Run by hand against a production build: `npx vite build && npx tsx bench/embed-weight.ts [URL] [--theme=auto]`.
// Without URL it starts `node build/index.js` on a free port itself. --theme measures an embed in that
// colour theme (auto carries a light and a dark drawing).
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { ROOT, startServer } from '../tests/e2e/server';

const LOADS = 5;
const BUDGET_BYTES = 40 * 1024;
const BUDGET_MS = 1000;
const args = process.argv.slice(2);
const theme = args.find((a) => a.startsWith('--theme='))?.slice('--theme='.length);
const PATH = `/embed/flows?reporter=KOR&partner=NLD&from=2000&to=2020${theme ? `&theme=${theme}` : ''}`;

interface Resource {
	url: string;
	type: string;
	/** Bytes on the wire (headers included), as Chromium counted them. */
	transferred: number;
	body: Buffer;
	encoding: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kb = (n: number) => (n / 1024).toFixed(1);
const gzip = (b: Buffer) => gzipSync(b, { level: 9 }).length;
const brotli = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const given = args.find((a) => !a.startsWith('--'));
const started = given ? null : await startServer(join(ROOT, 'data'));
const base = given ?? started?.url ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

interface Run {
	before: Resource[];
	after: Resource[];
	firstPaintMs: number;
	/** Whether the server's drawing was on the page at first paint (parsed from the first response). */
	drawingAtFirstPaint: boolean;
	/** From the pointer reaching the chart to Chart.js having drawn it. */
	interactiveMs: number;
}
const runs: Run[] = [];
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
		// First paint (on the page's clock, 0 = navigation start) and whether the drawing was there then.
		await page.addInitScript(() => {
			const w = window as unknown as { __firstPaint: number; __drawingAtPaint: boolean };
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (entry.name === 'first-paint') {
						w.__firstPaint = entry.startTime;
						// Painting happens after parsing what arrived: the drawing in the first response is in
						// the document by then; check it has a box.
						const svg = [...document.querySelectorAll('.drawn svg')].find(
							(s) => s.getBoundingClientRect().height > 100
						);
						w.__drawingAtPaint = !!svg;
					}
			}).observe({ type: 'paint', buffered: true });
		});
		await page.goto(base + PATH, { waitUntil: 'networkidle' });
		const painted = await page.evaluate(() => {
			const w = window as unknown as { __firstPaint: number; __drawingAtPaint: boolean };
			return { at: w.__firstPaint, drawing: w.__drawingAtPaint };
		});
		// Bodies are read now: the interaction replaces the document, and with it the DevTools' copies.
		const collect = async (done: { id: string; transferred: number }[]) => {
			const out: Resource[] = [];
			for (const { id, transferred } of done) {
				const meta = pending.get(id);
				if (!meta) continue;
				const { body, base64Encoded } = await cdp
					.send('Network.getResponseBody', { requestId: id })
					.catch(() => ({ body: '', base64Encoded: false }));
				out.push({ ...meta, transferred, body: Buffer.from(body, base64Encoded ? 'base64' : 'utf8') });
			}
			return out;
		};
		const before = await collect(finished.splice(0));
		// Wall-clock time: the page's own clock restarts with the interactive document.
		const reached = Date.now();
		await page.hover('.drawn');
		// The server's drawing reports what it holds too: wait for Chart.js's canvas.
		await page.waitForSelector('div[data-chart][data-drawn]:has(canvas)');
		const interactiveMs = Date.now() - reached;
		await page.waitForLoadState('networkidle');
		runs.push({
			before,
			after: await collect(finished.splice(0)),
			firstPaintMs: painted.at,
			drawingAtFirstPaint: painted.drawing,
			interactiveMs
		});
		await context.close();
	}
} finally {
	await browser.close();
	await started?.stop();
}

interface Row {
	type: string;
	requests: number;
	wire: number;
	raw: number;
	gzip: number;
	brotli: number;
}

function table(title: string, resources: Resource[]): Row {
	const types = [...new Set(resources.map((r) => r.type))].sort();
	const rows: Row[] = types.map((type) => {
		const rs = resources.filter((r) => r.type === type);
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
	console.log(`\n${title}`);
	console.log('type        requests   on the wire KB   body KB   gzip-9 KB   brotli-11 KB');
	for (const r of [...rows, total]) {
		console.log(
			`${r.type.padEnd(12)}${String(r.requests).padStart(8)}${kb(r.wire).padStart(17)}${kb(r.raw).padStart(10)}${kb(r.gzip).padStart(12)}${kb(r.brotli).padStart(15)}`
		);
	}
	console.log('largest responses (body KB / gzip KB):');
	for (const r of [...resources].sort((a, b) => b.body.length - a.body.length).slice(0, 4)) {
		console.log(`  ${kb(r.body.length).padStart(7)} ${kb(gzip(r.body)).padStart(7)}  ${r.url.replace(base, '')}`);
	}
	return total;
}

// Bytes are the same on every cold load; report the first, and the timings over all.
console.log(`\nEmbed weight: ${base}${PATH}  (${LOADS} cold loads, Chromium ${browser.version()})`);
const before = table('before the first interaction', runs[0]?.before ?? []);
const after = table('added by the interaction (the interactive chart)', runs[0]?.after ?? []);
const all = [...(runs[0]?.before ?? []), ...(runs[0]?.after ?? [])];
console.log(
	`\n${all.filter((r) => r.encoding).length} of ${all.length} responses arrived compressed (content-encoding).`
);

const paint = runs.map((r) => r.firstPaintMs);
const interactive = runs.map((r) => r.interactiveMs);
const list = (xs: number[]) => xs.map((d) => d.toFixed(0)).join(', ');
console.log(`\nfirst paint (ms):                 median ${median(paint).toFixed(0)}  [${list(paint)}]`);
console.log(
	`chart drawn at first paint:       ${runs.filter((r) => r.drawingAtFirstPaint).length} of ${runs.length} loads`
);
console.log(`pointer → interactive chart (ms): median ${median(interactive).toFixed(0)}  [${list(interactive)}]`);
console.log(
	`\nbudget ${kb(BUDGET_BYTES)} KB before the first interaction: on the wire ${kb(before.wire)} KB ` +
		`${before.wire <= BUDGET_BYTES ? 'within' : 'OVER'}; gzip ${kb(before.gzip)} KB ` +
		`${before.gzip <= BUDGET_BYTES ? 'within' : 'OVER'}; brotli ${kb(before.brotli)} KB. ` +
		`The interaction adds ${kb(after.wire)} KB on the wire; interactive in ${median(interactive).toFixed(0)} ms: ` +
		`${median(interactive) < BUDGET_MS ? 'within' : 'OVER'} ${BUDGET_MS} ms.`
);
