// Where a page's main thread goes while it loads, as Lighthouse's mobile run sees it: a Chromium
// performance trace (DevTools protocol) of a cold load on a phone-sized screen with the CPU slowed 4×,
// then every task of 50 ms or more (what Total Blocking Time counts) with what ran in it: scripts
// evaluated or called (by URL), HTML parsed, style and layout, paint, garbage collection.
//
// Run by hand against a production build: `npx vite build && npx tsx bench/long-tasks.ts URL [path…]`,
// e.g. `npx tsx bench/long-tasks.ts http://127.0.0.1:4173`; DEBUG_TRACE=1 also lists the raw trace
// events inside each task. Note `uptime` beside the numbers: a loaded machine makes every task longer.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const paths = process.argv.slice(3).length
	? process.argv.slice(3)
	: ['/', `/trade?${Q}`, `/mirror?${Q}`, `/embed/flows?${Q}`];
const LONG_MS = 50;

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tid: number;
	pid: number;
	args?: { data?: { url?: string; frame?: string; stackTrace?: { url?: string }[] }; beginData?: { url?: string } };
}

/** What a trace event was doing, in a few words (a script by its file name). */
function kind(e: TraceEvent): string | null {
	const url = e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
	const file = url.split('/').pop()?.split('?')[0] ?? '';
	switch (e.name) {
		case 'EvaluateScript':
		case 'v8.evaluateModule':
			return `evaluate ${file || 'inline'}`;
		case 'FunctionCall':
			return `call ${file || '?'}`;
		case 'RunMicrotasks':
			// SvelteKit hydrates in a promise callback: this is where hydration's time shows.
			return 'microtasks (hydration)';
		case 'TimerFire':
		case 'FireAnimationFrame':
		case 'FireIdleCallback':
		case 'EventDispatch':
			return null;
		case 'ParseHTML':
			return 'parse HTML';
		case 'UpdateLayoutTree':
		case 'RecalculateStyles':
			return 'style';
		case 'Layout':
			return 'layout';
		case 'Paint':
		case 'PrePaint':
		case 'Layerize':
			return 'paint';
		case 'MinorGC':
		case 'MajorGC':
		case 'V8.GC_SCAVENGER':
			return 'GC';
		case 'v8.compile':
		case 'v8.compileModule':
			return `compile ${file}`;
		default:
			return null;
	}
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const path of paths) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8']
	});
	await page.goto(base + path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(1000);
	const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
	const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
	// The renderer's main thread: where the page's first ParseHTML ran.
	const main = events.find((e) => e.name === 'ParseHTML');
	const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid);
	const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 >= LONG_MS);
	const total = tasks.reduce((sum, t) => sum + ((t.dur ?? 0) / 1000 - LONG_MS), 0);
	console.log(`\n${path}: ${tasks.length} tasks ≥ ${LONG_MS} ms, ${Math.round(total)} ms over ${LONG_MS} ms (4× CPU)`);
	for (const t of tasks) {
		const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
		// Self-explanatory parts: the time of each kind, outermost events only (no double counting).
		const parts = new Map<string, number>();
		let coveredUntil = 0;
		for (const e of inside.sort((a, b) => a.ts - b.ts)) {
			const k = kind(e);
			if (!k || e.ts < coveredUntil) continue;
			coveredUntil = e.ts + (e.dur ?? 0);
			parts.set(k, (parts.get(k) ?? 0) + (e.dur ?? 0) / 1000);
		}
		const top = [...parts]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 6)
			.map(([k, ms]) => `${k} ${Math.round(ms)}`)
			.join(', ');
		console.log(`  ${String(Math.round((t.dur ?? 0) / 1000)).padStart(5)} ms  ${top}`);
		if (process.env.DEBUG_TRACE) {
			const names = new Map<string, number>();
			for (const e of inside) names.set(e.name, (names.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
			console.log(
				'     ',
				[...names]
					.sort((a, b) => b[1] - a[1])
					.slice(0, 12)
					.map(([n, ms]) => `${n} ${Math.round(ms)}`)
					.join(', ')
			);
		}
	}
	await context.close();
}
await browser.close();
