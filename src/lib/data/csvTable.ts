import Papa from 'papaparse';
import type { ParseIssue } from './types';

/** A cell converter: either a typed value or what was expected instead. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string };
export type CellParser<T> = (raw: string) => CellResult<T>;

export interface ColumnSpec<T> {
	parse: CellParser<T>;
	/** Optional columns may be absent from the header; their cells then read as ''. */
	optional?: boolean;
}

export type TableSpec<Row> = { [K in keyof Row]: ColumnSpec<Row[K]> };

export interface ParsedRow<Row> {
	/** 1-based physical line where the record starts (header = line 1). */
	line: number;
	value: Row;
}

export interface ParsedTable<Row> {
	rows: ParsedRow<Row>[];
	issues: ParseIssue[];
}

const OTHER_DELIMITERS: Record<string, string> = { ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * Parses a comma-separated UTF-8 text with one header row into typed rows, converting every cell with
 * its column's parser. Problems come back as addressed issues; rows with a bad cell are left out.
 * @example parseCsvTable('a\n1\nx', 'f.csv', { a: { parse: number } })
 *   → rows [{ line: 2, value: { a: 1 } }], issues [{ file: 'f.csv', line: 3, column: 'a', value: 'x', … }]
 */
export function parseCsvTable<Row extends object>(
	text: string,
	file: string,
	spec: TableSpec<Row>
): ParsedTable<Row> {
	const issues: ParseIssue[] = [];
	const rows: ParsedRow<Row>[] = [];
	// Spreadsheet programs save UTF-8 with a byte-order mark; it must not become part of the first column name.
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

	const records = readRecords(body, file, issues);
	const header = records[0];
	if (!header || (header.fields.length === 1 && header.fields[0] === '')) {
		issues.push({ file, line: 0, column: '', value: '', expected: 'a header row naming the columns' });
		return { rows, issues };
	}

	const headerLine = header.fields;
	if (headerLine.length === 1) {
		const found = Object.keys(OTHER_DELIMITERS).find((d) => (headerLine[0] ?? '').includes(d));
		if (found) {
			issues.push({
				file,
				line: header.line,
				column: '',
				value: truncate(headerLine[0] ?? ''),
				expected: `comma-separated columns (this header is ${OTHER_DELIMITERS[found]}-separated)`
			});
			return { rows, issues };
		}
	}

	const names = headerLine.map((n) => n.trim());
	const columns = Object.keys(spec) as (keyof Row & string)[];
	const index = new Map<string, number>();
	names.forEach((n, i) => index.set(n, i));
	let missing = false;
	for (const column of columns) {
		if (!index.has(column) && !spec[column].optional) {
			issues.push({
				file,
				line: header.line,
				column,
				value: names.join(','),
				expected: `a column named "${column}" in the header`
			});
			missing = true;
		}
	}
	if (missing) return { rows, issues };

	for (const record of records.slice(1)) {
		if (record.fields.length === 1 && record.fields[0]?.trim() === '') continue;
		if (record.fields.length !== names.length) {
			issues.push({
				file,
				line: record.line,
				column: '',
				value: truncate(record.fields.join(',')),
				expected: `${names.length} fields as in the header (found ${record.fields.length})`
			});
			continue;
		}
		const value = {} as Row;
		let good = true;
		for (const column of columns) {
			const at = index.get(column);
			const raw = at === undefined ? '' : (record.fields[at] ?? '');
			const result = spec[column].parse(raw);
			if (result.ok) {
				value[column] = result.value;
			} else {
				good = false;
				issues.push({ file, line: record.line, column, value: truncate(raw), expected: result.expected });
			}
		}
		if (good) rows.push({ line: record.line, value });
	}
	return { rows, issues };
}

interface RawRecord {
	line: number;
	fields: string[];
}

/** Splits text into records, remembering the physical line each starts on (quoted fields may span lines). */
function readRecords(text: string, file: string, issues: ParseIssue[]): RawRecord[] {
	const records: RawRecord[] = [];
	let offset = 0;
	let line = 1;
	Papa.parse<string[]>(text, {
		delimiter: ',',
		header: false,
		skipEmptyLines: false,
		step(result) {
			const end = result.meta.cursor;
			records.push({ line, fields: result.data });
			for (const e of result.errors) {
				issues.push({
					file,
					line,
					column: '',
					value: truncate(text.slice(offset, end)),
					expected: papaExpectation(e.code)
				});
			}
			line += countNewlines(text, offset, end);
			offset = end;
		}
	});
	// A final newline yields one empty record; it is not data.
	const last = records[records.length - 1];
	if (last && last.fields.length === 1 && last.fields[0] === '') records.pop();
	return records;
}

/** Line breaks (LF, CRLF or a lone CR) in text[from, to): PapaParse's cursor stands after a record's break. */
function countNewlines(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) n++;
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
	}
	return n;
}

function papaExpectation(code: string): string {
	switch (code) {
		case 'MissingQuotes':
			return 'a closing double quote for the quoted field';
		case 'InvalidQuotes':
			return 'a field quoted with double quotes, inner quotes doubled ("")';
		default:
			return `well-formed CSV (${code})`;
	}
}

function truncate(s: string): string {
	return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

// ---- Cell parsers shared by the file schemas -------------------------------------------------

/** Any text, trimmed. */
export const text: CellParser<string> = (raw) => ({ ok: true, value: raw.trim() });

/** Non-empty text. */
export const requiredText =
	(what: string): CellParser<string> =>
	(raw) =>
		raw.trim() === '' ? { ok: false, expected: what } : { ok: true, value: raw.trim() };

/** One of a fixed set of words; the error lists them. @example oneOf(['export','import'])('Export') → error */
export function oneOf<T extends string>(allowed: readonly T[]): CellParser<T> {
	return (raw) => {
		const v = raw.trim();
		return (allowed as readonly string[]).includes(v)
			? { ok: true, value: v as T }
			: { ok: false, expected: `one of ${allowed.map((a) => (a === '' ? '(empty)' : a)).join(', ')}` };
	};
}

const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * A plain decimal number ('.' as decimal mark, no thousands separators). Empty is not a number: a
 * missing figure is a missing row, never a blank that could be read as 0.
 * @example decimal('3987.1') → 3987.1; decimal('3,987.1') → error; decimal('') → error
 */
export const decimal: CellParser<number> = (raw) => {
	const v = raw.trim();
	if (!DECIMAL.test(v)) {
		return {
			ok: false,
			expected: v.includes(',')
				? "a plain number with '.' as decimal mark and no thousands separators"
				: 'a number'
		};
	}
	return { ok: true, value: Number(v) };
};

/** A number together with the text it was written as, so its published precision is never lost. */
export interface PublishedNumber {
	value: number;
	/** The cell as written, trimmed: "5.8" keeps its one decimal, "6223.837" its three. */
	text: string;
}

/**
 * A decimal that remembers how it was written.
 * @example publishedDecimal(' 5.80 ') → { ok: true, value: { value: 5.8, text: '5.80' } }
 */
export const publishedDecimal: CellParser<PublishedNumber> = (raw) => {
	const parsed = decimal(raw);
	return parsed.ok ? { ok: true, value: { value: parsed.value, text: raw.trim() } } : parsed;
};

const ISO3 = /^[A-Z]{3}$/;
/** An ISO 3166 alpha-3 code (or an aggregate like WLD), upper case. */
export const iso3: CellParser<string> = (raw) =>
	ISO3.test(raw.trim())
		? { ok: true, value: raw.trim() }
		: { ok: false, expected: 'a three-letter upper-case country code (ISO 3166 alpha-3, e.g. KOR)' };

/** An ISO 4217 currency code. */
export const currencyCode: CellParser<string> = (raw) =>
	ISO3.test(raw.trim())
		? { ok: true, value: raw.trim() }
		: { ok: false, expected: 'a three-letter upper-case currency code (ISO 4217, e.g. USD)' };
