// How the message catalogue is compiled, shared by the Vite plugin (dev, build, unit tests) and
// scripts/compile-messages.mjs (run by `npm install`, so svelte-check and tsx scripts find the compiled
// messages in a fresh clone). Plain JavaScript: both a Node script and vite.config.ts import it.
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './src/lib/i18n/project.inlang',
	outdir: './src/lib/paraglide',
	// 1. `lang` in the URL (a view parameter; read by src/lib/i18n/strategy.ts on the server, from
	//    <html lang> in the browser), 2. the reader's last choice (cookie), 3. Accept-Language /
	//    navigator.languages, 4. English.
	strategy: ['custom-lang', 'cookie', 'preferredLanguage', 'baseLocale'],
	// Each message is its own module, so a page (or an embed) ships only the messages it shows.
	outputStructure: 'message-modules',
	emitGitIgnore: false,
	emitPrettierIgnore: false,
	emitReadme: false
};
