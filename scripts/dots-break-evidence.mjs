#!/usr/bin/env node
// The evidence for a series break in a reporter's IMF DOTS figures, computed from the whole DOTS matrix
// (../shared/datasets/imf-dots-annual-1960-2020.csv.gz): how much the reporter's own exports to and
// imports from the World changed in the break year, against how much every other country's reported
// trade with it changed. A jump in the reporter's own figures that its partners do not see is a change
// in the reporter's compilation, not in trade.
//
//   node scripts/dots-break-evidence.mjs ["Netherlands, The"] [1999]
//
// The figures printed are the ones data/breaks.csv quotes as its evidence (this dashboard's own analysis).
import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';

const MATRIX = fileURLToPath(new URL('../../shared/datasets/imf-dots-annual-1960-2020.csv.gz', import.meta.url));
const reporter = process.argv[2] ?? 'Netherlands, The';
const year = Number(process.argv[3] ?? 1999);
if (!existsSync(MATRIX)) {
	console.log(`dots-break-evidence: ${MATRIX} not found; nothing to compute.`);
	process.exit(0);
}

// key "reporter|partner|flow|year" → value, only for the rows that involve the reporter in the two years.
const values = new Map();
const years = new Set([String(year - 1), String(year)]);
await new Promise((resolve, reject) => {
	Papa.parse(createReadStream(MATRIX).pipe(createGunzip()), {
		header: true,
		skipEmptyLines: true,
		step: ({ data: r }) => {
			if (!years.has(r.year) || (r.reporter !== reporter && r.partner !== reporter)) return;
			values.set(`${r.reporter}|${r.partner}|${r.flow}|${r.year}`, Number(r.value_usd_millions));
		},
		complete: resolve,
		error: reject
	});
});

const ratio = (key) => {
	const before = values.get(`${key}|${year - 1}`);
	const after = values.get(`${key}|${year}`);
	return before > 0 && after > 0 ? after / before : null;
};
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (r) => `${((r - 1) * 100).toFixed(1)} %`;

const partners = [
	...new Set(
		[...values.keys()]
			.map((k) => k.split('|'))
			.filter(([r, p]) => r === reporter && p !== 'World')
			.map(([, p]) => p)
	)
];
// Each partner that reports the mirror flow in both years, paired with the reporter's own flow to it.
function paired(ownFlow, mirrorFlow) {
	const own = [];
	const mirror = [];
	for (const p of partners) {
		const o = ratio(`${reporter}|${p}|${ownFlow}`);
		const m = ratio(`${p}|${reporter}|${mirrorFlow}`);
		if (o === null || m === null) continue;
		own.push(o);
		mirror.push(m);
	}
	return { n: own.length, own: median(own).toFixed(3), mirror: median(mirror).toFixed(3) };
}
const exports = paired('export', 'import');
const imports = paired('import', 'export');
// IMF's "World" reporter rows are the sum of every other country's reports: its imports from the
// reporter are the mirror of the reporter's exports to the World.
const figures = [
	[`${reporter}: exports to the World`, pct(ratio(`${reporter}|World|export`))],
	[`${reporter}: imports from the World`, pct(ratio(`${reporter}|World|import`))],
	[`all other countries: imports from ${reporter} (IMF "World" reporter)`, pct(ratio(`World|${reporter}|import`))],
	[`all other countries: exports to ${reporter} (IMF "World" reporter)`, pct(ratio(`World|${reporter}|export`))],
	[`median ratio, ${reporter}'s exports to each of ${exports.n} partners`, exports.own],
	[`median ratio, the same partners' imports from ${reporter}`, exports.mirror],
	[`median ratio, ${reporter}'s imports from each of ${imports.n} partners`, imports.own],
	[`median ratio, the same partners' exports to ${reporter}`, imports.mirror]
];
console.log(`IMF DOTS matrix, change ${year - 1} → ${year} (ratio = ${year} / ${year - 1})`);
for (const [what, v] of figures) console.log(`  ${what.padEnd(72)} ${v.padStart(8)}`);
