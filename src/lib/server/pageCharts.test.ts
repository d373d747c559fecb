// One pipeline: the chart a page receives and the chart of an embed, image or chart CSV for the same URL
// are the same spec, built by the same call; and the pages' specs are the builders' on the whole Dataset.
import { describe, expect, it } from 'vitest';
import { fdiChartSpec } from '$lib/charts/fdiSpec';
import { mirrorChartSpecs } from '$lib/charts/mirrorSpec';
import { tradeChartSpecs } from '$lib/charts/spec';
import { fdiSeriesForPair } from '$lib/data/fdiView';
import { loadDataDir } from '$lib/data/fixtures/dataDir';
import { mirrorFlows } from '$lib/data/mirror';
import { tradeView } from '$lib/data/tradeView';
import { fdiPageCharts, mirrorPageCharts, tradePageCharts, viewNames } from './pageCharts';
import { chartFromUrl } from './render/chartFromUrl';
import { columnar } from './store/columnar';
import { MemoryTradeStore } from './store/memoryStore';

const VERSION = { id: 'v', loadedAt: '2025-01-01T00:00:00.000Z', files: {} };
const dataset = loadDataDir();
const store = new MemoryTradeStore(columnar(dataset, VERSION));
const url = (path: string, query: string) => new URL(`http://x${path}?${query}`);

describe('a page and its charts elsewhere come from one pipeline', () => {
	it.each([
		['/trade', 'flows', 'reporter=KOR&partner=NLD&from=2000&to=2020'],
		['/trade', 'growth', 'reporter=NLD&partner=KOR&currency=EUR&claims=1&events=1'],
		['/mirror', 'mirror-KOR-NLD', 'reporter=KOR&partner=NLD&from=1995&to=2005'],
		['/mirror', 'mirror-gap', 'reporter=KOR&partner=NLD&from=1995&to=2005'],
		['/fdi', 'fdi', 'reporter=KOR&partner=NLD']
	] as const)('%s: %s (?%s)', async (path, chart, query) => {
		const pages = { '/trade': tradePageCharts, '/mirror': mirrorPageCharts, '/fdi': fdiPageCharts };
		const page = await pages[path](store, url(path, query));
		const output = await chartFromUrl(store, chart, url(`/embed/${chart}`, query));
		expect(output.spec).toEqual(page.specs.find((s) => s.id === chart));
		expect(output.state).toEqual(page.state);
	});
});

describe('the specs of a page are the builders’ on the whole Dataset', () => {
	const state = { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1995, to: 2005 };
	const whole = tradeView(dataset, state, { min: 1960, max: 2024 });
	const query = 'reporter=KOR&partner=NLD&from=1995&to=2005';

	it('/trade: the four trade charts', async () => {
		const page = await tradePageCharts(store, url('/trade', query));
		expect(page.specs).toEqual(tradeChartSpecs(whole));
		expect(page.specs.map((s) => s.id)).toEqual(['flows', 'balance', 'total', 'growth']);
	});

	it('/mirror: one chart per direction in the order of the flows, then the gap', async () => {
		const page = await mirrorPageCharts(store, url('/mirror', query));
		expect(page.flows).toEqual(mirrorFlows(whole));
		expect(page.specs).toEqual(mirrorChartSpecs(mirrorFlows(whole), viewNames(whole), 'KOR'));
		expect(page.specs.map((s) => s.id)).toEqual(['mirror-KOR-NLD', 'mirror-NLD-KOR', 'mirror-gap']);
	});

	it('/fdi: the FDI chart of every FDI year when the URL names none', async () => {
		const page = await fdiPageCharts(store, url('/fdi', 'reporter=KOR&partner=NLD'));
		const { from, to } = page.state;
		expect(page.specs).toEqual([fdiChartSpec(fdiSeriesForPair(dataset, 'KOR', 'NLD', from, to), page.names, 'KOR')]);
	});

	it('/fdi: no chart for years without FDI figures', async () => {
		const page = await fdiPageCharts(store, url('/fdi', 'reporter=KOR&partner=NLD&from=1960&to=1965'));
		expect(page.specs).toEqual([]);
	});
});

describe('viewNames', () => {
	it.each([
		[{ reporter: 'KOR', partner: 'NLD' }, 'Korea', 'Netherlands', { KOR: 'Korea', NLD: 'Netherlands' }],
		[{ reporter: 'NLD', partner: 'KOR' }, 'Nederland', 'Zuid-Korea', { NLD: 'Nederland', KOR: 'Zuid-Korea' }]
	])('%o → %o', (pair, reporterName, partnerName, names) => {
		const state = { ...pair, by: pair.reporter, from: 2020, to: 2020 };
		expect(viewNames({ state, reporterName, partnerName })).toEqual(names);
	});
});
