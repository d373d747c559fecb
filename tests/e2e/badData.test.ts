// A bad data file never takes the dashboard down: a bad edit is reported and the last good data keeps
// being served; a folder that is bad from the start gives a clear 503, not a crash.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useBrowser } from './page';
import { ROOT, startServer, waitFor, type TestServer } from './server';

const { open } = useBrowser();
const TRADE_2018_2020 = '/trade?reporter=KOR&partner=NLD&from=2018&to=2020';
const goodTrade = readFileSync(path.join(ROOT, 'data', 'trade.csv'), 'utf8');

/** trade.csv with the `value` cell of physical line 5 (header = line 1) replaced by "abc". */
function badTrade(): string {
	const lines = goodTrade.split('\n');
	const header = (lines[0] ?? '').split(',');
	const valueColumn = header.indexOf('value');
	const cells = (lines[4] ?? '').split(',');
	if (valueColumn < 0 || cells.length !== header.length)
		throw new Error('data/trade.csv line 5 is not a simple row any more');
	cells[valueColumn] = 'abc';
	lines[4] = cells.join(',');
	return lines.join('\n');
}

/** Writes a file the way editors do: a temporary file beside it, then a rename over it. */
function writeLikeAnEditor(file: string, text: string): void {
	const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	writeFileSync(temp, text);
	renameSync(temp, file);
}

function copyOfData(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'trade-e2e-'));
	cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
	return dir;
}

async function html(url: string): Promise<{ status: number; text: string }> {
	const response = await fetch(url);
	return { status: response.status, text: await response.text() };
}

const servers: TestServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a bad edit of trade.csv while the server runs', () => {
	it('is reported on /sources and in a banner while the last good data is served, and clears when fixed', async () => {
		const dir = copyOfData();
		dirs.push(dir);
		const server = await startServer(dir);
		servers.push(server);

		const before = await html(server.url + TRADE_2018_2020);
		expect(before.status).toBe(200);
		expect(before.text).toContain('3,987.1');
		expect(before.text).not.toContain('role="alert"');
		expect((await html(server.url + '/sources')).text).toContain('data-status="ok"');

		writeLikeAnEditor(path.join(dir, 'trade.csv'), badTrade());
		const reported = await waitFor(
			async () => (await html(server.url + '/sources')).text.includes('data-status="error"'),
			10_000
		);
		expect(reported, '/sources shows [data-status=error] within 10 s').toBe(true);

		const sources = await open(server.url + '/sources');
		expect(sources.response?.status()).toBe(200);
		const problem = await sources.page.locator('[data-status="error"]').innerText();
		expect(problem).toContain('trade.csv');
		expect(problem).toContain('line 5');
		expect(problem).toContain('column "value"');
		expect(problem).toContain('abc');
		expect(sources.errors).toEqual([]);

		// The last good data is still served, with the banner saying so.
		const during = await html(server.url + TRADE_2018_2020);
		expect(during.status).toBe(200);
		expect(during.text).toContain('3,987.1');
		const trade = await open(server.url + TRADE_2018_2020);
		const banner = trade.page.locator('[role="alert"]');
		expect(await banner.count()).toBe(1);
		expect(await banner.isVisible()).toBe(true);
		expect(await banner.innerText()).toMatch(/1 problem\b/);
		expect(trade.errors).toEqual([]);
		// The problem is logged, with its address.
		expect(server.stderr()).toContain('trade.csv, line 5, column "value"');

		writeLikeAnEditor(path.join(dir, 'trade.csv'), goodTrade);
		const cleared = await waitFor(
			async () => (await html(server.url + '/sources')).text.includes('data-status="ok"'),
			10_000
		);
		expect(cleared, '/sources shows [data-status=ok] again within 10 s').toBe(true);
		const after = await html(server.url + TRADE_2018_2020);
		expect(after.status).toBe(200);
		expect(after.text).not.toContain('role="alert"');
	});
});

describe('a folder whose trade.csv is bad from the start', () => {
	it('answers /trade with a clear 503 and lists the problem on /sources', async () => {
		const dir = copyOfData();
		dirs.push(dir);
		writeFileSync(path.join(dir, 'trade.csv'), badTrade());
		const server = await startServer(dir);
		servers.push(server);

		const trade = await html(server.url + TRADE_2018_2020);
		expect(trade.status).toBe(503);
		expect(trade.text).toMatch(/No valid data/i);
		expect(trade.text).toContain('/sources');
		expect((await html(server.url + '/trade.csv')).status).toBe(503);

		const { page, response } = await open(server.url + '/sources');
		expect(response?.status()).toBe(200);
		const problem = await page.locator('[data-status="error"]').innerText();
		expect(problem).toContain('trade.csv');
		expect(problem).toContain('line 5');
		expect(problem).toContain('column "value"');
		expect(problem).toMatch(/No valid data has been loaded/i);

		// Still alive after all that.
		expect((await html(server.url + '/sources')).status).toBe(200);
		expect(server.stderr()).toContain('no data to serve');
	});
});
