import Papa from 'papaparse';
import { IssueList, charColumn } from './issues';
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
	/** Capped: the first ISSUE_LIMIT issues, then one summary per kind (see IssueList). */
	issues: ParseIssue[];
}

export interface ParseOptions {
	/** A required file needs at least one data row: a header alone is an error, not an empty data set. */
	required?: boolean;
}

const OTHER_DELIMITERS: Record<string, string> = { ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const LINE_END_NAMES: Record<string, string> = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' };

interface Header {
	line: number;
	names: string[];
	index: Map<string, number>;
}

/** One record as PapaParse returned it, with where it starts in the text. */
interface RawRecord {
	line: number;
	/** Offset of the record's first character in the text, and of the character after its line end. */
	offset: number;
	end: number;
	fields: string[];
}

/**
 * Parses a comma-separated UTF-8 text with one header row into typed rows, converting every cell with
 * its column's parser. Problems come back as addressed issues; rows with a bad cell are left out.
 * The header must name each column of `spec` at most once and nothing else: an unknown column is
 * most likely a misspelt optional one, whose values would otherwise be silently ignored.
 *
 * Addresses: `line` is the physical line (header = 1); `column` is the header name of the field at
 * fault, or `char N` (1-based character on that line, after a leading byte-order mark) where no field
 * applies, e.g. an extra field, a stray line end or a bad header.
 * @example parseCsvTable('a\n1\nx', 'f.csv', { a: { parse: number } })
 *   → rows [{ line: 2, value: { a: 1 } }], issues [{ file: 'f.csv', line: 3, column: 'a', value: 'x', … }]
 */
export function parseCsvTable<Row extends object>(
	text: string,
	file: string,
	spec: TableSpec<Row>,
	options: ParseOptions = {}
): ParsedTable<Row> {
	const issues = new IssueList();
	const rows: ParsedRow<Row>[] = [];
	const columns = Object.keys(spec) as (keyof Row & string)[];

	// Spreadsheet programs save UTF-8 with a byte-order mark; it must not become part of the first
	// column name. A second one is a file saved twice over: reported, and stripped too, so that no line
	// or column number shifts.
	let boms = 0;
	while (text.charCodeAt(boms) === 0xfeff) boms++;
	const body = text.slice(boms);
	if (boms > 1) {
		issues.add({
			file,
			line: 1,
			column: charColumn(1),
			value: '\uFEFF'.repeat(boms),
			expected: `at most one byte-order mark at the start of the file (found ${boms})`
		});
	}

	// The line end of the first line is the file's: another kind later (a lone LF in a CRLF file) would
	// be read as part of a field, gluing two rows into one with a misleading field count.
	const newline = /\r\n|\n|\r/.exec(body)?.[0] ?? '\n';
	let header: Header | null = null;
	let dataRows = 0;
	let offset = 0;
	let line = 1;
	Papa.parse<string[]>(body, {
		delimiter: ',',
		newline: newline as '\n',
		header: false,
		skipEmptyLines: false,
		step(result, parser) {
			const record: RawRecord = { line, offset, end: result.meta.cursor, fields: result.data };
			line += countNewlines(body, offset, record.end);
			offset = record.end;
			const blank = record.fields.length === 1 && record.fields[0]?.trim() === '' && !result.errors.length;
			if (blank && header) return;
			if (blank) {
				issues.add({ file, line: record.line, column: charColumn(1), value: '', expected: 'a header row naming the columns' });
				return parser.abort();
			}
			// Field positions are worked out only when needed: a problem to address, or a line break inside
			// the record (rare), so the common row costs one scan of its characters.
			let cached: Span[] | null = null;
			const spans = () => (cached ??= fieldSpans(body, record, newline));
			// Past a stray line end or a broken header, every later row would be misread: stop there.
			const inner = hasInnerLineBreak(body, record, newline);
			if (inner && !checkLineEnds(body, file, record, spans(), newline, issues)) return parser.abort();
			if (result.errors.length > 0) {
				reportQuoteErrors(body, file, record, result.errors, spans, header, issues);
				if (!header) parser.abort();
				return;
			}
			if (!header) {
				header = readHeader(body, file, record, spans, spec, issues);
				if (!header) parser.abort();
				return;
			}
			dataRows++;
			const row = readRow(body, file, record, spans, header, columns, spec, issues);
			if (row) rows.push({ line: record.line, value: row });
		}
	});

	if (header === null && issues.size === 0) {
		issues.add({ file, line: 1, column: charColumn(1), value: '', expected: 'a header row naming the columns' });
	}
	if (header !== null && dataRows === 0 && issues.size === 0 && options.required) {
		issues.add({
			file,
			line: (header as Header).line + 1,
			column: charColumn(1),
			value: '',
			expected: `at least one data row after the header (${file} is required)`
		});
	}
	return { rows, issues: issues.issues() };
}
/** Where one field of a record is in the text: [start, end) and whether it was quoted. */
interface Span {
	start: number;
	end: number;
	quoted: boolean;
}

/**
 * The fields of a record as spans of the text, split the way PapaParse splits them (a quote opens a
 * quoted field only at the field's start; "" inside it is a quote), so each field can be addressed.
 */
function fieldSpans(text: string, record: RawRecord, newline: string): Span[] {
	const stop = text.endsWith(newline, record.end) ? record.end - newline.length : record.end;
	const spans: Span[] = [];
	let i = record.offset;
	for (;;) {
		const start = i;
		const quoted = text.charCodeAt(i) === 34;
		if (quoted) {
			i++;
			while (i < stop) {
				if (text.charCodeAt(i) !== 34) i++;
				else if (text.charCodeAt(i + 1) === 34) i += 2;
				else if (i + 1 >= stop || text.charCodeAt(i + 1) === 44) {
					i++;
					break;
				} else i++;
			}
		}
		while (i < stop && text.charCodeAt(i) !== 44) i++;
		spans.push({ start, end: i, quoted });
		if (i >= stop) return spans;
		i++;
	}
}

/** Whether a record holds a CR or LF before its own line end (in a quoted field, or a stray one). */
function hasInnerLineBreak(text: string, record: RawRecord, newline: string): boolean {
	const stop = text.endsWith(newline, record.end) ? record.end - newline.length : record.end;
	for (let i = record.offset; i < stop; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) return true;
	}
	return false;
}

/** The line and `char N` column of a text offset inside a record. */
function locate(text: string, record: RawRecord, at: number): { line: number; column: string } {
	let line = record.line;
	let lineStart = record.offset;
	for (let i = record.offset; i < at; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: charColumn(at - lineStart + 1) };
}

/** A line end of another kind than the file's, outside quotes: reported at its character; false if found. */
function checkLineEnds(
	text: string,
	file: string,
	record: RawRecord,
	spans: Span[],
	newline: string,
	issues: IssueList
): boolean {
	for (const span of spans) {
		if (span.quoted) continue;
		const match = /\r\n|\n|\r/.exec(text.slice(span.start, span.end));
		if (!match) continue;
		issues.add({
			file,
			...locate(text, record, span.start + match.index),
			value: LINE_END_NAMES[match[0]] ?? match[0],
			expected: `the same line ends throughout the file (${LINE_END_NAMES[newline]}, as on line 1)`
		});
		return false;
	}
	return true;
}

/** PapaParse's quote errors, addressed at the field they are in (or its character, before the header). */
function reportQuoteErrors(
	text: string,
	file: string,
	record: RawRecord,
	errors: Papa.ParseError[],
	spans: () => Span[],
	header: Header | null,
	issues: IssueList
): void {
	for (const e of errors) {
		// PapaParse gives the offset just after the opening quote.
		const last = Math.max(record.end - 1, record.offset);
		const at = Math.min(Math.max((e.index ?? record.offset + 1) - 1, record.offset), last);
		const field = spans().findIndex((s) => s.start <= at && at <= s.end);
		const name = header && field >= 0 ? header.names[field] : undefined;
		const where = locate(text, record, at);
		issues.add({
			file,
			line: where.line,
			column: name ?? where.column,
			value: truncate(text.slice(record.offset, record.end).trimEnd()),
			expected: papaExpectation(e.code)
		});
	}
}

/**
 * The header: each column of the spec at most once, the required ones present, nothing else. Null,
 * with the issues, when it is not.
 */
function readHeader<Row extends object>(
	text: string,
	file: string,
	record: RawRecord,
	spans: () => Span[],
	spec: TableSpec<Row>,
	issues: IssueList
): Header | null {
	const names = record.fields.map((n) => n.trim());
	const before = issues.size;
	const columns = Object.keys(spec);
	const headerText = truncate(names.join(','));
	const at = (i: number) => locate(text, record, spans()[i]?.start ?? record.offset);

	if (names.length === 1) {
		const found = Object.keys(OTHER_DELIMITERS).find((d) => (names[0] ?? '').includes(d));
		if (found) {
			issues.add({
				file,
				...locate(text, record, record.offset + (record.fields[0] ?? '').indexOf(found)),
				value: headerText,
				expected: `comma-separated columns (this header is ${OTHER_DELIMITERS[found]}-separated)`
			});
			return null;
		}
	}

	const index = new Map<string, number>();
	names.forEach((name, i) => {
		if (name === '') {
			issues.add({ file, ...at(i), value: headerText, expected: `a column name (field ${i + 1} of the header is empty)` });
			return;
		}
		const first = index.get(name);
		if (first !== undefined) {
			issues.add({
				file,
				line: at(i).line,
				column: name,
				value: name,
				expected: `each column once (fields ${first + 1} and ${i + 1} of the header are both named "${name}")`
			});
			return;
		}
		index.set(name, i);
		if (!Object.hasOwn(spec, name)) {
			const meant = closest(name, columns);
			issues.add({
				file,
				line: at(i).line,
				column: name,
				value: name,
				expected: `a column of ${file}${meant ? `: did you mean "${meant}"?` : '.'} The columns are ${columns.join(', ')}`
			});
		}
	});
	for (const column of columns) {
		if (!index.has(column) && !spec[column as keyof Row].optional) {
			issues.add({
				file,
				line: record.line,
				column,
				value: headerText,
				expected: `a column named "${column}" in the header`
			});
		}
	}
	return issues.size > before ? null : { line: record.line, names, index };
}

/** One data row, typed; null (with the issues) when a field is missing, extra or bad. */
function readRow<Row extends object>(
	text: string,
	file: string,
	record: RawRecord,
	spans: () => Span[],
	header: Header,
	columns: (keyof Row & string)[],
	spec: TableSpec<Row>,
	issues: IssueList
): Row | null {
	const { names } = header;
	const found = record.fields.length;
	if (found !== names.length) {
		const value = truncate(text.slice(record.offset, record.end).trimEnd());
		const counted = `${names.length} fields as in the header (found ${found}`;
		if (found < names.length) {
			// Too few: the first column with no field is the one at fault.
			issues.add({
				file,
				line: locate(text, record, spans()[found - 1]?.end ?? record.offset).line,
				column: names[found] ?? '',
				value,
				expected: `${counted}; the row ends before column "${names[found]}")`
			});
		} else {
			// Too many: no column applies, so the comma that starts the first extra field is named.
			issues.add({
				file,
				...locate(text, record, (spans()[names.length]?.start ?? record.offset + 1) - 1),
				value,
				expected: `${counted}; this comma starts field ${names.length + 1})`
			});
		}
		return null;
	}
	const value = {} as Row;
	let good = true;
	for (const column of columns) {
		const at = header.index.get(column);
		const raw = at === undefined ? '' : (record.fields[at] ?? '');
		const result = spec[column].parse(raw);
		if (result.ok) {
			value[column] = result.value;
		} else {
			good = false;
			const line = at === undefined ? record.line : locate(text, record, spans()[at]?.start ?? record.offset).line;
			issues.add({ file, line, column, value: truncate(raw), expected: result.expected });
		}
	}
	return good ? value : null;
}

/**
 * The name among `names` that `name` was most likely meant to be: the same ignoring case, or within a
 * couple of typing mistakes (Levenshtein distance ≤ 2, and less than half the name).
 * @example closest('Qualifier', ['qualifier', 'note']) → 'qualifier'; closest('xyz', ['note']) → null
 */
export function closest(name: string, names: string[]): string | null {
	const lower = name.toLowerCase();
	const same = names.find((n) => n.toLowerCase() === lower);
	if (same) return same;
	let best: string | null = null;
	let within = Math.min(2, Math.ceil(lower.length / 2) - 1);
	for (const n of names) {
		const d = editDistance(lower, n.toLowerCase());
		if (d <= within) {
			best = n;
			within = d - 1;
		}
	}
	return best;
}

/** Levenshtein distance: insertions, deletions and substitutions. @example editDistance('valeu', 'value') → 2 */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
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

/** The most significant digits a double holds exactly: any 15-digit decimal reads back unchanged. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Significant digits of a decimal as written: from the first non-zero digit to the last non-zero one
 * (trailing zeros of an integer say nothing about precision, and a double holds them exactly).
 * @example significantDigits('-0.00123e5') → 3; significantDigits('12345678901234567890') → 19; significantDigits('5.80') → 2
 */
export function significantDigits(decimalText: string): number {
	const digits = decimalText.replace(/[eE].*$/, '').replace(/[^0-9]/g, '');
	return digits.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * A plain decimal number ('.' as decimal mark, no thousands separators). Empty is not a number: a
 * missing figure is a missing row, never a blank that could be read as 0. A number a double cannot
 * hold as written is rejected rather than changed: beyond ±1.8e308 it would become Infinity, below
 * 2.2e-308 it would lose digits or become 0 (a gap is never 0), and past 15 significant digits it
 * would be rounded.
 * @example decimal('3987.1') → 3987.1; decimal('3,987.1') → error; decimal('') → error; decimal('1e400') → error
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
	const n = Number(v);
	const digits = significantDigits(v);
	if (!Number.isFinite(n)) return { ok: false, expected: 'a finite number (this one is beyond the range of a double)' };
	if (digits > 0 && Math.abs(n) < MIN_NORMAL) {
		return { ok: false, expected: 'a number a double can hold (this one is too close to 0 and would read as 0)' };
	}
	if (digits > MAX_SIGNIFICANT_DIGITS) {
		return {
			ok: false,
			expected: `at most ${MAX_SIGNIFICANT_DIGITS} significant digits (a double cannot hold more exactly; this one has ${digits})`
		};
	}
	// -0 is 0: a sign on zero carries no meaning in a published figure.
	return { ok: true, value: n === 0 ? 0 : n };
};

/** The smallest double with full precision; below it digits are lost (subnormal) and then all (0). */
const MIN_NORMAL = 2.2250738585072014e-308;

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
