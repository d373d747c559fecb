// SQL text for the ClickHouse store. ClickHouse 18.16 (Debian's package) has no server-side query
// parameters (`{name:Type}` fails with "Unknown setting param_…"), so values are written into the SQL
// text. Two rules keep that safe:
//   1. Values reach a query only after the store has checked them against its vocabulary (country
//      codes, flows, products known to the data; integer years): see clickhouse.ts.
//   2. Every value is written by `sqlLiteral` below, the one place that quotes, and queries are built
//      only with the `sql` tag, which passes each interpolated value through it.
// On a server with query parameters (ClickHouse ≥ 19.15), `toParameterised` turns the same `Sql` into
// `{p0:String}` placeholders and a `query_params` object, and `sqlLiteral` is no longer needed.

/** A value a query may carry: text, a safe integer, or a list of either. */
export type SqlValue = string | number | readonly string[] | readonly number[];

/** A table or database name from configuration: never from a request. */
export interface SqlIdentifier {
	readonly identifier: string;
}

/** Query text with its values kept apart until `toInline` or `toParameterised` joins them. */
export interface Sql {
	readonly parts: readonly string[];
	readonly values: readonly (SqlValue | SqlIdentifier | Sql)[];
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A database or table name, checked to be a plain identifier (letters, digits, underscore).
 * @example sqlIdentifier('trade_local') → { identifier: 'trade_local' }; sqlIdentifier('x; DROP') throws
 */
export function sqlIdentifier(name: string): SqlIdentifier {
	if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
	return { identifier: name };
}

// Backslash and single quote end or bend a ClickHouse string literal; control characters (NUL above
// all) are written as escapes so the query text stays one printable line in logs. Nothing else is
// special inside a quoted literal: unicode quotes (’ ‘ ʼ ＇) are ordinary characters there.
const ESCAPES: Record<string, string> = {
	'\\': '\\\\',
	"'": "\\'",
	'\0': '\\0',
	'\n': '\\n',
	'\r': '\\r',
	'\t': '\\t'
};

/**
 * The one function that writes a value into SQL text: strings as single-quoted ClickHouse literals,
 * numbers only when they are safe integers, lists as `(a, b)` tuples. Anything else throws.
 * @example sqlLiteral("KOR'); DROP TABLE t --") → "'KOR\\'); DROP TABLE t --'"
 * @example sqlLiteral(2020) → '2020'; sqlLiteral(['KOR', 'NLD']) → "('KOR', 'NLD')"
 */
export function sqlLiteral(value: SqlValue): string {
	if (typeof value === 'string') {
		return (
			"'" +
			value.replace(/[\\'\x00-\x1f\x7f]/g, (c) => ESCAPES[c] ?? '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0')) +
			"'"
		);
	}
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value)) throw new Error(`not a safe integer for SQL: ${value}`);
		return String(value);
	}
	if (Array.isArray(value)) {
		// An empty tuple is not valid SQL; callers answer "no rows" without a query instead.
		if (value.length === 0) throw new Error('empty list in SQL');
		return '(' + value.map((v) => sqlLiteral(v as string | number)).join(', ') + ')';
	}
	throw new Error(`not a SQL value: ${typeof value}`);
}

/**
 * Builds a query from a template: interpolated values are kept as values (quoted later, never pasted).
 * @example sql`SELECT * FROM ${sqlIdentifier('t')} WHERE reporter = ${code}`
 */
export function sql(parts: TemplateStringsArray, ...values: (SqlValue | SqlIdentifier | Sql)[]): Sql {
	return { parts: [...parts], values };
}

/** Joins fragments with a separator, e.g. the conditions of a WHERE clause. */
export function sqlJoin(fragments: readonly Sql[], separator: string): Sql {
	if (fragments.length === 0) return sql``;
	const parts = ['', ...fragments.slice(1).map(() => separator), ''];
	return { parts, values: fragments };
}

function isIdentifier(v: unknown): v is SqlIdentifier {
	return typeof v === 'object' && v !== null && 'identifier' in v;
}
function isSql(v: unknown): v is Sql {
	return typeof v === 'object' && v !== null && 'parts' in v && 'values' in v;
}

function render(q: Sql, value: (v: SqlValue) => string): string {
	let out = q.parts[0] ?? '';
	q.values.forEach((v, i) => {
		if (isIdentifier(v)) out += v.identifier;
		else if (isSql(v)) out += render(v, value);
		else out += value(v);
		out += q.parts[i + 1] ?? '';
	});
	return out;
}

/**
 * The query as text with every value quoted by `sqlLiteral`: what 18.16 needs.
 * @example toInline(sql`SELECT ${'a'}`) → "SELECT 'a'"
 */
export function toInline(q: Sql): string {
	return render(q, sqlLiteral);
}

/**
 * The query with `{pN:Type}` placeholders and its values apart, for servers with query parameters.
 * @example toParameterised(sql`SELECT ${'a'}`) → { query: 'SELECT {p0:String}', params: { p0: 'a' } }
 */
export function toParameterised(q: Sql): { query: string; params: Record<string, SqlValue> } {
	const params: Record<string, SqlValue> = {};
	let n = 0;
	const query = render(q, (v) => {
		const name = `p${n++}`;
		params[name] = v;
		return `{${name}:${parameterType(v)}}`;
	});
	return { query, params };
}

function parameterType(v: SqlValue): string {
	if (typeof v === 'string') return 'String';
	if (typeof v === 'number') return 'Int64';
	return typeof v[0] === 'number' ? 'Array(Int64)' : 'Array(String)';
}
