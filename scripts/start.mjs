// `npm start`: builds the dashboard (unless SKIP_BUILD=1) and serves it with the Node adapter,
// printing the address to open. PORT and HOST work as documented for @sveltejs/adapter-node;
// DATA_DIR points at another folder of CSV files.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.SKIP_BUILD !== '1' || !existsSync('build/index.js')) {
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
process.env.PORT ??= '3000';
process.env.HOST ??= '127.0.0.1';
// Absolute links in images, embed snippets and oEmbed answers are built from ORIGIN; without it the
// Node adapter assumes https. Set ORIGIN when serving behind a proxy under another address.
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import(new URL('../build/index.js', import.meta.url).href);
console.log(`\nDashboard ready: http://localhost:${process.env.PORT}/  (data: ${process.env.DATA_DIR ?? 'data/'})\n`);
