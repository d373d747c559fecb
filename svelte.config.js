// SvelteKit's own options live in vite.config.ts (the Kit 3 way: `sveltekit({...})`).
// This file stays for the tools that read it directly (svelte-check, editor
// language tools), so they compile components with the same options as the build.
/** @type {{ compilerOptions: import('svelte/compiler').CompileOptions }} */
const config = {
	compilerOptions: { runes: true }
};

export default config;
