import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql, sqlIdentifier, sqlJoin, sqlLiteral, toInline, toParameterised } from './clickhouseSql';

// What a ClickHouse string literal means, read back the way the server's lexer reads it (escapes of
// 18.16's `readQuotedString`): the tests check that every literal decodes to exactly its input and
// that no unescaped quote ends it early.
function decodeLiteral(literal: string): string {
	expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
	const body = literal.slice(1, -1);
	let out = '';
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === "'") throw new Error(`unescaped quote at ${i} in ${literal}`);
		if (c !== '\\') {
			out += c;
			continue;
		}
		const next = body[++i] as string;
		if (next === 'x') {
			out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
			i += 2;
		} else out += ({ '0': '\0', n: '\n', r: '\r', t: '\t' } as Record<string, string>)[next] ?? next;
	}
	return out;
}

describe('sqlLiteral: strings', () => {
	it.each([
		['KOR', "'KOR'"],
		['', "''"],
		["' OR 1=1 --", "'\\' OR 1=1 --'"],
		["KOR'); DROP TABLE trade_local; --", "'KOR\\'); DROP TABLE trade_local; --'"],
		['\\', "'\\\\'"],
		["\\'", "'\\\\\\''"],
		['a\0b', "'a\\0b'"],
		['line\nbreak\r\t', "'line\\nbreak\\r\\t'"],
		['\x1b[31m', "'\\x1b[31m'"],
		['\x7f', "'\\x7f'"],
		// Unicode quotes are ordinary characters inside a literal: kept as they are.
		['KOR’ OR ‘1’=‘1', "'KOR’ OR ‘1’=‘1'"],
		['ʼ＇″', "'ʼ＇″'"],
		['Côte d’Ivoire', "'Côte d’Ivoire'"],
		['1; SELECT * FROM system.tables', "'1; SELECT * FROM system.tables'"]
	])('%j → %s', (value, literal) => {
		expect(sqlLiteral(value)).toBe(literal);
		expect(decodeLiteral(literal)).toBe(value);
	});

	it('every string decodes back to itself and stays one literal (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				const literal = sqlLiteral(s);
				expect(decodeLiteral(literal)).toBe(s);
				expect(literal).not.toMatch(/[\x00-\x1f]/);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('sqlLiteral: numbers and lists', () => {
	it.each([
		[2020, '2020'],
		[0, '0'],
		[-5, '-5'],
		[['KOR', 'NLD'], "('KOR', 'NLD')"],
		[["a'b"], "('a\\'b')"],
		[[1990, 2020], '(1990, 2020)']
	])('%j → %s', (value, literal) => {
		expect(sqlLiteral(value)).toBe(literal);
	});

	it.each([
		[2020.5, /safe integer/],
		[NaN, /safe integer/],
		[Infinity, /safe integer/],
		[2 ** 60, /safe integer/],
		[[], /empty list/],
		[{ toString: () => "' OR 1=1" } as unknown as string, /not a SQL value/],
		[null as unknown as string, /not a SQL value/]
	])('%j is refused', (value, message) => {
		expect(() => sqlLiteral(value)).toThrow(message);
	});
});

describe('sqlIdentifier', () => {
	it.each(['trade', 'trade_local', '_x1', 'Dashboard'])('%s is accepted', (name) => {
		expect(sqlIdentifier(name).identifier).toBe(name);
	});
	it.each(['', '1trade', 'trade local', 'trade;DROP', 'db.table', '`t`', 'tradé'])('%j is refused', (name) => {
		expect(() => sqlIdentifier(name)).toThrow(/identifier/);
	});
});

describe('sql tag', () => {
	const table = sqlIdentifier('trade');
	const where = sqlJoin([sql`reporter IN ${['KOR', "x'y"]}`, sql`year >= ${1990}`], ' AND ');
	const query = sql`SELECT * FROM ${table} WHERE ${where} LIMIT ${10}`;

	it('inlines values through sqlLiteral only', () => {
		expect(toInline(query)).toBe("SELECT * FROM trade WHERE reporter IN ('KOR', 'x\\'y') AND year >= 1990 LIMIT 10");
	});

	it('or keeps them apart as query parameters for servers that have them', () => {
		expect(toParameterised(query)).toEqual({
			query: 'SELECT * FROM trade WHERE reporter IN {p0:Array(String)} AND year >= {p1:Int64} LIMIT {p2:Int64}',
			params: { p0: ['KOR', "x'y"], p1: 1990, p2: 10 }
		});
	});

	it('joins nothing to nothing', () => {
		expect(toInline(sqlJoin([], ' AND '))).toBe('');
	});
});
