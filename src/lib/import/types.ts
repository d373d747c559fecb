// The vocabulary of the importers: what a file turns into before it is merged into the data contract.
// Pure TypeScript, no Node or DOM APIs: the same code runs in scripts/import.ts and in a Web Worker.
import type { ParseIssue } from '../data/types';
import type { FdiColumns, FxColumns, TradeColumns } from './columns';

/** Column order of each contract file, as written by the importers (data/README.md). */
export const TRADE_COLUMNS = [
	'period',
	'reporter',
	'partner',
	'flow',
	'value',
	'currency',
	'unit',
	'valuation',
	'concept',
	'qualifier',
	'source',
	'note',
	'product_classification',
	'product_code',
	'product_label'
] as const;
export const FDI_COLUMNS = [
	'period',
	'investor',
	'host',
	'measure',
	'value',
	'currency',
	'unit',
	'basis',
	'qualifier',
	'source',
	'note'
] as const;
export const FX_COLUMNS = ['year', 'base', 'quote', 'rate', 'source', 'note'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'vintage', 'accessed', 'notes'] as const;

type Cells<C extends readonly string[]> = Record<C[number], string>;
/** One trade.csv row, every cell as text (values exactly as published). */
export type TradeRow = Cells<typeof TRADE_COLUMNS>;
export type FdiRow = Cells<typeof FDI_COLUMNS>;
export type FxRow = Cells<typeof FX_COLUMNS>;
export type SourceRow = Cells<typeof SOURCE_COLUMNS>;

export type FormatId =
	| 'comtrade-plus'
	| 'comtrade-legacy'
	| 'imf-matrix'
	| 'imf-portal'
	| 'oecd-fdi'
	| 'eurostat-sdmx'
	| 'eurostat-tsv'
	| 'wdi-fx'
	| 'cbs-statline'
	| 'kosis';

/** Rows left out on purpose (a breakdown, a re-export, an aggregate without a contract code…), counted by reason. */
export interface Skipped {
	reason: string;
	count: number;
	firstLine: number;
}

/** A country or area name the tables do not know: reported with where it was found, never guessed. */
export interface Unmapped {
	name: string;
	column: string;
	line: number;
	count: number;
}

/** One file turned into contract rows, with everything that was not imported and why. */
export interface ImportedFile {
	file: string;
	format: FormatId;
	/** What the file is, in words ("UN Comtrade+ CSV (TradeData)"). */
	formatLabel: string;
	encoding: string;
	source: SourceRow;
	/** The rows for each contract file, by column (`rows()` gives them as objects). */
	trade: TradeColumns;
	fdi: FdiColumns;
	fx: FxColumns;
	/** Names for the codes used, as the file spells them where it gives one. */
	countries: Map<string, string>;
	/** Rows that could not be read, with file, line, column and what was expected. */
	rejected: ParseIssue[];
	unmapped: Unmapped[];
	skipped: Skipped[];
	/** Data rows read (header and preamble not counted). */
	rowsRead: number;
	/** Whole-file remarks (e.g. replacement characters already present in the text). */
	warnings: string[];
}

export type ImportOutcome = { ok: true; imported: ImportedFile } | { ok: false; file: string; refusal: string };

/** Progress of a long import: bytes of text parsed so far out of the total. */
export type ProgressHandler = (done: number, total: number) => void;
