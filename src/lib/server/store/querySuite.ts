// Test helper (not application code): one list of queries, asked of any TradeStore, answers collected
// in order. Two stores that give the same answers to the same suite are interchangeable for every view.
import type { TradeStore } from './types';

/** Every method of the interface, with filters that hit, miss and page. */
export async function runQuerySuite(store: TradeStore, pairs: [string, string][]): Promise<unknown[]> {
	const answers: unknown[] = [];
	const ask = async (name: string, answer: Promise<unknown>) => answers.push([name, await answer]);
	await ask('version', store.version());
	await ask('counts', store.counts());
	await ask('pairs all', store.pairs({}));
	await ask('pairs page', store.pairs({ limit: 1, offset: 1 }));
	await ask('pairs search', store.pairs({ search: 'nether' }));
	await ask('pairs none', store.pairs({ search: 'no such country' }));
	await ask('currencies', store.currencies());
	await ask('fx', store.fx());
	await ask('sources', store.sources({}));
	await ask('source usage', store.sourceUsage());
	await ask('countries', store.countries({}));
	await ask('events', store.events({}));
	await ask('events 2000s', store.events({ from: 2000, to: 2009 }));
	await ask('claims', store.claims({}));
	await ask('fdi', store.fdi({}));
	await ask('product pairs', store.productPairs());
	await ask('totals', store.totals({}));
	await ask('statements', store.statements());
	await ask('breaks', store.breaks({}));
	await ask('trade page', store.trade({ limit: 7, offset: 3 }));
	await ask('trade all', store.trade({}));
	for (const [a, b] of pairs) {
		await ask(`span ${a} ${b}`, store.periodSpan({ a, b }));
		await ask(`fdi span ${a} ${b}`, store.periodSpan({ a, b, dataset: 'fdi' }));
		await ask(`trade ${a} ${b}`, store.trade({ reporters: [a, b], partners: [a, b, 'WLD'] }));
		await ask(
			`exports ${a} ${b} 2000s`,
			store.trade({ reporters: [a], partners: [b], flow: 'export', from: 2000, to: 2009 })
		);
		await ask(`reporter ${a}`, store.trade({ reporters: [a] }));
		await ask(`world ${a}`, store.worldTotals({ reporters: [a, b] }));
		await ask(`products ${a} ${b}`, store.products({ reporter: a, partner: b }));
		await ask(`fdi ${a} ${b}`, store.fdi({ investors: [a, b, 'WLD'], hosts: [a, b] }));
		await ask(`claims ${a} ${b}`, store.claims({ involving: [a, b], topic: 'trade' }));
		await ask(`totals ${a} ${b}`, store.totals({ involving: [a, b] }));
		await ask(`breaks ${a} ${b}`, store.breaks({ reporters: [a, b] }));
	}
	return answers;
}
