// How fast the importers read the whole IMF DOTS matrix (../shared/datasets/, 93 MB, 1.84 M rows),
// beside PapaParse alone turning the same text into arrays, in the same run (goal: ≥ 0.8× PapaParse).
// Then the whole `npm run import` path once: import, merge into an empty directory, validate with
// buildDataset, write. Run by hand: `npx tsx bench/import.ts [ROUNDS]`. Skips when the matrix is absent.
// The ratio compares like with like: decode + parse (PapaParse) against decode + detect + parse + map
// (the importer, which parses with PapaParse), in one process, from a collected heap, order alternated.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { importBytes } from '../src/lib/import/importer';

const MATRIX = new URL('../../shared/datasets/imf-dots-annual-1960-2020.csv.gz', import.meta.url);
if (!existsSync(MATRIX)) {
	console.log(`skipped: ${MATRIX.pathname} is absent`);
	process.exit(0);
}
const rounds = Number(process.argv[2] ?? 3);
const bytes = gunzipSync(readFileSync(MATRIX));
const mb = bytes.length / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

// Each timed step starts from a collected heap, so neither pays for collecting the other's garbage
// (both keep over a million rows alive): the collector, exposed for this process only.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Wall time and this process's CPU time (all its threads, the collector's helpers too) of one step, in ms. */
interface Timing {
	wall: number;
	cpu: number;
}
function timed(step: () => void): Timing {
	const cpu = process.cpuUsage();
	const t = performance.now();
	step();
	const wall = performance.now() - t;
	const used = process.cpuUsage(cpu);
	return { wall, cpu: (used.user + used.system) / 1000 };
}

// PapaParse's own work on the same file: decoding to text, then arrays of strings, nothing else.
const papaStep = () =>
	timed(() => {
		const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes));
		if (parsed.data.length < 1_000_000) throw new Error('PapaParse read too few rows');
	});
let rows = 0;
const importStep = () =>
	timed(() => {
		const outcome = importBytes(bytes, 'imf-dots-annual-1960-2020.csv');
		if (!outcome.ok) throw new Error(outcome.refusal);
		rows = outcome.imported.trade.length;
	});

// The machine is shared: the two are interleaved round by round so both see the same load, and the
// one that goes first alternates (the first step of a round runs on a fresher heap and warmer caches).
const papa: Timing[] = [];
const imported: Timing[] = [];
for (let i = 0; i < rounds; i++) {
	for (const step of i % 2 === 0 ? ['papa', 'import'] : ['import', 'papa']) {
		collect();
		if (step === 'papa') papa.push(papaStep());
		else imported.push(importStep());
	}
}

// The command line, end to end, in a child process so its peak memory is its own.
const out = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
const cli = spawnSync(
	'/usr/bin/time',
	[
		'-f',
		'%e %M',
		process.execPath,
		'node_modules/tsx/dist/cli.mjs',
		'scripts/import.ts',
		'--out',
		out,
		MATRIX.pathname
	],
	{ encoding: 'utf8' }
);
rmSync(out, { recursive: true, force: true });
const [cliSeconds = 'n/a', cliKb = 'n/a'] = cli.stderr.trim().split('\n').pop()?.split(' ') ?? [];

const rate = (ms: number) => (mb / (ms / 1000)).toFixed(1);
console.log(
	`IMF DOTS matrix: ${mb.toFixed(1)} MB uncompressed, ${rows.toLocaleString('en-US')} trade rows imported; median of ${rounds} rounds\n`
);
const wall = (xs: Timing[]) => median(xs.map((x) => x.wall));
const cpu = (xs: Timing[]) => median(xs.map((x) => x.cpu));
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log('| step | wall time | throughput (wall) | CPU time | throughput (CPU) | peak memory |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [label, xs] of [
	['PapaParse arrays (decode + parse)', papa],
	['importBytes (decode + detect + parse + map)', imported]
] as const)
	console.log(`| ${label} | ${secs(wall(xs))} | ${rate(wall(xs))} MB/s | ${secs(cpu(xs))} | ${rate(cpu(xs))} MB/s | |`);
console.log(
	`| ratio import / PapaParse | ${(wall(papa) / wall(imported)).toFixed(2)}× | | ${(cpu(papa) / cpu(imported)).toFixed(2)}× | | |`
);
console.log(
	`| npm run import (import + merge + buildDataset + write) | ${cliSeconds} s | | | | ${cliKb === 'n/a' ? cliKb : `${(Number(cliKb) / 1024).toFixed(0)} MB`} |`
);
const list = (xs: Timing[], k: keyof Timing) => xs.map((x) => (x[k] / 1000).toFixed(2)).join(', ');
// On a shared machine the wall time includes waiting for a core; the CPU time is the work done.
console.log(
	`\nrounds, wall (s): PapaParse ${list(papa, 'wall')}; import ${list(imported, 'wall')}` +
		`\nrounds, CPU (s): PapaParse ${list(papa, 'cpu')}; import ${list(imported, 'cpu')}` +
		`\nload average ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')} on ${availableParallelism()} cores`
);
console.log(`this process: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
