// How long validating and indexing a large data set takes: the whole IMF DOTS matrix (1.84 M rows,
// all reporters and partners, 1960–2020) converted in memory to trade.csv form and built with the
// same buildDataset the server uses, then one trade view queried from it.
// Run by hand: `npx tsx bench/loader.ts`. Prints a table; skips when the matrix is absent.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { buildDataset } from '../src/lib/data/dataset';
import { tradePairs, yearSpan } from '../src/lib/data/series';
import { tradeView } from '../src/lib/data/tradeView';

const MATRIX = new URL('../../shared/datasets/imf-dots-annual-1960-2020.csv.gz', import.meta.url);
if (!existsSync(MATRIX)) {
	console.log(`skipped: ${MATRIX.pathname} is absent`);
	process.exit(0);
}

const t0 = performance.now();
const text = gunzipSync(readFileSync(MATRIX)).toString('utf8');
const t1 = performance.now();

// IMF names are not ISO codes; the benchmark gives each name a stable three-letter code (AAA, AAB, …)
// so the rows pass the same validation as real data. The codes mean nothing outside this run.
const codes = new Map<string, string>();
const code = (name: string) => {
	let c = codes.get(name);
	if (!c) {
		const n = codes.size;
		c = String.fromCharCode(65 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
		codes.set(name, c);
	}
	return c;
};
const lines = ['period,reporter,partner,flow,value,currency,unit,valuation,concept,qualifier,source,note'];
const seen = new Set<string>();
Papa.parse<string[]>(text, {
	skipEmptyLines: true,
	step: ({ data }) => {
		const [reporter, partner, year, flow, value, flag] = data;
		if (reporter === 'reporter' || !reporter || !partner || reporter === partner) return;
		const r = code(reporter);
		const p = code(partner);
		const key = `${year}|${r}|${p}|${flow}`;
		if (seen.has(key)) return;
		seen.add(key);
		lines.push(
			`${year},${r},${p},${flow},${value},USD,millions,${flow === 'export' ? 'FOB' : 'CIF'},not stated,${flag === 'e' ? 'approximate' : ''},imf,`
		);
	}
});
const tradeCsv = lines.join('\n');
const sourcesCsv =
	'id,title,publisher,url,vintage,accessed,notes\nimf,Direction of Trade Statistics,International Monetary Fund,,,,\n';
const t2 = performance.now();

const heapBefore = process.memoryUsage().heapUsed;
const { dataset, issues } = buildDataset({ trade: tradeCsv, sources: sourcesCsv });
const t3 = performance.now();
if (!dataset) {
	console.error(`${issues.length} issues, first: ${JSON.stringify(issues[0])}`);
	process.exit(1);
}
const heapAfter = process.memoryUsage().heapUsed;

const pairs = tradePairs(dataset);
const t4 = performance.now();
const first = pairs[Math.floor(pairs.length / 2)] ?? pairs[0];
if (!first) throw new Error('no pairs');
const span = yearSpan(dataset, first.reporter, first.partner) ?? { min: 1960, max: 2020 };
tradeView(dataset, { ...first, by: first.reporter, from: span.min, to: span.max }, span);
const t5 = performance.now();

const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
console.table({
	'unzip (93 MB)': ms(t0, t1),
	'convert to trade.csv form': ms(t1, t2),
	[`buildDataset (${dataset.trade.length.toLocaleString('en-US')} rows)`]: ms(t2, t3),
	'tradePairs (all pairs)': ms(t3, t4),
	'one tradeView (indexed by reporter)': ms(t4, t5),
	'heap for the dataset': `${((heapAfter - heapBefore) / 1e6).toFixed(0)} MB`
});
