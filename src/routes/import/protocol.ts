// Messages between the /import page and its worker. Everything heavy (decoding, parsing, mapping,
// validating, building views) happens in the worker; the page only receives plain results.
import type { ChartSpec } from '$lib/charts/spec';
import type { ParseIssue } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locale';
import type { ImportedFile } from '$lib/import/types';

export type ToWorker =
	| { kind: 'import'; name: string; buffer: ArrayBuffer }
	/** `locale`: the page's language, for the charts' text and numbers (a worker has no page to read it from). */
	| { kind: 'view'; reporter: string; partner: string; from: number; to: number; locale: Locale };

/** The report of one imported file, without its rows (they stay in the worker). */
export type ImportSummary = Pick<
	ImportedFile,
	'file' | 'formatLabel' | 'encoding' | 'source' | 'rejected' | 'unmapped' | 'skipped' | 'rowsRead' | 'warnings'
> & { counts: { trade: number; fdi: number; fx: number } };

export interface PairFound {
	reporter: string;
	partner: string;
	reporterName: string;
	partnerName: string;
	span: { min: number; max: number };
}

/** The steps of an import, named here and worded by the page in the reader's language. */
export type ImportPhase = 'reading' | 'decompressing' | 'decoding' | 'parsing' | 'checking';

export type FromWorker =
	| { kind: 'progress'; phase: ImportPhase; done: number; total: number }
	/** The importer's own sentence (English this round: the importer library is not translated yet). */
	| { kind: 'refused'; sentence: string }
	/** A file that starts like gzip but does not decompress: the page says so in the reader's language. */
	| { kind: 'bad-gzip'; file: string }
	| {
			kind: 'imported';
			summary: ImportSummary;
			/** Problems the loader found in the contract files made from the file (none when they are valid). */
			issues: ParseIssue[];
			/** The contract files, ready to drop into DATA_DIR (Blobs: handing one over copies nothing). */
			files: Record<string, Blob>;
			pairs: PairFound[];
	  }
	| { kind: 'view'; specs: ChartSpec[] };
