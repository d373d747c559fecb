// Browser tests: a standalone config (no SvelteKit plugin), run against the production build in build/.
// `npx vite build` first; `npm run test:e2e` then runs this file.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/e2e/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// A 2-core machine: one file (one Chromium, one or two servers) at a time.
		fileParallelism: false,
		globalSetup: ['tests/e2e/globalSetup.ts']
	}
});
