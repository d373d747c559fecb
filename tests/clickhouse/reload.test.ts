// A running server follows a new load: the provider swaps in a store for the new data version, reports
// a server that does not answer in its status (keeping the store it serves), and while a load has the
// tables dropped, queries fail as "unavailable" (503), not 500.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClickHouseStoreProvider, StoreUnavailableError } from '../../src/lib/server/store/clickhouse';
import { ROOT, clusterEnv, configFor, shard } from './cluster';

function load(dir: string): void {
	execFileSync('npx', ['tsx', 'scripts/clickhouse-load.ts', dir], {
		cwd: ROOT,
		env: { ...process.env, ...clusterEnv(), CLICKHOUSE_DATABASE: 'reload_test' },
		stdio: 'ignore'
	});
}

describe('a new load under a running store', () => {
	const config = { ...configFor('bundled', 3000), layout: { database: 'reload_test', cluster: 'dashboard' } };
	const provider = new ClickHouseStoreProvider(config, 60_000);
	afterAll(() => provider.stop());

	it('reports that nothing is loaded yet, then serves the load, then the next one', async () => {
		await provider.start();
		expect(provider.current()).toBeNull();
		expect(provider.status().issues[0]?.value).toMatch(/No complete load in ClickHouse database "reload_test"/);

		load(path.join(ROOT, 'data'));
		await provider.check();
		const first = provider.current();
		expect((await first?.pairs({}))?.rows.map((p) => p.reporter + p.partner)).toEqual(['KORNLD', 'NLDKOR']);
		expect(provider.status()).toMatchObject({ issues: [], version: (await first?.version())?.id });
		const firstTag = provider.tag;

		load(path.join(ROOT, 'tests/fixtures/other-pair'));
		await provider.check();
		const second = provider.current();
		expect(second).not.toBe(first);
		expect(provider.tag).not.toBe(firstTag);
		const pairs = (await second?.pairs({}))?.rows.map((p) => p.reporter + p.partner) ?? [];
		expect(pairs).not.toContain('KORNLD');
		expect(pairs.length).toBeGreaterThan(0);
		// The same version again: the provider keeps the store it has.
		await provider.check();
		expect(provider.current()).toBe(second);
	});

	it('a server that does not answer is reported, the store it serves stays', async () => {
		const served = provider.current();
		shard('stop', 1);
		try {
			await provider.check();
			expect(provider.current()).toBe(served);
			expect(provider.status().issues[0]?.value).toMatch(/^The figures database is not answering/);
		} finally {
			shard('start', 1);
		}
		await provider.check();
		expect(provider.status().issues).toEqual([]);
	});

	it('tables dropped by a load in progress read as unavailable', async () => {
		const client = (await import('@clickhouse/client')).createClient({ url: clusterEnv().CLICKHOUSE_URL });
		await client.command({ query: 'DROP TABLE reload_test.trade' });
		await client.close();
		await expect(provider.current()?.trade({})).rejects.toBeInstanceOf(StoreUnavailableError);
	});
});
