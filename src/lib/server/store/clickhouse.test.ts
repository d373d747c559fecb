import { describe, expect, it } from 'vitest';
import { clickHouseConfigFromEnv, errorCode, page, storeSelection, yearBound } from './clickhouse';

describe('storeSelection', () => {
	it.each([
		[{}, 'memory'],
		[{ STORE: 'memory' }, 'memory'],
		[{ STORE: 'clickhouse', CLICKHOUSE_URL: 'http://127.0.0.1:8123' }, 'clickhouse']
	])('%j → %s', (env, kind) => {
		expect(storeSelection(env).kind).toBe(kind);
	});
	it.each([
		[{ STORE: 'postgres' }, /STORE must be "memory" or "clickhouse"/],
		[{ STORE: 'clickhouse' }, /CLICKHOUSE_URL is not set/],
		[{ STORE: 'clickhouse', CLICKHOUSE_URL: 'http://h:1/?query=DROP' }, /not a ClickHouse HTTP address/],
		[{ STORE: 'clickhouse', CLICKHOUSE_URL: 'http://h:1', CLICKHOUSE_DATABASE: 'x;DROP' }, /identifier/],
		[{ STORE: 'clickhouse', CLICKHOUSE_URL: 'http://h:1', CLICKHOUSE_TIMEOUT_MS: 'soon' }, /CLICKHOUSE_TIMEOUT_MS/]
	])('%j is refused', (env, message) => {
		expect(() => storeSelection(env)).toThrow(message);
	});
});

describe('clickHouseConfigFromEnv', () => {
	it('reads shards, database, cluster and timeout', () => {
		expect(
			clickHouseConfigFromEnv({
				CLICKHOUSE_URL: 'http://127.0.0.1:8123',
				CLICKHOUSE_SHARD_URLS: 'http://127.0.0.1:8123, http://127.0.0.1:8124',
				CLICKHOUSE_DATABASE: 'trade2026',
				CLICKHOUSE_TIMEOUT_MS: '3000'
			})
		).toEqual({
			url: 'http://127.0.0.1:8123',
			shardUrls: ['http://127.0.0.1:8123', 'http://127.0.0.1:8124'],
			layout: { database: 'trade2026', cluster: 'dashboard' },
			username: 'default',
			password: '',
			timeoutMs: 3000
		});
	});
});

describe('yearBound', () => {
	it.each([
		[2000, 'from', 2000],
		[2000.5, 'from', 2001],
		[2000.5, 'to', 2000],
		[Infinity, 'from', 10000],
		[-Infinity, 'to', -1],
		[1e308, 'to', 10000],
		[NaN, 'from', undefined],
		['2000 OR 1=1', 'from', undefined],
		[undefined, 'to', undefined]
	] as const)('%s (%s) → %s', (value, side, bound) => {
		expect(yearBound(value, side)).toBe(bound);
	});
});

describe('page', () => {
	it.each([
		[{}, { offset: 0, limit: 1_000_000 }],
		[
			{ limit: 10.7, offset: 2.2 },
			{ offset: 2, limit: 10 }
		],
		[
			{ limit: -5, offset: -5 },
			{ offset: 0, limit: 0 }
		],
		[
			{ limit: Infinity, offset: NaN },
			{ offset: 0, limit: 1_000_000 }
		],
		[
			{ limit: '10; DROP', offset: 1e300 },
			{ offset: Number.MAX_SAFE_INTEGER, limit: 1_000_000 }
		]
	])('%j → %j', (query, expected) => {
		expect(page(query)).toEqual(expected);
	});
});

describe('errorCode', () => {
	it.each([
		[new Error('Code: 279, e.displayText() = DB::NetException: All connection tries failed. Log: \n…'), '279'],
		[new Error("Code: 60. DB::Exception: Table x doesn't exist. (UNKNOWN_TABLE)"), '60'],
		[Object.assign(new Error('x'), { code: '81' }), '81'],
		[Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), undefined],
		[new Error('Timeout error.'), undefined],
		['Code: 1', undefined]
	])('%s → %s', (error, code) => {
		expect(errorCode(error)).toBe(code);
	});
});
