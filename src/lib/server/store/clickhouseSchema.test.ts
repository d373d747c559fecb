import { describe, expect, it } from 'vitest';
import { floatBits, insertRow, shardDdl, SMALL_TABLES } from './clickhouseSchema';
import { toInline } from './clickhouseSql';

describe('floatBits', () => {
	it.each([
		[1, '4607182418800017408'],
		[0, '0'],
		[-0, '9223372036854775808'],
		[-3.5, '13838435755002691584'],
		[2.49519999908333, '4612801109693060681']
	])('%s → %s', (value, bits) => {
		expect(floatBits(value)).toBe(bits);
		// And back, as ClickHouse's reinterpretAsFloat64 reads them.
		expect(new Float64Array(new BigUint64Array([BigInt(bits)]).buffer)[0]).toBe(value);
	});
});

describe('insertRow', () => {
	it('replaces Float64 fields by their bits and keeps the rest', () => {
		expect(
			insertRow(SMALL_TABLES.fx, {
				ord: 0,
				year: 2020,
				base: 'USD',
				quote: 'EUR',
				rate: 1,
				source: 's',
				note: '',
				line: 2
			})
		).toEqual({
			ord: 0,
			year: 2020,
			base: 'USD',
			quote: 'EUR',
			rateBits: '4607182418800017408',
			source: 's',
			note: '',
			line: 2
		});
	});
});

describe('shardDdl', () => {
	const ddl = shardDdl({ database: 'dashboard', cluster: 'two' }).map(toInline);
	it('creates the Distributed trade table over the cluster, sharded by pair', () => {
		expect(ddl.at(-1)).toBe(
			'CREATE TABLE dashboard.trade AS dashboard.trade_local ENGINE = Distributed(two, dashboard, trade_local, cityHash64(reporter, partner))'
		);
	});
	it('orders the local trade table for the dashboard queries and writes floats as bits', () => {
		const local = ddl.find((s) => s.startsWith('CREATE TABLE dashboard.trade_local'));
		expect(local).toMatch(
			/ENGINE = MergeTree ORDER BY \(reporter, partner, flow, productClassification, productCode, year, sub\)$/
		);
		expect(local).toContain('reporter LowCardinality(String)');
		expect(local).toContain(
			'valueBits UInt64, value Float64 ALIAS reinterpretAsFloat64(reinterpretAsString(valueBits))'
		);
	});
	it('refuses a database name that is not an identifier', () => {
		expect(() => shardDdl({ database: 'x; DROP DATABASE y', cluster: 'two' })).toThrow(/identifier/);
	});
});
