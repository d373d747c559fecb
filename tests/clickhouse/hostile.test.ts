// Hostile input through every field of every store method: SQL fragments, quotes (ASCII and unicode),
// backslashes, NUL, placeholders, non-numbers for numbers. The store must answer (nothing for values it
// does not know), no query the servers run may fail (no syntax error, no error at all, in either server's
// error log), and no table may change (tables and row counts on both shards, before and after).
import { createClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseTradeStore } from '../../src/lib/server/store/clickhouse';
import { sqlLiteral } from '../../src/lib/server/store/clickhouseSql';
import path from 'node:path';
import { ROOT, clusterEnv, configFor, memoryStoreOf, serverErrorLog, tableCounts } from './cluster';

const FRAGMENTS = [
	"' OR 1=1 --",
	"KOR' OR '1'='1",
	"KOR'); DROP TABLE bundled.trade_local; --",
	"NLD' UNION ALL SELECT name, name FROM system.tables --",
	'KOR\\',
	"KOR\\' OR 1=1 --",
	'\\x27 OR 1=1',
	'KOR’ OR ‘1’=‘1',
	'KOR＇ OR 1=1',
	'KOR\0',
	"KOR\0' OR 1=1 --",
	'1; DROP DATABASE bundled',
	'{p0:String}',
	'${reporter}',
	'KOR\n; TRUNCATE TABLE bundled.trade_local',
	'%27%20OR%201%3D1',
	'"KOR"',
	'`KOR`',
	'kor',
	' KOR',
	'ＫＯＲ',
	'',
	"'".repeat(1000)
];
const NOT_NUMBERS: unknown[] = [
	NaN,
	Infinity,
	-Infinity,
	1e308,
	-1e308,
	2000.5,
	-0,
	2 ** 53 + 2,
	'2000 OR 1=1',
	"2000'; DROP TABLE x --",
	null,
	{},
	[2000]
];

type Kind = 'codes' | 'code' | 'text' | 'number';
// [method, base query, field, kind]: every field of every query object of the interface.
const FIELDS: [string, Record<string, unknown>, string, Kind][] = [
	...(['reporters', 'partners'] as const).map(
		(f) => ['trade', { reporters: ['KOR'] }, f, 'codes'] as [string, Record<string, unknown>, string, Kind]
	),
	['trade', { reporters: ['KOR'] }, 'flow', 'text'],
	...(['from', 'to', 'limit', 'offset'] as const).map(
		(f) => ['trade', { reporters: ['KOR'] }, f, 'number'] as [string, Record<string, unknown>, string, Kind]
	),
	['worldTotals', {}, 'reporters', 'codes'],
	['worldTotals', { reporters: ['KOR'] }, 'flow', 'text'],
	['worldTotals', { reporters: ['KOR'] }, 'from', 'number'],
	['products', { reporter: 'KOR', partner: 'NLD' }, 'reporter', 'code'],
	['products', { reporter: 'KOR', partner: 'NLD' }, 'partner', 'code'],
	['products', { reporter: 'KOR', partner: 'NLD' }, 'flow', 'text'],
	['products', { reporter: 'KOR', partner: 'NLD' }, 'to', 'number'],
	['products', { reporter: 'KOR', partner: 'NLD' }, 'limit', 'number'],
	['fdi', {}, 'investors', 'codes'],
	['fdi', {}, 'hosts', 'codes'],
	['fdi', {}, 'from', 'number'],
	['fdi', {}, 'offset', 'number'],
	['claims', {}, 'involving', 'codes'],
	['claims', {}, 'topic', 'text'],
	['events', {}, 'from', 'number'],
	['events', {}, 'to', 'number'],
	['totals', {}, 'involving', 'codes'],
	['breaks', {}, 'reporters', 'codes'],
	['sources', {}, 'ids', 'codes'],
	['countries', {}, 'codes', 'codes'],
	['pairs', {}, 'search', 'text'],
	['pairs', {}, 'involving', 'codes'],
	['pairs', {}, 'limit', 'number'],
	['periodSpan', { a: 'KOR', b: 'NLD' }, 'a', 'code'],
	['periodSpan', { a: 'KOR', b: 'NLD' }, 'b', 'code'],
	['periodSpan', { a: 'KOR', b: 'NLD' }, 'dataset', 'text']
];

describe('hostile input through the store API', () => {
	let store: ClickHouseTradeStore;
	let countsBefore: string;
	let logBefore: string;
	const ref = memoryStoreOf(path.join(ROOT, 'data'));

	beforeAll(async () => {
		store = await ClickHouseTradeStore.open(configFor('bundled'));
		countsBefore = await tableCounts();
		logBefore = serverErrorLog();
	});
	afterAll(() => store?.close());

	it.each(FIELDS)('%s: %s with hostile %s', async (method, base, field, kind) => {
		const values: unknown[] = kind === 'number' ? [...NOT_NUMBERS, ...FRAGMENTS] : FRAGMENTS;
		for (const value of values) {
			const query = { ...base, [field]: kind === 'codes' ? [value, 'KOR'].slice(0, value === '' ? 1 : 2) : value };
			const call = (store as unknown as Record<string, (q: unknown) => Promise<unknown>>)[method] as (
				q: unknown
			) => Promise<unknown>;
			const answer = await call.call(store, query);
			if (kind === 'code' || kind === 'codes') {
				// Unknown codes match nothing; the known one beside it ('KOR') still does, exactly as in the in-memory store.
				const expected = await (ref as unknown as Record<string, (q: unknown) => Promise<unknown>>)[method]?.(query);
				expect(answer, `${method} ${field}=${JSON.stringify(value)}`).toEqual(expected);
			} else {
				expect(
					answer === null || Array.isArray(answer) || typeof answer === 'object',
					`${method} ${field}=${JSON.stringify(value)}`
				).toBe(true);
			}
		}
	});

	it('the hostile strings are real SQL hazards: each is a literal the server reads back unchanged', async () => {
		const client = createClient({ url: clusterEnv().CLICKHOUSE_URL });
		for (const s of FRAGMENTS) {
			const [row] = await (
				await client.query({ query: `SELECT ${sqlLiteral(s)} AS s`, format: 'JSONEachRow' })
			).json<{ s: string }>();
			expect(row?.s).toBe(s);
		}
		await client.close();
	});

	it('no query failed on either server, and no table changed', async () => {
		const newLog = serverErrorLog().slice(logBefore.length);
		expect(newLog).not.toMatch(/Syntax error|SYNTAX_ERROR|Code: 62/);
		expect(newLog).not.toMatch(/<Error>/);
		expect(await tableCounts()).toBe(countsBefore);
		expect(countsBefore).toContain('bundled.trade_local');
	});
});
