// Takes screenshots of pages at desktop and phone widths: `npx tsx scripts/screenshots.ts BASE_URL [path…]`.
// Writes PNGs to screenshots/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/browser';
import { waitForAllDrawn } from '../tests/e2e/page';

const base = process.argv[2] ?? 'http://localhost:5173';
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ['/', '/trade', '/fdi', '/sources'];
const widths = [1280, 390];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const width of widths) {
	const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
	for (const path of paths) {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		// Charts draw as they come near the viewport; a full-page shot shows them all.
		if ((await page.locator('div[data-chart]').count()) > 0) await waitForAllDrawn(page);
		await page.waitForTimeout(300);
		const name = (path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home') + `-${width}.png`;
		await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
		console.log(`screenshots/${name}`);
	}
	await page.close();
}
await browser.close();
