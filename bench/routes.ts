// Load on the main routes in one sitting: 100 connections for 30 s each (autocannon), one route after
// the other against one `node build/index.js`, and the server's memory before and after. Prints per
// route: requests per second, its ratio to a 404 page's in the same run, the size of the body (plain and
// gzipped), latency p50 / p99, errors (connection failures), timeouts, the status codes seen, and the
// server's RSS. Goals: 0 errors and 0 timeouts on every route; the pages /, /trade and /mirror at least
// half as fast as a 404 (issue #10: a page should cost little more than the framework's own work).
// The 404 is measured first and last and the mean taken, so a machine that slows down (shared cores)
// during the run does not flatter or penalise the pages.
//
// Run by hand against a production build: `npx vite build && npx tsx bench/routes.ts [--duration 30]
// [--connections 100] [--url http://host:port]`. Without --url it starts `node build/index.js` on a free
// port itself (and can then read its RSS from /proc). Pages are answered from the page cache after their
// first render (src/lib/server/pageCache.ts); `PAGE_CACHE_MB=0 npx tsx bench/routes.ts` measures every
// request rendered, the cost of a page not seen before.
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// @ts-expect-error autocannon ships no types; the few fields used are typed below.
import autocannon from 'autocannon';
import { ROOT, startServer } from '../tests/e2e/server';

interface Result {
	requests: { average: number; total: number };
	latency: { p50: number; p99: number; max: number };
	errors: number;
	timeouts: number;
	statusCodeStats: Record<string, { count: number }>;
}
const run = autocannon as (options: object) => Promise<Result>;

const { values } = parseArgs({
	options: {
		duration: { type: 'string', default: '30' },
		connections: { type: 'string', default: '100' },
		url: { type: 'string' }
	}
});
const duration = Number(values.duration);
const connections = Number(values.connections);

const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const NOT_FOUND = ['404', '/no-such-page'] as const;
/** The pages held to the throughput goal. */
const PAGES = new Set(['/', '/trade', '/mirror']);
const ROUTES = [
	NOT_FOUND,
	['/', '/'],
	['/trade', `/trade?${Q}`],
	['/mirror', `/mirror?${Q}`],
	['/embed/flows', `/embed/flows?${Q}`],
	['/trade.csv', `/trade.csv?${Q}`],
	['/chart/flows.png', `/chart/flows.png?${Q}`],
	NOT_FOUND
] as const;
const GOAL_RATIO = 0.5;

/** The server's resident memory in MB (its own process; render workers are threads of it). */
function rssMb(pid: number | undefined): string {
	if (!pid || !existsSync(`/proc/${pid}/status`)) return 'n/a';
	const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
	return kb ? (Number(kb) / 1024).toFixed(0) : 'n/a';
}

const started = values.url ? null : await startServer(join(ROOT, 'data'));
const base = values.url ?? started?.url ?? '';
const pid = started?.pid;
/** Says once, with the server's last output, if the server stopped under load. */
let reportedExit = false;
function reportIfExited(): void {
	const code = started?.exitCode();
	if (code === undefined || reportedExit) return;
	reportedExit = true;
	console.error(`\nthe server exited (code ${code}); its last output:\n${started?.stderr().slice(-4000)}`);
}
/** Bytes of a route's body as sent with the given Accept-Encoding (fetch would decompress it). */
function bodyBytes(path: string, encoding: 'identity' | 'gzip'): Promise<number> {
	return new Promise((resolve, reject) => {
		request(base + path, { headers: { 'accept-encoding': encoding } }, (res) => {
			let n = 0;
			res.on('data', (c: Buffer) => (n += c.length));
			res.on('end', () => resolve(n));
		})
			.on('error', reject)
			.end();
	});
}
/** Body size in KB: without compression, and gzipped (what a browser receives). */
async function sizes(path: string): Promise<[string, string]> {
	const kb = (n: number) => (n / 1024).toFixed(1);
	return [kb(await bodyBytes(path, 'identity')), kb(await bodyBytes(path, 'gzip'))];
}

const rows: string[][] = [];
const rates: number[] = [];
try {
	// One request each first: data loaded, caches warm, as a running server has them.
	for (const [, path] of ROUTES) await (await fetch(base + path)).arrayBuffer();
	for (const [name, path] of ROUTES) {
		const before = rssMb(pid);
		const r = await run({ url: base + path, connections, duration, timeout: 10 });
		const codes = Object.entries(r.statusCodeStats)
			.map(([code, { count }]) => `${code}×${count}`)
			.join(' ');
		rates.push(r.requests.average);
		rows.push([
			name,
			r.requests.average.toFixed(0),
			'',
			...(await sizes(path)),
			String(r.latency.p50),
			String(r.latency.p99),
			String(r.errors),
			String(r.timeouts),
			codes,
			before,
			rssMb(pid)
		]);
		reportIfExited();
	}
} finally {
	reportIfExited();
	await started?.stop();
}

// The 404's rate: the mean of its first and last run.
const notFound = ((rates[0] ?? 0) + (rates[rates.length - 1] ?? 0)) / 2;
rows.forEach((r, i) => (r[2] = ((rates[i] ?? 0) / notFound).toFixed(2)));

const header = [
	'route',
	'req/s',
	'× 404',
	'KB',
	'KB gzip',
	'p50 ms',
	'p99 ms',
	'errors',
	'timeouts',
	'status codes',
	'RSS before MB',
	'RSS after MB'
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
	cells.map((c, i) => (i === 0 || i === 9 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
console.log(
	`\nRoutes under load: ${base}, ${connections} connections × ${duration} s per route, Node ${process.version}\n`
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
const bad = rows.filter((r) => r[7] !== '0' || r[8] !== '0').map((r) => r[0]);
console.log(`\ngoal 0 errors and 0 timeouts on every route: ${bad.length ? `MISSED on ${bad.join(', ')}` : 'met'}`);
const slow = rows.filter((r) => PAGES.has(r[0] ?? '') && Number(r[2]) < GOAL_RATIO).map((r) => `${r[0]} ${r[2]}×`);
console.log(
	`goal /, /trade, /mirror ≥ ${GOAL_RATIO}× a 404 (${notFound.toFixed(0)} req/s): ${slow.length ? `MISSED on ${slow.join(', ')}` : 'met'}`
);
