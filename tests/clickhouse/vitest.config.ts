// The ClickHouse suite: `npm run test:clickhouse` starts two local servers (scripts/clickhouse/cluster.sh),
// runs these files against them and stops both. Standalone (no SvelteKit plugin), like the browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/clickhouse/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// One file at a time: the shard test stops a server the others query.
		fileParallelism: false,
		globalSetup: ['tests/clickhouse/globalSetup.ts']
	}
});
