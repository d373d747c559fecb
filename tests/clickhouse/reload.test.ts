// A running server follows a new load: the handle re-opens the store once the meta row names another
// data version, and while the load has the tables dropped, queries fail as "unavailable" (503), not 500.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClickHouseStoreHandle, StoreUnavailableError } from '../../src/lib/server/store/clickhouse';
import { ROOT, clusterEnv, configFor } from './cluster';

function load(dir: string): void {
	execFileSync('npx', ['tsx', 'scripts/clickhouse-load.ts', dir], {
		cwd: ROOT,
		env: { ...process.env, ...clusterEnv(), CLICKHOUSE_DATABASE: 'reload_test' },
		stdio: 'ignore'
	});
}

describe('a new load under a running store', () => {
	const handle = new ClickHouseStoreHandle(
		{ ...configFor('bundled'), layout: { database: 'reload_test', cluster: 'dashboard' } },
		0
	);
	afterAll(() => handle.close());

	it('is picked up by the handle, and the tables being recreated read as unavailable', async () => {
		load(path.join(ROOT, 'data'));
		const first = await handle.current();
		expect((await first.pairs({})).rows.map((p) => p.reporter + p.partner)).toEqual(['KORNLD', 'NLDKOR']);

		load(path.join(ROOT, 'tests/fixtures/other-pair'));
		const second = await handle.current();
		expect(second).not.toBe(first);
		expect((await second.version()).id).not.toBe((await first.version()).id);
		const pairs = (await second.pairs({})).rows.map((p) => p.reporter + p.partner);
		expect(pairs).not.toContain('KORNLD');
		expect(pairs.length).toBeGreaterThan(0);
		// The same version again: the handle keeps the store it has.
		expect(await handle.current()).toBe(second);

		// A load in progress: its first step drops the tables.
		const client = (await import('@clickhouse/client')).createClient({ url: clusterEnv().CLICKHOUSE_URL });
		await client.command({ query: 'DROP TABLE reload_test.trade' });
		await client.close();
		await expect(second.trade({})).rejects.toBeInstanceOf(StoreUnavailableError);
	});
});
