import { describe, expect, it } from 'vitest';
import { mirrorChartSpecs } from '../charts/mirrorSpec';
import { formatFigure } from './format';
import { loadDataDir } from './fixtures/dataDir';
import { mirrorFlows, mirrorTable } from './mirror';
import { tradeView } from './tradeView';

const dataset = loadDataDir();
const flows = mirrorFlows(
	tradeView(dataset, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1995, to: 2005 }, { min: 1960, max: 2024 })
);

describe('mirrorFlows (issue 9)', () => {
	it('keeps each side’s published precision', () => {
		const r2000 = flows[0]?.rows.find((r) => r.period === '2000');
		expect(formatFigure(r2000?.exporterReported ?? null, r2000?.exporterPrecision)).toMatch(/^\d,\d{3}(\.\d{1,3})?$/);
		expect(r2000?.importerPrecision?.unit).toBe('millions');
	});

	it('carries the Netherlands’ 1999 break to both mirror charts and the gap chart', () => {
		expect(flows.map((f) => f.breaks.map((b) => `${b.reporter} ${b.period}`))).toEqual([['NLD 1999'], ['NLD 1999']]);
		const specs = mirrorChartSpecs(flows, { KOR: 'Korea', NLD: 'Netherlands' }, 'KOR');
		expect(specs.map((s) => s.breaks?.map((b) => b.period))).toEqual([['1999'], ['1999'], ['1999']]);
	});
});

describe('mirrorTable: what the page lists under each mirror chart', () => {
	it.each([
		[0, 'KOR', 'NLD', 'FOB', 'CIF'],
		[1, 'NLD', 'KOR', 'FOB', 'CIF']
	] as const)('direction %i: %s → %s, valued %s by the exporter and %s by the importer', (i, exporter, importer, x, m) => {
		const flow = flows[i]!;
		const table = mirrorTable(flow);
		expect(table).toMatchObject({ exporter, importer, exporterValuation: x, importerValuation: m, unitLabel: 'USD million' });
		// Every row of the flow, each figure as it is, only the sort key (year) left behind.
		expect(table.rows).toEqual(flow.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'year'))));
		expect(table.rows.map((r) => r.period)).toEqual(flow.rows.map((r) => String(r.year)));
	});
});
