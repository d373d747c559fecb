import { sveltekit } from '@sveltejs/kit/vite';
import adapter from '@sveltejs/adapter-node';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './src/lib/i18n/paraglide.config.js';

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
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
