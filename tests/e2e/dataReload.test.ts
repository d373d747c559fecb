// Loading and reloading the data under a running production server (`node build`, whose loader runs in
// a worker thread started from its own bundled chunk): data loaded before the server listens, a folder
// missing at start, a folder replaced whole, a slow writer polled under load, a restart from the
// snapshot (and not from a corrupt one), and requests answered while a large data set reloads.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, waitFor, type TestServer } from './server';

const servers: TestServer[] = [];
const dirs: string[] = [];
afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop()));
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'trade-reload-'));
	dirs.push(dir);
	return dir;
}

async function start(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<TestServer> {
	const server = await startServer(dataDir, { SNAPSHOT_DIR: path.join(path.dirname(dataDir), 'snapshots'), ...env });
	servers.push(server);
	return server;
}

const goodTrade = readFileSync(path.join(ROOT, 'data', 'trade.csv'), 'utf8');
/** The bundled data with Korea's 2020 exports to the Netherlands (IMF) set to `value`. */
const withKorExports2020 = (value: string) =>
	goodTrade.replace('2020,KOR,NLD,export,3987.104,', `2020,KOR,NLD,export,${value},`);
const QUERY = '/trade.csv?reporter=KOR&partner=NLD';

/** The data rows of the KOR–NLD trade CSV (one per year) and its 2020 exports. */
async function tradeCsv(base: string): Promise<{ status: number; rows: number; exports2020: string | undefined }> {
	const response = await fetch(base + QUERY);
	const text = await response.text();
	const lines = text.trim().split('\r\n').slice(1);
	return {
		status: response.status,
		rows: lines.length,
		exports2020: lines.find((l) => l.startsWith('2020,'))?.split(',')[4]
	};
}

/** A copy of the bundled data in a fresh folder `<tmp>/data`, with trade.csv replaced when given. */
function dataCopy(trade?: string): string {
	const dir = path.join(tempDir(), 'data');
	cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
	if (trade !== undefined) writeFileSync(path.join(dir, 'trade.csv'), trade);
	return dir;
}

describe('loading at start', () => {
	it('answers the first request with data already loaded (no 503 while loading)', async () => {
		const server = await start(dataCopy());
		// startServer waited for the first answer to GET /: by then the data must be there.
		expect(server.stdout()).toMatch(/\[data\] serving .* from CSV/);
		expect(server.stdout().indexOf('[data] serving')).toBeLessThan(server.stdout().indexOf('Listening'));
		expect((await tradeCsv(server.url)).exports2020).toBe('3987.104');
	});

	it('retries a data folder that is missing at start, and serves it once it appears', async () => {
		const parent = tempDir();
		const dir = path.join(parent, 'data');
		const server = await start(dir);
		expect((await fetch(server.url + '/trade')).status).toBe(503);
		cpSync(path.join(ROOT, 'data'), path.join(parent, 'incoming'), { recursive: true });
		renameSync(path.join(parent, 'incoming'), dir);
		expect(await waitFor(async () => (await tradeCsv(server.url)).status === 200, 15_000)).toBe(true);
		expect((await tradeCsv(server.url)).exports2020).toBe('3987.104');
	});
});

describe('replacing the whole folder (mv data-new data)', () => {
	it('is picked up, and so is the next swap', async () => {
		const dir = dataCopy();
		const server = await start(dir);
		for (const value of ['3987.105', '3987.106']) {
			const next = path.join(path.dirname(dir), 'data-new');
			cpSync(path.join(ROOT, 'data'), next, { recursive: true });
			writeFileSync(path.join(next, 'trade.csv'), withKorExports2020(value));
			rmSync(dir, { recursive: true });
			renameSync(next, dir);
			const seen = await waitFor(async () => (await tradeCsv(server.url)).exports2020 === value, 15_000);
			expect(seen, `the swap to ${value} is served`).toBe(true);
		}
	});
});

describe('a slow writer', () => {
	it('never has its half-written file served, under load', async () => {
		const dir = dataCopy();
		const server = await start(dir);
		const full = await tradeCsv(server.url);
		expect(full.rows).toBeGreaterThan(20);

		// The new file, written in two halves 600 ms apart; the first half is a valid trade.csv on its own.
		const next = withKorExports2020('3987.107');
		const lines = next.split('\n');
		const half = lines.slice(0, Math.floor(lines.length / 2)).join('\n') + '\n';
		const rest = lines.slice(Math.floor(lines.length / 2)).join('\n');

		const seen: { rows: number; exports2020: string | undefined; status: number }[] = [];
		let polling = true;
		const poller = async () => {
			while (polling) seen.push(await tradeCsv(server.url));
		};
		const pollers = Promise.all([poller(), poller(), poller(), poller()]);
		const file = path.join(dir, 'trade.csv');
		writeFileSync(file, half);
		await new Promise((r) => setTimeout(r, 600));
		writeFileSync(file, half + rest);
		const updated = await waitFor(async () => (await tradeCsv(server.url)).exports2020 === '3987.107', 15_000);
		polling = false;
		await pollers;

		expect(updated).toBe(true);
		expect(seen.length).toBeGreaterThan(20);
		const wrong = seen.filter((s) => s.status !== 200 || s.rows !== full.rows);
		expect(wrong, `${wrong.length} of ${seen.length} polls saw other than ${full.rows} rows`).toEqual([]);
		expect(new Set(seen.map((s) => s.exports2020))).toEqual(new Set(['3987.104', '3987.107']));
	});
});

describe('the snapshot', () => {
	it('serves a restart with unchanged files from the snapshot, and rebuilds a corrupt one from CSV', async () => {
		const dir = dataCopy(withKorExports2020('3987.108'));
		const snapshots = path.join(path.dirname(dir), 'snapshots');
		const first = await start(dir);
		expect(first.stdout()).toMatch(/from CSV/);
		await first.stop();
		expect(readdirSync(snapshots).filter((f) => f.endsWith('.snapshot'))).toHaveLength(1);

		const second = await start(dir);
		expect(second.stdout()).toMatch(/from its snapshot/);
		expect((await tradeCsv(second.url)).exports2020).toBe('3987.108');
		await second.stop();

		const [name] = readdirSync(snapshots).filter((f) => f.endsWith('.snapshot'));
		const file = path.join(snapshots, name as string);
		const bytes = readFileSync(file);
		// Change a value column byte: a snapshot that still parses but lies.
		bytes[bytes.length - 200] = (bytes[bytes.length - 200] as number) ^ 0x10;
		writeFileSync(file, bytes);
		const third = await start(dir);
		expect(third.stdout()).toMatch(/from CSV .*corrupt snapshot: checksum differs/);
		expect((await tradeCsv(third.url)).exports2020).toBe('3987.108');
	});
});

/**
 * A SYNTHETIC data set of `rows` trade rows (made-up codes AAA…, values from the row number), large
 * enough that a reload takes seconds: for measuring whether requests wait for it.
 */
function syntheticData(rows: number, value: (i: number) => string): string {
	const dir = path.join(tempDir(), 'data');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		path.join(dir, 'sources.csv'),
		'id,title,publisher,url\nsynthetic,Synthetic rows for a load test,Tests,\n'
	);
	const code = (n: number) =>
		String.fromCharCode(65 + Math.floor(n / 676), 65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
	const out = ['period,reporter,partner,flow,value,currency,unit,valuation,concept,source'];
	for (let i = 0; i < rows; i++) {
		const pair = Math.floor(i / 120);
		const year = 1960 + (i % 60);
		const flow = Math.floor(i / 60) % 2 === 0 ? 'export' : 'import';
		out.push(
			`${year},${code(pair % 400)},${code(400 + Math.floor(pair / 400))},${flow},${value(i)},USD,millions,not stated,not stated,synthetic`
		);
	}
	writeFileSync(path.join(dir, 'trade.csv'), out.join('\n') + '\n');
	return dir;
}

describe('requests during a reload of a large data set', () => {
	it('are answered within 100 ms (median of the probes sent while the worker loads)', async () => {
		const dir = syntheticData(300_000, (i) => String(i % 1000));
		const server = await start(dir);
		const file = path.join(dir, 'trade.csv');
		const replacement = readFileSync(file, 'utf8').replace(/,(\d+),USD,/g, ',$1.5,USD,');
		const temp = file + '.tmp';
		writeFileSync(temp, replacement);
		const served = () => server.stdout().match(/\[data\] serving/g)?.length ?? 0;
		const before = served();
		renameSync(temp, file);

		const probes: number[] = [];
		while (served() === before) {
			const t = performance.now();
			const response = await fetch(server.url + '/no-such-page');
			await response.arrayBuffer();
			probes.push(performance.now() - t);
			await new Promise((r) => setTimeout(r, 50));
		}
		// The probes must have been sent while the reload ran (the service logs the swap when done).
		expect(probes.length, 'probes sent during the reload').toBeGreaterThanOrEqual(5);
		const sorted = [...probes].sort((a, b) => a - b);
		const median = sorted[Math.floor(sorted.length / 2)] as number;
		expect(median, `median of ${probes.length} probes: ${probes.map(Math.round).join(', ')} ms`).toBeLessThan(100);
		expect((await fetch(server.url + '/trade.csv?reporter=AAA&partner=PKK')).status).toBe(200);
	}, 180_000);
});
