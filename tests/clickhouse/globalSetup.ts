// Loads the two data sets every ClickHouse test file queries, once, with the load command itself:
// the bundled data/ (database `bundled`) and a SYNTHETIC product-level set (database `synthetic`),
// both through the Distributed table of the two-shard cluster cluster.sh started.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeSynthetic } from '../../scripts/clickhouse/synthetic';
import { ROOT, SYNTHETIC_SHAPE, clusterEnv } from './cluster';

declare module 'vitest' {
	export interface ProvidedContext {
		syntheticDir: string;
	}
}

let dir = '';

export async function setup(project: TestProject): Promise<void> {
	const env = clusterEnv();
	dir = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
	writeSynthetic(dir, SYNTHETIC_SHAPE);
	for (const [database, data] of [
		['bundled', path.join(ROOT, 'data')],
		['synthetic', dir]
	] as const) {
		execFileSync('npx', ['tsx', 'scripts/clickhouse-load.ts', data], {
			cwd: ROOT,
			env: { ...process.env, ...env, CLICKHOUSE_DATABASE: database },
			stdio: ['ignore', 'inherit', 'inherit']
		});
	}
	project.provide('syntheticDir', dir);
}

export async function teardown(): Promise<void> {
	if (dir) rmSync(dir, { recursive: true, force: true });
}
