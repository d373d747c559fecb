// How long one products view takes on a product file of realistic size: one pair, 10⁵–10⁶ rows (HS
// 6-digit codes with their 4-digit headings, both flows, many years). The rows are generated in memory
// (SYNTHETIC values; only the sizes matter here) and go through the same pure functions the server
// calls per request: the years and sets of the pair, then the composition of each flow in one year.
// Run by hand: `npx tsx bench/products.ts`. Prints a table.
import { composition, productSetsByYear, type ProductSet } from '../src/lib/data/composition';
import { parsePeriod } from '../src/lib/data/period';
import type { ProductTradeObservation } from '../src/lib/data/types';

const SET: ProductSet = { source: 'bench', classification: 'HS', currency: 'USD' };

/** `headings` 4-digit headings with `perHeading` 6-digit codes each, for every year and both flows. */
function rows(years: number, headings: number, perHeading: number): ProductTradeObservation[] {
	const out: ProductTradeObservation[] = [];
	let line = 2;
	for (let y = 0; y < years; y++) {
		const period = parsePeriod(String(2000 + y));
		if (!period) throw new Error('bad year');
		for (const flow of ['export', 'import'] as const) {
			for (let h = 0; h < headings; h++) {
				const heading = String(100 + h).padStart(4, '0');
				const codes = [heading, ...Array.from({ length: perHeading }, (_, i) => heading + String(10 + i))];
				for (const code of codes) {
					out.push({
						period,
						reporter: 'AAA',
						partner: 'BBB',
						flow,
						value: ((line * 7919) % 100_000) * 1000,
						currency: 'USD',
						publishedUnit: 'thousands',
						publishedValue: String((line * 7919) % 100_000),
						valuation: 'FOB',
						concept: 'general',
						qualifier: '',
						source: SET.source,
						note: '',
						line: line++,
						product: { classification: 'HS', code, label: '' }
					});
				}
			}
		}
	}
	return out;
}

function time(run: () => void, repeat = 7): number {
	run(); // warm-up: the first call includes compiling the functions
	const times: number[] = [];
	for (let i = 0; i < repeat; i++) {
		const t = performance.now();
		run();
		times.push(performance.now() - t);
	}
	return times.sort((a, b) => a - b)[Math.floor(repeat / 2)] as number;
}

const table: Record<string, string | number>[] = [];
for (const [years, headings, perHeading] of [
	[10, 100, 9],
	[20, 500, 9],
	[20, 1200, 9],
	[25, 1200, 16]
] as const) {
	const all = rows(years, headings, perHeading);
	const year = 2000 + years - 1;
	const recent = all.filter((o) => o.period.year >= year - 1);
	const setsMs = time(() => productSetsByYear(all));
	const exportsMs = time(() => composition(recent, [], { flow: 'export', year, set: SET }));
	const c = composition(recent, [], { flow: 'export', year, set: SET });
	table.push({
		'rows of the pair': all.length,
		'codes per flow and year': headings * (perHeading + 1),
		'years and sets (ms)': Number(setsMs.toFixed(1)),
		'composition of one flow (ms)': Number(exportsMs.toFixed(1)),
		chapters: c?.chapters?.length ?? 0
	});
}
console.log(
	'Median of 7 runs after one warm-up (a shared 2-core machine: expect noise). The years and sets are worked out ' +
		'once per loaded data set and side (src/lib/server/productView.ts); a request computes one composition per flow.'
);
console.table(table);
