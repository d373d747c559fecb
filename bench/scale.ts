// The dashboard at the size of the real world: the whole IMF DOTS matrix (1.8 M rows, 27,000 pairs) as
// DATA_DIR, against the bundled data, on production servers (`node build/index.js`), in one run:
//   1. cold start from CSV and restart from the snapshot: time to the first answered request, RSS
//      (goals: restart < 1 s, RSS ≤ 400 MB);
//   2. /trade throughput with the matrix vs the bundled data (autocannon, loopback, 50 connections;
//      goal ≥ 0.8×);
//   3. a reload of the matrix under that load: p99 during vs before (goal ≤ 2×), failed requests
//      (goal 0), responses mixing old and new figures (goal 0);
//   4. page HTML size with the bundled data and with the matrix (must not grow with pairs).
//
// Run by hand: `npx vite build && npx tsx bench/scale.ts`. SCALE_SECONDS (default 10) sets each load
// run's length. The matrix is converted once into the system's temporary folder by
// scripts/imf-matrix.ts (never into the repository); skips cleanly when the matrix is absent.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { convertMatrix, MATRIX } from '../scripts/imf-matrix';
import { freePort, ROOT } from '../tests/e2e/server';

const SECONDS = Number(process.env.SCALE_SECONDS ?? 10);
const TRADE = '/trade?reporter=KOR&partner=NLD';
const PAGES = ['/', TRADE, '/mirror?reporter=KOR&partner=NLD', '/fdi?reporter=KOR&partner=NLD'];

if (!existsSync(MATRIX)) {
	console.log(`skipped: ${MATRIX.pathname} is absent`);
	process.exit(0);
}
if (!existsSync(path.join(ROOT, 'build', 'index.js'))) {
	console.error('build/index.js is missing: run `npx vite build` first');
	process.exit(1);
}

const loadStart = loadavg()[0]?.toFixed(1);
const work = path.join(tmpdir(), 'trade-scale-bench');
const matrixDir = path.join(work, 'matrix');
if (!existsSync(path.join(matrixDir, 'trade.csv'))) {
	const t = performance.now();
	const { rows } = await convertMatrix(matrixDir);
	console.log(`converted the matrix: ${rows} rows in ${((performance.now() - t) / 1000).toFixed(1)} s → ${matrixDir}`);
}

interface Server {
	url: string;
	child: ChildProcess;
	stdout: () => string;
	/** Milliseconds from spawn to the first answered request. */
	firstAnswerMs: number;
}

async function start(dataDir: string, snapshotDir: string): Promise<Server> {
	const port = await freePort();
	const t = performance.now();
	const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SNAPSHOT_DIR: snapshotDir };
	delete env.ORIGIN;
	const child = spawn(process.execPath, [path.join(ROOT, 'build', 'index.js')], {
		env,
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let out = '';
	child.stdout?.setEncoding('utf8').on('data', (c: string) => (out += c));
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
		try {
			const r = await fetch(url + '/', { signal: AbortSignal.timeout(5_000) });
			await r.arrayBuffer();
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 10));
		}
	}
	return { url, child, stdout: () => out, firstAnswerMs: performance.now() - t };
}

async function stop(s: Server): Promise<void> {
	const exited = new Promise((r) => s.child.once('exit', r));
	s.child.kill('SIGTERM');
	await exited;
}

/** Resident set size of a process, in MB (Linux /proc). */
function rssMb(pid: number): number {
	const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
	return kb / 1024;
}

/** The parts of autocannon's result used here (the package ships no types). */
interface LoadResult {
	requests: { average: number; total: number };
	latency: { p99: number };
	errors: number;
	timeouts: number;
	non2xx: number;
}
type Autocannon = (
	options: { url: string; connections: number; duration: number },
	done: (error: Error | null, result: LoadResult) => void
) => { stop: () => void };

/** autocannon against one URL for `seconds`, or until stopped. */
function load(url: string, seconds: number): { done: Promise<LoadResult>; stop: () => void } {
	let tracker: { stop: () => void } | undefined;
	const done = new Promise<LoadResult>((resolve, reject) => {
		tracker = (autocannon as unknown as Autocannon)({ url, connections: 50, duration: seconds }, (err, result) =>
			err ? reject(err) : resolve(result)
		);
	});
	return { done, stop: () => tracker?.stop() };
}

const rows: [string, string, string, string][] = [];
const row = (what: string, value: string, goal = '', ok = '') => rows.push([what, value, goal, ok]);
const mark = (pass: boolean) => (pass ? 'yes' : 'NO');

// 1. Start-up.
const snapshots = mkdtempSync(path.join(tmpdir(), 'trade-scale-snapshots-'));
const bundled = await start(path.join(ROOT, 'data'), path.join(snapshots, 'bundled'));
row('bundled: first answer after start', `${bundled.firstAnswerMs.toFixed(0)} ms`);
const cold = await start(matrixDir, path.join(snapshots, 'matrix'));
await new Promise((r) => setTimeout(r, 2000));
row('matrix, cold (CSV): first answer after start', `${(cold.firstAnswerMs / 1000).toFixed(1)} s`);
row('  its loader', /\[data\] serving .*/.exec(cold.stdout())?.[0].replace(/^.*from /, 'from ') ?? '');
row(
	'matrix, cold (CSV): RSS after load',
	`${rssMb(cold.child.pid as number).toFixed(0)} MB`,
	'≤ 400 MB',
	mark(rssMb(cold.child.pid as number) <= 400)
);
await stop(cold);
// Restarts: the median of three, the machine being shared.
const restarts: number[] = [];
let matrix: Server | null = null;
for (let i = 0; i < 3; i++) {
	if (matrix) await stop(matrix);
	matrix = await start(matrixDir, path.join(snapshots, 'matrix'));
	if (!/from its snapshot/.test(matrix.stdout()))
		throw new Error(`the restart did not use the snapshot:\n${matrix.stdout()}`);
	restarts.push(matrix.firstAnswerMs);
}
if (!matrix) throw new Error('no restart');
await new Promise((r) => setTimeout(r, 1000));
const restartRss = rssMb(matrix.child.pid as number);
const restartMedian = [...restarts].sort((a, b) => a - b)[1] as number;
row(
	'matrix, restart (snapshot): first answer after start',
	`${restartMedian.toFixed(0)} ms (median of ${restarts.map((t) => t.toFixed(0)).join(', ')})`,
	'< 1 s',
	mark(restartMedian < 1000)
);
row('  its loader', /\[data\] serving .*/.exec(matrix.stdout())?.[0].replace(/^.*from /, 'from ') ?? '');
row('matrix, restart (snapshot): RSS after load', `${restartRss.toFixed(0)} MB`, '≤ 400 MB', mark(restartRss <= 400));

// 4. Page sizes (before the load runs, which do not change them).
for (const page of PAGES) {
	const size = async (s: Server) => (await (await fetch(s.url + page)).arrayBuffer()).byteLength;
	const [b, m] = [await size(bundled), await size(matrix)];
	row(
		`HTML of ${page}: bundled → matrix`,
		`${(b / 1024).toFixed(1)} → ${(m / 1024).toFixed(1)} KB`,
		'no growth with pairs',
		mark(m <= b * 1.05)
	);
}

// 2. Throughput, in alternating rounds so that the load other processes put on the machine falls on
// both sides alike.
const rounds: { bundled: LoadResult; matrix: LoadResult }[] = [];
for (let i = 0; i < 2; i++) {
	const b = await load(bundled.url + TRADE, SECONDS).done;
	const m = await load(matrix.url + TRADE, SECONDS).done;
	rounds.push({ bundled: b, matrix: m });
}
const total = (pick: (r: (typeof rounds)[number]) => LoadResult) =>
	rounds.reduce((n, r) => n + pick(r).requests.total, 0);
const ratio = total((r) => r.matrix) / total((r) => r.bundled);
const describe = (r: LoadResult) => `${r.requests.average.toFixed(0)} (p99 ${r.latency.p99} ms)`;
row('/trade req/s, bundled, per round', rounds.map((r) => describe(r.bundled)).join('; '));
row('/trade req/s, matrix, per round', rounds.map((r) => describe(r.matrix)).join('; '));
row('/trade throughput matrix ÷ bundled', `${ratio.toFixed(2)}×`, '≥ 0.8×', mark(ratio >= 0.8));
await stop(bundled);

// 3. A reload of the matrix under load. The new trade.csv changes every figure of Korea's exports to
// the Netherlands (one more digit), so any response mixing the two versions shows it.
const tradeFile = path.join(matrixDir, 'trade.csv');
const original = readFileSync(tradeFile, 'utf8');
const changed = original.replace(
	/^(\d{4},KOR,NLD,export,)([0-9.]+),/gm,
	(_, head: string, v: string) => `${head}${v.includes('.') ? v : v + '.'}1,`
);
const csvUrl = `${matrix.url}/trade.csv?reporter=KOR&partner=NLD`;
const exportsOf = async () => {
	const lines = (await (await fetch(csvUrl)).text()).trim().split('\r\n').slice(1);
	return lines.map((l) => l.split(',')[4] ?? '').filter((v) => v !== '');
};
const oldExports = (await exportsOf()).join('|');
const before = await load(matrix.url + TRADE, SECONDS).done;
const served = () => matrix.stdout().match(/\[data\] serving/g)?.length ?? 0;
const servedBefore = served();
writeFileSync(tradeFile + '.tmp', changed);
renameSync(tradeFile + '.tmp', tradeFile);
const t0 = performance.now();
const during = load(matrix.url + TRADE, 600);
let checks = 0;
let mixed = 0;
let newSeen = '';
while (served() === servedBefore && performance.now() - t0 < 600_000) {
	const exports = (await exportsOf()).join('|');
	checks++;
	if (exports !== oldExports) {
		if (newSeen === '') newSeen = exports;
		else if (exports !== newSeen) mixed++;
	}
	await new Promise((r) => setTimeout(r, 100));
}
during.stop();
const reloadSeconds = (performance.now() - t0) / 1000;
const d = await during.done;
const finalExports = (await exportsOf()).join('|');
if (newSeen !== '' && newSeen !== finalExports) mixed++;
writeFileSync(tradeFile + '.tmp', original);
renameSync(tradeFile + '.tmp', tradeFile);
const failed = d.errors + d.timeouts + d.non2xx + before.errors + before.timeouts + before.non2xx;
row('reload of the matrix under load: duration', `${reloadSeconds.toFixed(1)} s (${d.requests.total} requests)`);
row(
	'/trade p99 before → during the reload',
	`${before.latency.p99} → ${d.latency.p99} ms`,
	'≤ 2×',
	mark(d.latency.p99 <= 2 * before.latency.p99)
);
row(
	'failed requests before + during (errors / timeouts / non-2xx)',
	`${failed} (${before.errors + d.errors} / ${before.timeouts + d.timeouts} / ${before.non2xx + d.non2xx})`,
	'0',
	mark(failed === 0)
);
row(
	`responses mixing versions (of ${checks} checked)`,
	String(mixed),
	'0',
	mark(mixed === 0 && finalExports !== oldExports)
);
await stop(matrix);
rmSync(snapshots, { recursive: true, force: true });

const widths = [0, 1, 2, 3].map((i) =>
	Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'goal', 'met'][i]!.length)
);
const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
console.log(
	`\nIMF matrix: ${matrixDir}; ${SECONDS} s per load run, 50 connections, loopback; ` +
		`${cpus().length} cores, load average ${loadStart} at start, ${loadavg()[0]?.toFixed(1)} at end\n`
);
console.log(line(['measure', 'value', 'goal', 'met']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
