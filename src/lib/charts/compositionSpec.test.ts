import { describe, expect, it } from 'vitest';
import { chartCsvColumns, chartCsvRows } from '../data/chartCsv';
import { composition, type ProductSet } from '../data/composition';
import { loadDataDir } from '../data/fixtures/dataDir';
import { chartConfig } from './config';
import { compositionChartSpecs, type CompositionChartInput } from './compositionSpec';
import { PALETTE } from './palette';
import { chartPeriods } from './specPeriods';
import type { ChartSpec } from './spec';
import { withLocale } from '../i18n/locale';

// tests/fixtures/products/: SYNTHETIC product figures of AAA with BBB, 2021–2022 (see its README).
const dataset = loadDataDir(new URL('../../../tests/fixtures/products/', import.meta.url));
const rows = dataset.productTrade.filter((o) => o.reporter === 'AAA');
const allGoods = dataset.trade.filter((o) => o.reporter === 'AAA');
const USD: ProductSet = { source: 'synthetic-products', classification: 'HS', currency: 'USD' };

function input(year: number, set = USD): CompositionChartInput {
	return {
		state: { reporter: 'AAA', partner: 'BBB', by: 'AAA' },
		names: { AAA: 'Country A', BBB: 'Country B' },
		source: dataset.sources.get(set.source) ?? null,
		compositions: {
			export: composition(rows, allGoods, { flow: 'export', year, set }),
			import: composition(rows, allGoods, { flow: 'import', year, set })
		}
	};
}

describe('compositionChartSpecs', () => {
	const specs = compositionChartSpecs(input(2022));
	const byId = (id: string) => specs.find((s) => s.id === id);

	it('gives products and HS chapters for each flow', () => {
		expect(specs.map((s) => s.id)).toEqual([
			'products-export',
			'chapters-export',
			'products-import',
			'chapters-import'
		]);
	});

	// id, labels, this year (millions), previous year (millions; null = no figure)
	it.each([
		[
			'products-export',
			[
				'8486 Machines for making semiconductors and displays',
				'854231 Processors and controllers, integrated circuits',
				'848620 Machines for making semiconductor devices',
				'27 Mineral fuels and oils',
				'3004 Medicaments in measured doses',
				'0901 Coffee'
			],
			[650, 480, 260, 250, 120, 30],
			[500, 400, 200, 300, 100, null]
		],
		[
			'products-import',
			[
				'87 Vehicles other than railway',
				'8703 Motor cars',
				'9018 Medical instruments',
				'2204 Wine of fresh grapes',
				'220421 Wine in containers of 2 l or less'
			],
			[180, 140, 55, 45, 35],
			[150, 120, 60, 40, 30]
		],
		['chapters-import', ['Ch. 87', 'Ch. 90', 'Ch. 22'], [180, 55, 45], [150, 60, 40]],
		[
			'chapters-export',
			['Ch. 84', 'Ch. 85', 'Ch. 27', 'Ch. 30', 'Ch. 09'],
			[650, 480, 250, 120, 30],
			[500, 400, 300, 100, null]
		]
	])('%s draws the figures of the fixture', (id, labels, values, previous) => {
		const spec = byId(id);
		if (id.startsWith('chapters')) expect(spec?.labels.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(labels);
		else expect(spec?.labels).toEqual(labels);
		expect(spec?.series.map((s) => s.label)).toEqual(['2022', '2021']);
		expect(spec?.series[0]?.values.map((v) => (v === null ? null : Math.round(v * 10) / 10))).toEqual(values);
		expect(spec?.series[1]?.values.map((v) => (v === null ? null : Math.round(v * 10) / 10))).toEqual(previous);
	});

	it('says what the shares are of: all goods for exports, the sum of products for imports', () => {
		expect(byId('products-export')?.notes[0]).toMatch(/^Shares are of all goods \(2,400\.0 USD million\)/);
		expect(byId('products-import')?.notes[0]).toMatch(
			/^No all-goods figure .* sum of the 3 product figures listed \(280\.0 USD million/
		);
	});

	it('says where the previous year is missing, and never draws it as 0', () => {
		expect(byId('products-export')?.notes).toContain(
			'No 2021 bar and no change for 0901: no figure in 2021 (a gap, not zero).'
		);
	});

	it('colours a flow by the country it leaves', () => {
		expect(byId('products-export')?.series[0]?.color).toBe(PALETTE.reporter);
		expect(byId('products-import')?.series[0]?.color).toBe(PALETTE.partner);
	});

	it('names the product axis and the one year, for tables, CSVs and citations', () => {
		const spec = byId('products-export');
		expect(spec?.categoryAxis).toEqual({ title: 'Product', period: '2022' });
		expect(spec && chartPeriods(spec)).toEqual(['2022']);
		expect(spec?.title).toBe('Country A exports to Country B: largest products');
	});

	it('draws only the largest products when there are more than `top`', () => {
		const two = compositionChartSpecs(input(2022), 2);
		expect(two[0]?.labels).toHaveLength(2);
		expect(two[0]?.notes).toContain("The 2 largest of 6 products; the page's table lists every one.");
	});

	it('has no chapter chart for a set that is not HS', () => {
		const sitc = { ...USD, classification: 'SITC' };
		expect(compositionChartSpecs(input(2022, sitc))).toEqual([]);
	});

	it('gives a year with one set only its own figures (EUR never mixed into USD)', () => {
		const eur = compositionChartSpecs(
			input(2022, { source: 'synthetic-products-eur', classification: 'HS', currency: 'EUR' })
		);
		expect(eur.map((s) => [s.id, s.currency, s.labels.length])).toEqual([
			['products-export', 'EUR', 1],
			['chapters-export', 'EUR', 1]
		]);
	});
});

describe('a products chart in the shared outputs', () => {
	const spec = compositionChartSpecs(input(2022))[0];
	if (!spec) throw new Error('no spec');

	it('is drawn as horizontal bars with the value axis across', () => {
		const config = chartConfig(spec);
		expect(config.options?.indexAxis).toBe('y');
		const scales = config.options?.scales as Record<string, { type?: string }>;
		expect([scales.x?.type, scales.y?.type]).toEqual(['linear', 'category']);
	});

	it('has a CSV whose first column is the product, one row per product', () => {
		expect(chartCsvColumns(spec).slice(0, 3)).toEqual(['product', '2022', '2021']);
		const rowsOut = chartCsvRows(spec, { currency: 'USD' });
		expect(rowsOut.map((r) => r[0])).toEqual(spec.labels);
		expect(rowsOut[5]?.slice(1, 3)).toEqual([30, null]);
	});
});

describe('chartPeriods', () => {
	it.each([
		[{ labels: ['2000', '2001', '2002'] }, ['2000', '2002']],
		[{ labels: ['2020'] }, ['2020', '2020']],
		[{ labels: [] }, []],
		[{ labels: ['8486 Machines'], categoryAxis: { title: 'Product', period: '2022' } }, ['2022']],
		[{ labels: [], categoryAxis: { title: 'Product', period: '2022' } }, []]
	])('%o → %o', (spec, expected) => {
		expect(chartPeriods(spec)).toEqual(expected);
	});
});

describe('compositionChartSpecs in Korean and Dutch', () => {
	// The fixture's names are its own (no ISO code): they stay as they are in every language.
	it.each([
		['nl', 'Uitvoer van Country A naar Country B: grootste goederen', 'Goederen', 'USD mln'],
		['ko', 'Country A의 대(對)Country B 수출: 주요 품목', '품목', '백만 USD']
	] as const)('%s: title and axes in the language, product labels as published', (locale, title, axis, valueAxis) => {
		const [products] = withLocale(locale, () => compositionChartSpecs(input(2022)));
		const [english] = compositionChartSpecs(input(2022));
		expect(products?.title).toBe(title);
		expect(products?.categoryAxis?.title).toBe(axis);
		expect(products?.yTitle).toBe(valueAxis);
		expect(products?.labels).toEqual(english?.labels);
	});

	it('names HS chapters the Korean way, keeping the WCO titles', () => {
		const chapters = withLocale('ko', () => compositionChartSpecs(input(2022)))[1];
		expect(chapters?.labels.every((l) => /^제\d\d류/.test(l))).toBe(true);
	});

	it('keeps the CSV label column key when built in English (the CSV endpoint always is)', () => {
		const [products] = compositionChartSpecs(input(2022));
		expect(chartCsvColumns(products as ChartSpec)[0]).toBe('product');
	});
});
