import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartSeriesSpec, ChartSpec } from '../charts/spec';
import { CHART_CSV_META_COLUMNS, chartCsv, chartCsvColumns, chartCsvRows } from './chartCsv';
import type { Source } from './types';

const imf: Source = {
	id: 'imf-dots-2022',
	title: 'Direction of Trade Statistics (DOTS)',
	publisher: 'International Monetary Fund',
	url: 'https://data.imf.org/dots',
	vintage: '2022',
	accessed: '',
	notes: ''
};
const cbs: Source = { ...imf, id: 'cbs', title: 'Trade deficit with South Korea', publisher: 'Statistics Netherlands (CBS)', url: '', vintage: '' };

const series = (over: Partial<ChartSeriesSpec>): ChartSeriesSpec => ({
	key: 'k',
	label: 'Exports KOR→NLD · reported by KOR',
	kind: 'line',
	color: '#000',
	values: [1, null, 3.25],
	qualifiers: ['', '', ''],
	source: imf,
	basis: 'FOB, general concept',
	...over
});

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
	id: 'flows',
	currency: 'USD',
	title: 'Republic of Korea trade with Netherlands: exports and imports',
	unit: 'USD million, current prices',
	yTitle: 'USD million',
	format: 'money',
	labels: ['2000', '2001', '2002'],
	series: [
		series({}),
		series({ key: 'i', label: 'Imports KOR←NLD · reported by KOR', values: [-2236.7, 5, null], basis: 'CIF, general concept' })
	],
	sources: [imf],
	notes: [],
	...over
});

/** Parses a CSV written by chartCsv back into header + rows of strings, as a spreadsheet would read it. */
function parse(text: string): { fields: string[]; rows: string[][] } {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	const [fields = [], ...rows] = parsed.data;
	return { fields, rows };
}

describe('chartCsvColumns', () => {
	it('is period, one column per series label, then the metadata columns', () => {
		expect(chartCsvColumns(spec())).toEqual([
			'period',
			'Exports KOR→NLD · reported by KOR',
			'Imports KOR←NLD · reported by KOR',
			...CHART_CSV_META_COLUMNS
		]);
	});

	it('appends the basis to labels that occur twice, so each column is unambiguous', () => {
		const twice = spec({ series: [series({ basis: 'FOB' }), series({ basis: 'CIF' })] });
		expect(chartCsvColumns(twice).slice(1, 3)).toEqual([
			'Exports KOR→NLD · reported by KOR (FOB)',
			'Exports KOR→NLD · reported by KOR (CIF)'
		]);
	});
});

describe('chartCsvRows', () => {
	it('has one row per label with the drawn values, gaps as null', () => {
		const rows = chartCsvRows(spec(), { currency: 'USD' });
		expect(rows.map((r) => r.slice(0, 3))).toEqual([
			['2000', 1, -2236.7],
			['2001', null, 5],
			['2002', 3.25, null]
		]);
	});

	it('repeats unit, currency, basis per series and the sources with their vintage on every row', () => {
		const rows = chartCsvRows(spec({ sources: [imf, cbs] }), { currency: 'USD' });
		const meta = rows[0]?.slice(3);
		expect(meta).toEqual([
			'',
			'',
			'USD million, current prices',
			'USD',
			'Exports KOR→NLD · reported by KOR: FOB, general concept; Imports KOR←NLD · reported by KOR: CIF, general concept',
			'Direction of Trade Statistics (DOTS), International Monetary Fund (2022); Trade deficit with South Korea, Statistics Netherlands (CBS)',
			'https://data.imf.org/dots'
		]);
		expect(new Set(rows.map((r) => r.slice(5).join('|'))).size).toBe(1);
	});

	it.each([
		[['approximate', '', ''], [1, null, 3], 'Exports KOR→NLD · reported by KOR: approximate', ''],
		[['', 'lower bound', ''], [1, 2, 3], '', 'Exports KOR→NLD · reported by KOR: lower bound'],
		// A qualifier on a gap qualifies nothing.
		[['', 'lower bound', ''], [1, null, 3], '', '']
	] as const)('names qualified figures in the qualifiers column (%j on %j)', (qualifiers, values, first, second) => {
		const rows = chartCsvRows(spec({ series: [series({ qualifiers: [...qualifiers], values: [...values] })] }), { currency: 'USD' });
		expect(rows[0]?.[2]).toBe(first);
		expect(rows[1]?.[2]).toBe(second);
	});

	it('carries per-point notes (e.g. the exchange rate used) by series', () => {
		const rows = chartCsvRows(spec({ series: [series({ pointNotes: ['converted: USD→EUR 1.08', '', ''] })] }), { currency: 'EUR' });
		expect(rows[0]?.[3]).toBe('Exports KOR→NLD · reported by KOR: converted: USD→EUR 1.08');
		expect(rows[1]?.[3]).toBe('');
	});
});

describe('chartCsv', () => {
	it('parses back to exactly the chart values, negative numbers staying numbers', () => {
		const s = spec();
		const { fields, rows } = parse(chartCsv(s, { currency: 'USD' }));
		expect(fields).toEqual(chartCsvColumns(s));
		expect(rows.map((r) => r[0])).toEqual(s.labels);
		s.series.forEach((ser, j) => {
			const back = rows.map((r) => (r[j + 1] === '' ? null : Number(r[j + 1])));
			expect(back).toEqual(ser.values);
		});
		// Not guarded with an apostrophe: a spreadsheet must be able to sum a deficit.
		expect(rows[0]?.[2]).toBe('-2236.7');
	});

	it('neutralises a hostile source title so it cannot run as a formula', () => {
		const hostile: Source = { ...imf, title: '=HYPERLINK("http://evil.example","click")', publisher: '@SUM(1+1)', vintage: '' };
		const text = chartCsv(spec({ sources: [hostile] }), { currency: 'USD' });
		const { fields, rows } = parse(text);
		const cell = rows[0]?.[fields.indexOf('source')];
		expect(cell).toBe(`'=HYPERLINK("http://evil.example","click"), @SUM(1+1)`);
		expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
	});

	it.each(['+cmd', '-2+3', '@x', '\tx', '\rx'])('guards a basis starting with %j', (start) => {
		const { fields, rows } = parse(chartCsv(spec({ series: [series({ label: start })] }), { currency: 'USD' }));
		// The label leads both its column name and the basis cell: both are guarded.
		expect(fields[1]?.startsWith("'")).toBe(true);
		expect(rows[0]?.[fields.indexOf('basis')]?.startsWith("'")).toBe(true);
	});
});

describe('chartCsv text hygiene', () => {
	it('writes a source title with U+2028, U+2029 and U+0085 with plain line breaks only', () => {
		const hostile = { ...imf, title: 'Direction\u2028of\u2029Trade\u0085Statistics' };
		const csv = chartCsv(spec({ sources: [hostile], series: [series({ label: 'Exports\u2028KOR', source: hostile })] }), {
			currency: 'USD'
		});
		expect(csv).not.toMatch(/[\u0085\u2028\u2029]/);
		const { data } = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' });
		expect(data[0]?.[1]).toBe('Exports\nKOR');
		expect(data[1]?.[data[0]!.indexOf('source')]).toContain('Direction\nof\nTrade\nStatistics');
	});
});
