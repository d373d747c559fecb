import { describe, expect, it } from 'vitest';
import {
	closest,
	currencyCode,
	decimal,
	significantDigits,
	iso3,
	oneOf,
	parseCsvTable,
	requiredText,
	text,
	type CellParser,
	type TableSpec
} from './csvTable';
import { formatIssue } from './issues';

interface Row {
	code: string;
	value: number;
	note: string;
}
const SPEC: TableSpec<Row> = {
	code: { parse: iso3 },
	value: { parse: decimal },
	note: { parse: text, optional: true }
};

describe('parseCsvTable: well-formed input', () => {
	it('reads typed rows with the physical line each starts on', () => {
		const { rows, issues } = parseCsvTable('code,value,note\nKOR,3987.104,a\nNLD,-214.0,\n', 'f.csv', SPEC);
		expect(issues).toEqual([]);
		expect(rows).toEqual([
			{ line: 2, value: { code: 'KOR', value: 3987.104, note: 'a' } },
			{ line: 3, value: { code: 'NLD', value: -214, note: '' } }
		]);
	});

	it('matches columns by header name, not by position', () => {
		const { rows, issues } = parseCsvTable('note,value,code\nx,1.5,CHL\n', 'f.csv', SPEC);
		expect(issues).toEqual([]);
		expect(rows).toEqual([{ line: 2, value: { code: 'CHL', value: 1.5, note: 'x' } }]);
	});

	it('strips a UTF-8 byte-order mark so the first column keeps its name', () => {
		const { rows, issues } = parseCsvTable('\uFEFFcode,value\nKOR,1\n', 'f.csv', SPEC);
		expect(issues).toEqual([]);
		expect(rows).toEqual([{ line: 2, value: { code: 'KOR', value: 1, note: '' } }]);
	});

	it('reads CRLF line ends with the same line numbers as LF', () => {
		const { rows, issues } = parseCsvTable('code,value\r\nKOR,1\r\nNLD,x\r\n', 'f.csv', SPEC);
		expect(rows).toEqual([{ line: 2, value: { code: 'KOR', value: 1, note: '' } }]);
		expect(issues).toEqual([{ file: 'f.csv', line: 3, column: 'value', value: 'x', expected: 'a number' }]);
	});

	it.each([
		['LF', '\n'],
		['CRLF', '\r\n']
	])('counts the lines inside a quoted multi-line field for later rows (%s)', (_name, nl) => {
		const csv = ['code,value,note', 'KOR,1,"first', 'second', 'third"', 'NLD,2,', 'CHL,bad,'].join(nl) + nl;
		const { rows, issues } = parseCsvTable(csv, 'f.csv', SPEC);
		expect(rows.map((r) => r.line)).toEqual([2, 5]);
		expect(rows[0]?.value.note).toBe(['first', 'second', 'third'].join(nl));
		expect(issues).toEqual([{ file: 'f.csv', line: 6, column: 'value', value: 'bad', expected: 'a number' }]);
	});

	it('reads doubled quotes inside a quoted field as one quote', () => {
		const { rows } = parseCsvTable('code,value,note\nKOR,1,"say ""around"", not ""about"""\n', 'f.csv', SPEC);
		expect(rows[0]?.value.note).toBe('say "around", not "about"');
	});

	it('skips an empty line at the end and keeps going after a blank row', () => {
		const { rows, issues } = parseCsvTable('code,value\nKOR,1\n\nNLD,2\n\n', 'f.csv', SPEC);
		expect(issues).toEqual([]);
		expect(rows.map((r) => r.value.code)).toEqual(['KOR', 'NLD']);
	});

	// Was a bug (fixed): a blank line is counted twice (csvTable.ts countNewlines), so every row after it is
	// reported one line too low per blank line. 'w,q' is physically on line 4.
	it('gives the physical line of a row that follows a blank line', () => {
		const { issues } = parseCsvTable('code,value\n\nKOR,1\nNLD,q\n', 'f.csv', SPEC);
		expect(issues[0]?.line).toBe(4);
	});

	// Was a bug (fixed): PapaParse accepts CR-only line ends, but the line counter counts only LF, so every
	// record of such a file is reported on line 1.
	it('gives line numbers for a file with CR-only line ends', () => {
		const { issues } = parseCsvTable('code,value\rKOR,1\rNLD,q\r', 'f.csv', SPEC);
		expect(issues[0]?.line).toBe(3);
	});
});

describe('parseCsvTable: file-level problems', () => {
	it('names the file, line 1 and "semicolon" when the header is semicolon-separated', () => {
		const { rows, issues } = parseCsvTable('code;value\nKOR;1\n', 'trade.csv', SPEC);
		expect(rows).toEqual([]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: 'trade.csv', line: 1, column: 'char 5', value: 'code;value' });
		expect(issues[0]?.expected).toContain('semicolon');
		expect(formatIssue(issues[0]!)).toBe(
			'trade.csv, line 1, character 5: found "code;value", expected comma-separated columns (this header is semicolon-separated)'
		);
	});

	it.each([
		['tab', 'code\tvalue\nKOR\t1\n'],
		['pipe', 'code|value\nKOR|1\n']
	])('recognises a %s-separated header', (word, csv) => {
		const { issues } = parseCsvTable(csv, 'f.csv', SPEC);
		expect(issues).toHaveLength(1);
		expect(issues[0]?.expected).toBe(`comma-separated columns (this header is ${word}-separated)`);
	});

	it('reports each missing required column by name on the header line, and no rows', () => {
		const { rows, issues } = parseCsvTable('note\nx\n', 'f.csv', SPEC);
		expect(rows).toEqual([]);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 1, column: 'code', value: 'note', expected: 'a column named "code" in the header' },
			{ file: 'f.csv', line: 1, column: 'value', value: 'note', expected: 'a column named "value" in the header' }
		]);
	});

	it('does not require an optional column', () => {
		const { issues } = parseCsvTable('code,value\nKOR,1\n', 'f.csv', SPEC);
		expect(issues).toEqual([]);
	});

	it.each([
		['an empty file', ''],
		['a file starting with a blank line', '\ncode,value\nKOR,1\n']
	])('reports %s as a missing header at line 1, character 1', (_name, csv) => {
		expect(parseCsvTable(csv, 'f.csv', SPEC).issues).toEqual([
			{ file: 'f.csv', line: 1, column: 'char 1', value: '', expected: 'a header row naming the columns' }
		]);
	});

	it('reports a row with the wrong number of fields and leaves it out', () => {
		const { rows, issues } = parseCsvTable('code,value,note\nKOR,1,a\nNLD,2\nCHL,3,c,d\n', 'f.csv', SPEC);
		expect(rows.map((r) => r.value.code)).toEqual(['KOR']);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 3,
				column: 'note',
				value: 'NLD,2',
				expected: '3 fields as in the header (found 2; the row ends before column "note")'
			},
			{
				file: 'f.csv',
				line: 4,
				column: 'char 8',
				value: 'CHL,3,c,d',
				expected: '3 fields as in the header (found 4; this comma starts field 4)'
			}
		]);
	});

	it('reports an unclosed quote with its line', () => {
		const { issues } = parseCsvTable('code,value,note\nKOR,1,"open\n', 'f.csv', SPEC);
		expect(issues).toEqual([
			{ file: 'f.csv', line: 2, column: 'note', value: 'KOR,1,"open', expected: 'a closing double quote for the quoted field' }
		]);
	});
});

describe('parseCsvTable: bad cells', () => {
	it('collects every bad cell with file, line, column, value and expectation, and drops those rows', () => {
		const csv = 'code,value\nKOR,1\nkor,2\nNLD,3,987.1\nNLD,n/a\n';
		const { rows, issues } = parseCsvTable(csv, 'trade.csv', { code: { parse: iso3 }, value: { parse: decimal } });
		expect(rows).toEqual([{ line: 2, value: { code: 'KOR', value: 1 } }]);
		expect(issues).toEqual([
			{
				file: 'trade.csv',
				line: 3,
				column: 'code',
				value: 'kor',
				expected: 'a three-letter upper-case country code (ISO 3166 alpha-3, e.g. KOR)'
			},
			{
				file: 'trade.csv',
				line: 4,
				column: 'char 6',
				value: 'NLD,3,987.1',
				expected: '2 fields as in the header (found 3; this comma starts field 3)'
			},
			{ file: 'trade.csv', line: 5, column: 'value', value: 'n/a', expected: 'a number' }
		]);
		expect(formatIssue(issues[2]!)).toBe('trade.csv, line 5, column "value": found "n/a", expected a number');
	});

	it('reports two bad cells of one row as two issues', () => {
		const { issues } = parseCsvTable('code,value\nxx,yy\n', 'f.csv', { code: { parse: iso3 }, value: { parse: decimal } });
		expect(issues.map((i) => [i.line, i.column, i.value])).toEqual([
			[2, 'code', 'xx'],
			[2, 'value', 'yy']
		]);
	});

	it('shortens a very long bad value to 80 characters', () => {
		const long = 'x'.repeat(200);
		const { issues } = parseCsvTable(`code,value\nKOR,${long}\n`, 'f.csv', SPEC);
		expect(issues[0]?.value).toBe(`${'x'.repeat(77)}…`);
	});
});

describe('cell parsers', () => {
	const ok = <T>(parser: CellParser<T>, raw: string) => {
		const r = parser(raw);
		if (!r.ok) throw new Error(`expected ${JSON.stringify(raw)} to parse, got: ${r.expected}`);
		return r.value;
	};
	const expected = <T>(parser: CellParser<T>, raw: string) => {
		const r = parser(raw);
		if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be rejected, got ${String(r.value)}`);
		return r.expected;
	};

	it.each([
		['3987.104', 3987.104],
		['-214.0', -214],
		['1e3', 1000],
		['2.5E-3', 0.0025],
		['0', 0],
		['.5', 0.5],
		['7.', 7],
		[' 6223.837 ', 6223.837],
		['1e308', 1e308],
		['0.000', 0],
		['-0', 0],
		['123456789012345', 123456789012345],
		['1000000000000000000000', 1e21]
	])('decimal accepts %j as %d', (raw, value) => {
		expect(ok(decimal, raw)).toBe(value);
	});

	it.each([
		['3,987.1', "a plain number with '.' as decimal mark and no thousands separators"],
		['3987,1', "a plain number with '.' as decimal mark and no thousands separators"],
		['', 'a number'],
		['n/a', 'a number'],
		['-', 'a number'],
		['+5', 'a number'],
		['1 000', 'a number'],
		['NaN', 'a number'],
		['Infinity', 'a number'],
		['1e400', 'a finite number (this one is beyond the range of a double)'],
		['-1e400', 'a finite number (this one is beyond the range of a double)'],
		['1e-400', 'a number a double can hold (this one is too close to 0 and would read as 0)'],
		['4.9e-324', 'a number a double can hold (this one is too close to 0 and would read as 0)'],
		['12345678901234567890', 'at most 15 significant digits (a double cannot hold more exactly; this one has 19)'],
		['0.1234567890123456', 'at most 15 significant digits (a double cannot hold more exactly; this one has 16)']
	])('decimal rejects %j expecting %s', (raw, message) => {
		expect(expected(decimal, raw)).toBe(message);
	});

	it.each([
		['KOR', true],
		['WLD', true],
		[' CHL ', true],
		['kor', false],
		['KO', false],
		['KORE', false],
		['', false]
	])('iso3 %j → accepted: %s', (raw, accepted) => {
		expect(iso3(raw).ok).toBe(accepted);
	});

	it('currencyCode accepts USD and rejects usd with the ISO 4217 hint', () => {
		expect(ok(currencyCode, 'USD')).toBe('USD');
		expect(expected(currencyCode, 'usd')).toBe('a three-letter upper-case currency code (ISO 4217, e.g. USD)');
	});

	it('oneOf accepts exact words only and lists the allowed words, (empty) for the empty one', () => {
		const flow = oneOf(['export', 'import'] as const);
		expect(ok(flow, ' export ')).toBe('export');
		expect(expected(flow, 'Export')).toBe('one of export, import');
		expect(expected(flow, 'exports')).toBe('one of export, import');
		const qualifier = oneOf(['', 'approximate'] as const);
		expect(ok(qualifier, '')).toBe('');
		expect(expected(qualifier, 'about')).toBe('one of (empty), approximate');
	});

	it('requiredText trims and rejects blanks with its own message', () => {
		const title = requiredText('a title');
		expect(ok(title, '  Trade  ')).toBe('Trade');
		expect(expected(title, '   ')).toBe('a title');
		expect(ok(text, '  x ')).toBe('x');
	});
});

describe('significantDigits', () => {
	it.each([
		['3987.104', 7],
		['5.80', 2],
		['-0.00123e5', 3],
		['1000', 1],
		['0', 0],
		['12345678901234567890', 19]
	])('%s has %i', (text, digits) => {
		expect(significantDigits(text)).toBe(digits);
	});
});

describe('closest', () => {
	const names = ['period', 'value', 'qualifier', 'source', 'note'];
	it.each([
		['Qualifier', 'qualifier'],
		['VALUE', 'value'],
		['valeu', 'value'],
		['sourc', 'source'],
		['notes', 'note'],
		['\ufeffperiod', 'period'],
		['currency', null],
		['x', null]
	])('%j → %j', (name, meant) => {
		expect(closest(name, names)).toBe(meant);
	});
});

describe('parseCsvTable: the header names each column of the spec at most once, and nothing else', () => {
	it('rejects a duplicated column, naming both positions', () => {
		const { rows, issues } = parseCsvTable('code,value,value\nKOR,1,2\n', 'f.csv', SPEC);
		expect(rows).toEqual([]);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 1,
				column: 'value',
				value: 'value',
				expected: 'each column once (fields 2 and 3 of the header are both named "value")'
			}
		]);
	});

	it.each([
		['Note', 'a column of f.csv: did you mean "note"? The columns are code, value, note'],
		['extra', 'a column of f.csv. The columns are code, value, note']
	])('rejects the unknown column %j', (name, expected) => {
		const { rows, issues } = parseCsvTable(`code,value,${name}\nKOR,1,x\n`, 'f.csv', SPEC);
		expect(rows).toEqual([]);
		expect(issues).toEqual([{ file: 'f.csv', line: 1, column: name, value: name, expected }]);
	});

	it('rejects an empty column name at its character', () => {
		expect(parseCsvTable('code,,value\nKOR,1,2\n', 'f.csv', SPEC).issues).toEqual([
			{ file: 'f.csv', line: 1, column: 'char 6', value: 'code,,value', expected: 'a column name (field 2 of the header is empty)' }
		]);
	});

	it('rejects a header without rows only when the file is required', () => {
		expect(parseCsvTable('code,value\n', 'f.csv', SPEC).issues).toEqual([]);
		expect(parseCsvTable('code,value\n', 'f.csv', SPEC, { required: true }).issues).toEqual([
			{ file: 'f.csv', line: 2, column: 'char 1', value: '', expected: 'at least one data row after the header (f.csv is required)' }
		]);
	});
});

describe('parseCsvTable: quote errors and line ends are addressed', () => {
	it('names the column of a malformed quoted field', () => {
		const { issues } = parseCsvTable('code,value,note\nKOR,1,"q"x\nNLD,2,\n', 'f.csv', SPEC);
		expect(issues[0]).toMatchObject({
			file: 'f.csv',
			line: 2,
			column: 'note',
			expected: 'a field quoted with double quotes, inner quotes doubled ("")'
		});
	});

	it('gives the character of a quote error in the header, where no column is known yet', () => {
		const { issues } = parseCsvTable('code,"value\nKOR,1\n', 'f.csv', SPEC);
		expect(issues[0]).toMatchObject({ line: 1, column: 'char 6', expected: 'a closing double quote for the quoted field' });
	});

	it.each([
		['a lone LF in a CRLF file', 'code,value\r\nKOR,1\nNLD,2\r\n', 2, 'char 6', 'LF', 'CRLF'],
		['a CRLF in a LF file', 'code,value\nKOR,1\r\nNLD,2\n', 2, 'char 6', 'CR', 'LF'],
		['a lone CR in a LF file', 'code,value\nKOR,1\rNLD,2\n', 2, 'char 6', 'CR', 'LF']
	])('names %s at its character, and reads no further', (_name, csv, line, column, value, kind) => {
		expect(parseCsvTable(csv, 'f.csv', SPEC)).toEqual({
			rows: [],
			issues: [{ file: 'f.csv', line, column, value, expected: `the same line ends throughout the file (${kind}, as on line 1)` }]
		});
	});

	it('keeps a LF inside a quoted field of a CRLF file (as spreadsheet programs write it)', () => {
		const { rows, issues } = parseCsvTable('code,value,note\r\nKOR,1,"two\nlines"\r\nNLD,2,\r\n', 'f.csv', SPEC);
		expect(issues).toEqual([]);
		expect(rows.map((r) => [r.line, r.value.note])).toEqual([
			[2, 'two\nlines'],
			[4, '']
		]);
	});

	it('strips any number of byte-order marks, reports more than one, and keeps line numbers', () => {
		const { rows, issues } = parseCsvTable('\uFEFF\uFEFF\uFEFFcode,value\nKOR,x\n', 'f.csv', SPEC);
		expect(rows).toEqual([]);
		expect(issues).toEqual([
			{
				file: 'f.csv',
				line: 1,
				column: 'char 1',
				value: '\uFEFF\uFEFF\uFEFF',
				expected: 'at most one byte-order mark at the start of the file (found 3)'
			},
			{ file: 'f.csv', line: 2, column: 'value', value: 'x', expected: 'a number' }
		]);
	});
});
