import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './src/lib/i18n/paraglide.config.js';

/** Chart.js, its annotation plugin and their colour library: loaded on demand, in a chunk of their own. */
const notChartJs = (id: string) => !/node_modules[\\/](chart\.js|chartjs-plugin-annotation|@kurkle)[\\/]/.test(id);

export default defineConfig({
	plugins: [
		// Compiles the en/ko/nl messages (src/lib/i18n/messages) into typed, tree-shaken functions.
		paraglideVitePlugin(paraglideOptions),
		sveltekit({
			adapter: adapter(),
			compilerOptions: { runes: true },
			// Every stylesheet is small (the largest, the layout's, is 4 KB): inlined in the page, the first
			// paint does not wait for a round trip per sheet (eight on /trade), which on a mobile link costs
			// more than the few KB of CSS that each page then carries. The policy below allows them by hash.
			inlineStyleThreshold: 8 * 1024,
			// Page policy. SvelteKit's inline start-up script is allowed by its hash, not a nonce: a page is
			// then the same bytes for every reader of the same view, so a rendered page can be kept and
			// served again (src/lib/server/pageCache.ts), which a per-response nonce would forbid.
			// frame-ancestors depends on the route and is added in src/hooks.server.ts. Style attributes
			// (Svelte's style: directive, app.html's display: contents) need 'unsafe-inline' for attributes
			// only: they cannot run script.
			csp: {
				mode: 'hash',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					'style-src-attr': ['unsafe-inline'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['self'],
					'form-action': ['self']
				}
			}
		})
	],
	build: {
		rolldownOptions: {
			output: {
				// A page modulepreloaded each chunk it imports (29 on /trade): on a phone's link every request
				// costs a round trip, and Lighthouse's simulation counts them all before the largest paint.
				// Modules used by two pages or more now make one chunk, cached across pages; a page loads it,
				// the runtime and its own node: 5 requests for about the same bytes (78 KB brotli on /trade,
				// 85 KB before). The price: a page also gets shared code it does not run (the live embed
				// 75 KB brotli instead of 49, loaded when the reader reaches for the chart; /products 79 instead
				// of 69). Chart.js and its plugin stay out: loaded on demand (src/lib/charts/drawQueue.ts).
				codeSplitting: {
					groups: [{ name: 'shared', test: notChartJs, minShareCount: 2 }]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
