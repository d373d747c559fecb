// The dashboard is not tied to Korea and the Netherlands: on another pair's data folder every page
// renders, draws and downloads that pair. Skipped until tests/fixtures/other-pair/ has its trade.csv
// (the folder is being filled by hand; an empty folder counts as absent).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWithBom, useBrowser, waitForAllDrawn } from './page';
import { ROOT, startServer, type TestServer } from './server';

// OTHER_PAIR_DIR points the test at another folder of the same shape (to try a candidate fixture).
const DIR = path.resolve(process.env.OTHER_PAIR_DIR ?? path.join(ROOT, 'tests', 'fixtures', 'other-pair'));
const present = existsSync(path.join(DIR, 'trade.csv'));

function readCsv(file: string): Record<string, string>[] {
	const full = path.join(DIR, file);
	if (!existsSync(full)) return [];
	return Papa.parse<Record<string, string>>(readFileSync(full, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** The bilateral pairs of the fixture (rows with the World as a side are context, not a pair). */
function bilateralCodes(): Set<string> {
	const codes = new Set<string>();
	for (const r of readCsv('trade.csv')) {
		if (r.reporter && r.partner && r.reporter !== 'WLD' && r.partner !== 'WLD') codes.add(r.reporter).add(r.partner);
	}
	return codes;
}

const { open } = useBrowser();

describe.skipIf(!present)('another country pair (tests/fixtures/other-pair)', () => {
	let server: TestServer | null = null;
	const codes = present ? bilateralCodes() : new Set<string>();
	const names = new Map(readCsv('countries.csv').map((r) => [r.code ?? '', r.name ?? '']));

	beforeAll(async () => {
		server = await startServer(DIR);
	});
	afterAll(async () => {
		await server?.stop();
	});
	const base = () => server?.url ?? '';

	it('the fixture names one pair other than KOR–NLD', () => {
		expect(codes.size).toBe(2);
		expect(codes.has('KOR') && codes.has('NLD')).toBe(false);
	});

	for (const p of ['/', '/trade', '/fdi']) {
		it(`${p} renders that pair with no errors and draws its charts`, async () => {
			const { page, response, errors } = await open(base() + p);
			expect(response?.status()).toBe(200);
			const title = await page.title();
			const h1 = await page.locator('h1').innerText();
			for (const text of [title, h1]) {
				expect(text).not.toMatch(/Korea|Netherlands/);
				// The heading names at least one country of the pair (by name, or by code when unnamed).
				expect(
					[...codes].some((c) => text.includes(names.get(c) || c)),
					`"${text}" names the pair`
				).toBe(true);
			}
			const charts = await page.locator('div[data-chart]').count();
			if (p === '/fdi' && charts === 0) {
				// No FDI figures for the pair: the page must say so rather than show an empty chart.
				expect(await page.locator('main').innerText()).toMatch(/No FDI figures/);
			} else {
				expect(charts).toBeGreaterThan(0);
				expect(await waitForAllDrawn(page), 'every div[data-chart] gets data-drawn').toBe(true);
			}
			expect(errors).toEqual([]);
		});
	}

	it('/trade.csv carries the pair codes', async () => {
		const response = await fetch(base() + '/trade.csv');
		expect(response.status).toBe(200);
		const body = await textWithBom(response);
		expect(body.startsWith('\uFEFF')).toBe(true);
		const rows = Papa.parse<Record<string, string>>(body.replace(/^\uFEFF/, ''), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			expect(
				codes.has(r.reporter ?? '') && codes.has(r.partner ?? ''),
				`row ${r.period}: ${r.reporter}-${r.partner}`
			).toBe(true);
		}
	});
});
