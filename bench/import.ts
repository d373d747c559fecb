// How fast the importers read the whole IMF DOTS matrix (../shared/datasets/, 93 MB, 1.84 M rows),
// beside PapaParse alone turning the same text into arrays, in the same run (goal: ≥ 0.8× PapaParse).
// Then the whole `npm run import` path once: import, merge into an empty directory, validate with
// buildDataset, write. Run by hand: `npx tsx bench/import.ts [ROUNDS]`. Skips when the matrix is absent.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
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

// The machine is shared: the two are interleaved round by round so both see the same load.
const papa: number[] = [];
const imported: number[] = [];
let rows = 0;
for (let i = 0; i < rounds; i++) {
	let t = performance.now();
	// PapaParse's own work on the same file: decoding to text, then arrays of strings, nothing else.
	const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes));
	papa.push(performance.now() - t);
	if (parsed.data.length < 1_000_000) throw new Error('PapaParse read too few rows');
	t = performance.now();
	const outcome = importBytes(bytes, 'imf-dots-annual-1960-2020.csv');
	imported.push(performance.now() - t);
	if (!outcome.ok) throw new Error(outcome.refusal);
	rows = outcome.imported.trade.length;
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
console.log('| step | time | throughput | peak memory |');
console.log('|---|---:|---:|---:|');
console.log(
	`| PapaParse arrays (decode + parse) | ${(median(papa) / 1000).toFixed(2)} s | ${rate(median(papa))} MB/s | |`
);
console.log(
	`| importBytes (decode + detect + parse + map) | ${(median(imported) / 1000).toFixed(2)} s | ${rate(median(imported))} MB/s | |`
);
console.log(`| ratio import / PapaParse | ${(median(papa) / median(imported)).toFixed(2)}× | | |`);
console.log(
	`| npm run import (import + merge + buildDataset + write) | ${cliSeconds} s | | ${cliKb === 'n/a' ? cliKb : `${(Number(cliKb) / 1024).toFixed(0)} MB`} |`
);
console.log(`\nthis process: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
