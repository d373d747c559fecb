import Papa from 'papaparse';
import { roundSignificant } from './derive';
import type { MirrorFlow } from './mirror';
import { normaliseLineBreaks, safeFileName } from './textHygiene';
import type { TradeView } from './tradeView';

export type CsvCell = string | number | null;

/**
 * Writes rows as a CSV that spreadsheet programs open correctly: a UTF-8 byte-order mark, CRLF line
 * ends and RFC 4180 quoting. Text cells starting with =, +, -, @, tab or CR get a leading apostrophe so a
 * hostile source title cannot run as a formula; numbers are written as numbers, so a negative trade
 * balance stays a number a spreadsheet can sum.
 * @example toCsv(['a', 'b'], [['=1+1', -2]]) → '\uFEFFa,b\r\n"\'=1+1",-2'
 */
export function toCsv(columns: string[], rows: CsvCell[][]): string {
	// Text from the data may hold U+2028, U+0085 or a lone CR: spreadsheet programs disagree on whether
	// those end a record, so every break inside a cell is written as the LF all of them read as one.
	const cell = (c: CsvCell) =>
		typeof c === 'number' ? roundSignificant(c) : typeof c === 'string' ? normaliseLineBreaks(c) : c;
	const body = Papa.unparse(
		{ fields: columns.map(normaliseLineBreaks), data: rows.map((r) => r.map(cell)) },
		// A cell starting with a line break is guarded too: it was a CR before normalising.
		{ newline: '\r\n', escapeFormulae: /^[=+\-@\t\r\n]/, quotes: false }
	);
	return '\uFEFF' + body;
}

export const TRADE_CSV_COLUMNS = [
	'period',
	'reporter',
	'partner',
	'reported_by',
	'exports',
	'imports',
	'balance',
	'total_trade',
	'coverage_ratio',
	'exports_growth_pct',
	'imports_growth_pct',
	'exports_share_of_world_pct',
	'imports_share_of_world_pct',
	'mirror_exports',
	'mirror_imports',
	'mirror_reported_by',
	'currency',
	'unit',
	'exports_valuation',
	'imports_valuation',
	'concept',
	'exports_qualifier',
	'imports_qualifier',
	'source_id',
	'source_title',
	'source_publisher',
	'source_url',
	'mirror_source_id',
	'converted_from',
	'fx_rate',
	'fx_rate_derived',
	'fx_rate_source',
	'unconverted_exports',
	'unconverted_imports',
	'unconverted_currency',
	'exports_source_note',
	'imports_source_note',
	'series_break'
] as const;

const pct = (v: number | null) => (v === null ? null : v * 100);

/**
 * The rows of the trade view as CSV cells: one row per period and source of the chosen side, with the
 * derived measures and the other side's (mirror) figures for the same flows. Gaps are empty cells.
 * @example tradeCsvRows(view)[0] → ['2020', 'KOR', 'NLD', 'KOR', 3987.1, 6223.8, -2236.7, …]
 */
export function tradeCsvRows(view: TradeView): CsvCell[][] {
	const out: CsvCell[][] = [];
	for (const g of view.groups) {
		const mirror = view.mirrorGroups.find((m) => m.currency === g.currency);
		const mirrorRows = new Map(mirror?.rows.map((r) => [r.period, r]) ?? []);
		for (const r of g.rows) {
			const m = mirrorRows.get(r.period);
			out.push([
				r.period,
				view.state.reporter,
				view.state.partner,
				g.by,
				r.exports,
				r.imports,
				r.balance,
				r.total,
				r.coverage,
				pct(r.exportsGrowth),
				pct(r.importsGrowth),
				pct(r.exportsShare),
				pct(r.importsShare),
				m?.exports ?? null,
				m?.imports ?? null,
				mirror ? mirror.by : null,
				g.currency,
				'millions',
				g.exportsValuation,
				g.importsValuation,
				g.concept,
				r.exportsQualifier,
				r.importsQualifier,
				g.source.id,
				g.source.title,
				g.source.publisher,
				g.source.url,
				mirror?.source.id ?? null,
				g.convertedFrom,
				r.conversion && g.convertedFrom ? r.conversion.rate : null,
				r.conversion && g.convertedFrom ? String(r.conversion.derived) : null,
				r.conversion && g.convertedFrom ? r.conversion.sources.join(';') : null,
				r.unconverted?.exports ?? null,
				r.unconverted?.imports ?? null,
				r.unconverted?.currency ?? null,
				// The source's own remarks ("reference year not stated") travel with the figure.
				r.exportsNote,
				r.importsNote,
				r.breakBefore ? `series break in ${r.breakBefore}: change from the previous period mixes two bases` : null
			]);
		}
	}
	return out;
}

/** A file name that says what is inside. @example tradeCsvName(view) → 'kor-nld-trade-2000-2020.csv' */
export function tradeCsvName(view: Pick<TradeView, 'state'>, what = 'trade'): string {
	const by = view.state.by !== view.state.reporter ? `-by-${view.state.by}` : '';
	const currency = view.state.currency ? `-${view.state.currency}` : '';
	return safeFileName(
		`${view.state.reporter}-${view.state.partner}-${what}${by}${currency}-${view.state.from}-${view.state.to}.csv`.toLowerCase()
	);
}

export const MIRROR_CSV_COLUMNS = [
	'period',
	'exporter',
	'importer',
	'exporter_reported',
	'importer_reported',
	'gap',
	'gap_pct_of_importer_reported',
	'cif_fob_ratio',
	'currency',
	'unit',
	'exporter_valuation',
	'importer_valuation',
	'exporter_qualifier',
	'importer_qualifier',
	'exporter_source_id',
	'exporter_source_title',
	'importer_source_id',
	'importer_source_title'
] as const;

/**
 * Mirror statistics as CSV cells: one row per direction and period, both reports side by side.
 * @example mirrorCsvRows(flows) → [['2020', 'KOR', 'NLD', 3987.104, 6414.84867, -2427.74467, -37.85…, 1.6089…, 'USD', …], …]
 */
export function mirrorCsvRows(flows: MirrorFlow[]): CsvCell[][] {
	return flows.flatMap((f) =>
		f.rows.map((r) => [
			r.period,
			f.exporter,
			f.importer,
			r.exporterReported,
			r.importerReported,
			r.gap,
			pct(r.gapShare),
			r.cifFob,
			f.currency,
			'millions',
			f.exporterValuation,
			f.importerValuation,
			r.exporterQualifier,
			r.importerQualifier,
			f.exporterSource.id,
			f.exporterSource.title,
			f.importerSource.id,
			f.importerSource.title
		])
	);
}
