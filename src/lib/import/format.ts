// The shape every format module has: how to recognise it, and how to map its rows.
import Papa from 'papaparse';
import type { ImportContext } from './context';
import type { LegacyEncoding } from './decode';
import type { FormatId, SourceRow } from './types';

/** A row mapper: gets every data row after the header, with its 1-based line in the file. */
export interface RowMapper {
	row(fields: string[], line: number): void;
	/** Called after the last row, for formats that hold rows back (e.g. WDI's one rate per currency). */
	finish?(): void;
}

/** What a format says about the first lines of a file. */
export type Sniff =
	| null
	| { ok: true; headerIndex: number }
	/** The file is recognised but holds nothing the contract takes: refused, naming what it is. */
	| { ok: false; refusal: string };

export interface FormatSpec {
	id: FormatId;
	label: string;
	publisher: string;
	/** Legacy encodings real downloads of this format come in, when they are not UTF-8. */
	encodings: readonly LegacyEncoding[];
	delimiter: ',' | ';' | '\t';
	/** Looks at the first lines of the text (line ends removed). */
	sniff(lines: string[], fileName: string): Sniff;
	/** What the source row says about this file, beyond the publisher (title, vintage, notes). */
	describe(lines: string[], fileName: string): Partial<SourceRow>;
	/** A mapper for the rows; `header` is the parsed header row. Returns a refusal sentence part instead when the header cannot be used. */
	start(ctx: ImportContext, header: string[], lines: string[]): RowMapper | { refusal: string };
}

/**
 * One line split into cells with a delimiter, quotes removed.
 * @example cells('"a","b",', ',') → ['a', 'b', '']
 */
export function cells(line: string, delimiter: string): string[] {
	return Papa.parse<string[]>(line, { delimiter }).data[0] ?? [];
}

/** Column positions by name; names compared trimmed. @example columnIndex(['a', ' b']) .get('b') → 1 */
export function columnIndex(header: string[]): Map<string, number> {
	const m = new Map<string, number>();
	header.forEach((h, i) => {
		const name = h.trim();
		if (name !== '' && !m.has(name)) m.set(name, i);
	});
	return m;
}

/**
 * The required columns missing from a header, or null when all are there. Used to refuse hand-edited
 * headers with the names that were not recognised, instead of guessing which column was meant.
 */
export function missingColumns(
	header: string[],
	required: readonly string[],
	/** True when `required` is every column the layout has: the others are then named as unrecognised. */
	complete = false
): string | null {
	const have = new Set(header.map((h) => h.trim()));
	const missing = required.filter((c) => !have.has(c));
	if (missing.length === 0) return null;
	const known = new Set(required);
	const unknown = complete ? header.map((h) => h.trim()).filter((h) => h !== '' && !known.has(h)) : [];
	const shown = (xs: string[]) =>
		xs
			.slice(0, 4)
			.map((x) => `"${x}"`)
			.join(', ');
	return `it lacks the column${missing.length > 1 ? 's' : ''} ${shown(missing)}${
		unknown.length ? ` and has the unrecognised column${unknown.length > 1 ? 's' : ''} ${shown(unknown)}` : ''
	}`;
}
