// A shard stops mid-way: the store answers with a clear, typed error (the route shows 503 and the
// message) within its timeout instead of hanging or answering from the shards that are left, and it
// answers again, the same figures, once the shard is back. The same when the server the store talks to
// stops. Figures are from the SYNTHETIC set, whose pairs are spread over both shards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClickHouseTradeStore, StoreUnavailableError } from '../../src/lib/server/store/clickhouse';
import { configFor, shard } from './cluster';

describe('a shard that stops and comes back', () => {
	let store: ClickHouseTradeStore;
	beforeAll(async () => {
		store = await ClickHouseTradeStore.open(configFor('synthetic', 4000));
	});
	afterAll(() => store?.close());

	it.each([2, 1] as const)('shard %i: a clear error while it is down, the same answers when it is back', async (n) => {
		const before = await store.trade({});
		const sources = await store.sources({});
		// Every pair of the synthetic set: both shards hold some of them.
		expect(new Set(before.map((r) => r.reporter + r.partner)).size).toBe(12);

		shard('stop', n);
		try {
			const failure = await store.trade({}).then(
				() => null,
				(error: unknown) => error
			);
			expect(failure).toBeInstanceOf(StoreUnavailableError);
			expect((failure as StoreUnavailableError).status).toBe(503);
			expect((failure as Error).message).toEqual(
				n === 2
					? 'The figures database is not answering (ClickHouse error 279: All connection tries failed). Try again in a minute.'
					: expect.stringMatching(
							/^The figures database is not answering \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)\. Try again in a minute\.$/
						)
			);
			if (n === 2) {
				// Small tables are on every shard: what needs no trade figures still answers.
				expect(await store.sources({})).toEqual(sources);
			} else {
				await expect(store.sources({})).rejects.toBeInstanceOf(StoreUnavailableError);
			}
		} finally {
			shard('start', n);
		}
		expect(await store.trade({})).toEqual(before);
	});

	it.each([2, 1] as const)(
		'shard %i hangs (SIGSTOP): the error comes within the timeout, answers resume after',
		async (n) => {
			const before = await store.trade({});
			shard('freeze', n);
			try {
				await expect(store.trade({})).rejects.toThrow(
					new StoreUnavailableError(
						'The figures database is not answering (no answer within the time a query may take). Try again in a minute.'
					)
				);
			} finally {
				shard('thaw', n);
			}
			expect(await store.trade({})).toEqual(before);
		}
	);

	it('opening the store against a server that is down is the same clear error', async () => {
		shard('stop', 1);
		try {
			await expect(ClickHouseTradeStore.open(configFor('synthetic', 2000))).rejects.toBeInstanceOf(
				StoreUnavailableError
			);
		} finally {
			shard('start', 1);
		}
	});

	it('opening a database without a complete load says to run the load command', async () => {
		await expect(
			ClickHouseTradeStore.open({
				...configFor('synthetic'),
				layout: { database: 'never_loaded', cluster: 'dashboard' }
			})
		).rejects.toThrow(/No complete load in ClickHouse database "never_loaded".*npm run clickhouse:load/);
	});
});
