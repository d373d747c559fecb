// The CSV of one chart: exactly the figures the chart draws (same spec), one row per label and one
// column per series, with the unit, currency, basis and sources repeated on every row so that a row
// copied out of the file still says what it is.
import type { ChartSpec } from '../charts/spec';
import { toCsv, type CsvCell } from './csv';

/** Columns after the series columns, in this order. */
export const CHART_CSV_META_COLUMNS = [
	'qualifiers',
	'point_notes',
	'unit',
	'currency',
	'basis',
	'source',
	'source_url'
] as const;

/**
 * The header of a chart's CSV: `period`, one column per series (its legend label), then the metadata.
 * Two series with the same label get their basis appended, so no column name is ambiguous.
 * @example chartCsvColumns(balanceSpec) → ['period', 'Balance KOR–NLD · reported by KOR', 'qualifiers', …]
 */
export function chartCsvColumns(spec: ChartSpec): string[] {
	const labels = spec.series.map((s) => s.label);
	const seriesColumns = spec.series.map((s, i) =>
		labels.indexOf(s.label) !== i || labels.lastIndexOf(s.label) !== i ? `${s.label} (${s.basis})` : s.label
	);
	// A chart of products has products for labels: the first column says so instead of "period".
	const labelColumn = spec.categoryAxis ? spec.categoryAxis.title.toLowerCase() : 'period';
	return [labelColumn, ...seriesColumns, ...CHART_CSV_META_COLUMNS];
}

/**
 * The rows of a chart's CSV. Values are the drawn values (percent charts in percent); a gap is an
 * empty cell, never 0. Qualified figures ("approximate", "lower bound") keep their qualifier in the
 * `qualifiers` column, named by series, because a bare number would read as a measurement.
 * @example chartCsvRows(balanceSpec, { currency: 'USD' })[0]
 *   → ['2000', -401.2, '', '', 'USD million, current prices', 'USD', 'Balance …: general concept', 'Direction of Trade Statistics …, International Monetary Fund (2022)', 'https://…']
 */
export function chartCsvRows(spec: ChartSpec, { currency }: { currency: string }): CsvCell[][] {
	const basis = spec.series.map((s) => `${s.label}: ${s.basis}`).join('; ');
	const source = spec.sources
		.map((s) => [s.title, s.publisher].filter(Boolean).join(', ') + (s.vintage ? ` (${s.vintage})` : ''))
		.join('; ');
	const sourceUrl = spec.sources
		.map((s) => s.url)
		.filter(Boolean)
		.join(' ');
	return spec.labels.map((label, i) => {
		const qualifiers = spec.series
			.filter((s) => s.qualifiers[i] && s.values[i] !== null && s.values[i] !== undefined)
			.map((s) => `${s.label}: ${s.qualifiers[i]}`)
			.join('; ');
		const pointNotes = spec.series
			.filter((s) => s.pointNotes?.[i])
			.map((s) => `${s.label}: ${s.pointNotes?.[i]}`)
			.join('; ');
		return [
			label,
			...spec.series.map((s) => s.values[i] ?? null),
			qualifiers,
			pointNotes,
			spec.unit,
			currency,
			basis,
			source,
			sourceUrl
		];
	});
}

/**
 * The whole CSV file of a chart (BOM, CRLF, RFC 4180 quoting, formula-guarded text: see `toCsv`).
 * @example chartCsv(balanceSpec, { currency: 'USD' }).startsWith('\uFEFFperiod,Balance') → true
 */
export function chartCsv(spec: ChartSpec, meta: { currency: string }): string {
	return toCsv(chartCsvColumns(spec), chartCsvRows(spec, meta));
}
