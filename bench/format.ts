// How fast the number formatters are on the figures a /trade page shows: every KOR–NLD trade figure
// of data/ (both reporters, both flows, every source) through formatMillions, formatFigure at its
// published precision, and formatPercent over the year-on-year growth of each series, in en, ko and nl.
// Prints calls per second, median of ROUNDS timed rounds.
//
// Run by hand: `npx tsx bench/format.ts [--against=REV]`. With --against, format.ts as it was at git
// revision REV is measured in the same run, round for round with today's (the machine is shared: the
// ratio of two interleaved measurements is steadier than two runs).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as current from '../src/lib/data/format';
import { loadDataDir } from '../src/lib/data/fixtures/dataDir';
import { locales, withLocale } from '../src/lib/i18n/locale';
import { ROOT } from '../tests/e2e/server';

type Formatters = Pick<typeof current, 'formatMillions' | 'formatFigure' | 'formatPercent'>;

const ROUNDS = 7;
const ROUND_MS = 150;
const against = process.argv.find((a) => a.startsWith('--against='))?.slice('--against='.length);

/**
 * format.ts at a git revision, as a module beside this one (a file outside the project would load as
 * CommonJS, with a second copy of the locale module that withLocale does not reach); removed after.
 */
async function formattersAt(rev: string): Promise<{ formatters: Formatters; cleanup: () => void }> {
	const source = execFileSync('git', ['show', `${rev}:src/lib/data/format.ts`], { cwd: ROOT, encoding: 'utf8' });
	const here = path.join(ROOT, 'bench');
	const data = path.join(ROOT, 'src', 'lib', 'data');
	const moved = source.replace(
		/from '(\.\.?\/[^']+)'/g,
		(_, rel: string) => `from './${path.relative(here, path.join(data, rel))}'`
	);
	const file = path.join(here, `.format-at-${rev.replace(/[^\w.-]/g, '_')}.ts`);
	writeFileSync(file, moved);
	const cleanup = () => rmSync(file, { force: true });
	try {
		return { formatters: (await import(pathToFileURL(file).href)) as Formatters, cleanup };
	} catch (error) {
		cleanup();
		throw error;
	}
}

// The real figures: KOR–NLD rows as published, in millions, with the precision they were printed at.
const dataset = loadDataDir();
const rows = dataset.trade.filter(
	(o) => (o.reporter === 'KOR' && o.partner === 'NLD') || (o.reporter === 'NLD' && o.partner === 'KOR')
);
const figures = rows.map((o) => ({
	millions: o.value / 1e6,
	precision: current.precisionOf(o.publishedValue, o.publishedUnit)
}));
// Year-on-year growth of each series (reporter, partner, flow, source); a gap year gives no growth.
const series = new Map<string, Map<number, number>>();
for (const o of rows) {
	const key = `${o.reporter} ${o.partner} ${o.flow} ${o.source}`;
	if (!series.has(key)) series.set(key, new Map());
	series.get(key)?.set(o.period.year, o.value);
}
const growth: number[] = [];
for (const byYear of series.values())
	for (const [year, value] of byYear) {
		const previous = byYear.get(year - 1);
		if (previous) growth.push(value / previous - 1);
	}

const cases: { name: string; calls: number; call: (f: Formatters, i: number) => string }[] = [
	{
		name: 'formatMillions',
		calls: figures.length,
		call: (f, i) => f.formatMillions(figures[i]?.millions ?? null)
	},
	{
		name: 'formatFigure',
		calls: figures.length,
		call: (f, i) => f.formatFigure(figures[i]?.millions ?? null, figures[i]?.precision)
	},
	{ name: 'formatPercent', calls: growth.length, call: (f, i) => f.formatPercent(growth[i] ?? null) }
];

/** Every output of a case, in order. */
const outputs = (f: Formatters, c: (typeof cases)[number]) => Array.from({ length: c.calls }, (_, i) => c.call(f, i));

/** One pass over a case's figures; the lengths are summed so that no call can be optimised away. */
function pass(f: Formatters, c: (typeof cases)[number]): number {
	let n = 0;
	for (let i = 0; i < c.calls; i++) n += c.call(f, i).length;
	return n;
}

/** Calls per second of one case in one locale over a round of about ROUND_MS. */
function round(f: Formatters, c: (typeof cases)[number]): number {
	let calls = 0;
	const start = performance.now();
	let elapsed = 0;
	while (elapsed < ROUND_MS) {
		pass(f, c);
		calls += c.calls;
		elapsed = performance.now() - start;
	}
	return (calls / elapsed) * 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const kops = (n: number) => `${(n / 1000).toFixed(0)} k/s`;

const old = against ? await formattersAt(against) : null;
try {
	console.log(
		`Number formatting over the KOR–NLD figures of data/ (${figures.length} figures, ${growth.length} growth rates); ` +
			`median of ${ROUNDS} rounds of ${ROUND_MS} ms, Node ${process.version}`
	);
	console.log(
		old ? `\ncase             lang   format.ts at ${against}   today        ratio` : '\ncase             lang   today'
	);
	for (const c of cases)
		for (const lang of locales) {
			// The results are checked equal first: a faster formatter that writes something else is no use.
			withLocale(lang, () => {
				if (old && outputs(old.formatters, c).join('\n') !== outputs(current, c).join('\n'))
					throw new Error(`${c.name} ${lang}: outputs differ`);
				// Warm up both (JIT, the formatters' caches) before timing.
				for (let i = 0; i < 20; i++) {
					pass(current, c);
					if (old) pass(old.formatters, c);
				}
			});
			const now: number[] = [];
			const then: number[] = [];
			for (let r = 0; r < ROUNDS; r++)
				withLocale(lang, () => {
					if (old) then.push(round(old.formatters, c));
					now.push(round(current, c));
				});
			const line = `${c.name.padEnd(17)}${lang.padEnd(7)}`;
			console.log(
				old
					? `${line}${kops(median(then)).padStart(22)}${kops(median(now)).padStart(12)}${(median(now) / median(then)).toFixed(2).padStart(10)}×`
					: `${line}${kops(median(now))}`
			);
		}
} finally {
	old?.cleanup();
}
