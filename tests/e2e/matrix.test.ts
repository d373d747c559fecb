// Any pair of the whole IMF matrix works: a production server with the matrix as DATA_DIR (converted
// into the contract by scripts/imf-matrix.ts, into the system's temporary folder, once), and figures
// picked at random from the file, each checked through /trade.csv. The seed is printed with any
// failure; MATRIX_SEED=<n> repeats a run. Skips cleanly when the matrix is absent.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertMatrix, MATRIX } from '../../scripts/imf-matrix';
import { startServer, type TestServer } from './server';

const present = existsSync(MATRIX);
const WORK = path.join(tmpdir(), 'trade-matrix-e2e');
const DATA = path.join(WORK, 'data');
const FIGURES = 12;
const AGGREGATE = /^(WLD|EUU)$/;

/** A small seeded generator (mulberry32), so a failing pick can be repeated. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe.skipIf(!present)('the whole IMF matrix as DATA_DIR', () => {
	let server: TestServer | null = null;
	let lines: string[] = [];
	beforeAll(async () => {
		if (!existsSync(path.join(DATA, 'trade.csv'))) await convertMatrix(DATA);
		lines = readFileSync(path.join(DATA, 'trade.csv'), 'utf8').split('\n');
		// A cold load of 1.8 M rows takes tens of seconds on a busy machine; later runs use the snapshot.
		server = await startServer(DATA, { SNAPSHOT_DIR: path.join(WORK, 'snapshots') }, 300_000);
	}, 400_000);
	afterAll(async () => {
		await server?.stop();
	});

	it(`serves ${FIGURES} figures picked at random exactly as the file gives them`, async () => {
		const seed = Number(process.env.MATRIX_SEED ?? Date.now() % 1_000_000);
		const next = random(seed);
		const checked: string[] = [];
		while (checked.length < FIGURES) {
			const line = lines[1 + Math.floor(next() * (lines.length - 2))] as string;
			const [year, reporter, partner, flow, value] = line.split(',') as string[];
			if (!year || AGGREGATE.test(reporter ?? '') || AGGREGATE.test(partner ?? '')) continue;
			const query = `reporter=${reporter}&partner=${partner}&from=${year}&to=${year}`;
			const response = await fetch(`${server!.url}/trade.csv?${query}`);
			const where = `seed ${seed}: ${line} via /trade.csv?${query}`;
			expect(response.status, where).toBe(200);
			// response.text() drops the byte-order mark already; a BOM-less parse either way.
			const rows = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ''), {
				header: true,
				skipEmptyLines: true
			}).data;
			const row = rows.find((r) => r.period === year && r.reported_by === reporter);
			expect(row, where).toBeDefined();
			expect(Number(row?.[flow === 'export' ? 'exports' : 'imports']), where).toBe(Number(value));
			checked.push(line);
		}
		expect(checked).toHaveLength(FIGURES);
	});

	it('pages and embeds of a random pair answer', async () => {
		const next = random(Number(process.env.MATRIX_SEED ?? 7));
		const line = lines.filter((l) => /^\d{4},[A-Z]{3},[A-Z]{3},/.test(l) && !/,(WLD|EUU),/.test(l))[
			Math.floor(next() * 1000)
		] as string;
		const [, reporter, partner] = line.split(',');
		for (const route of ['/trade', '/mirror', '/embed/flows']) {
			const response = await fetch(`${server!.url}${route}?reporter=${reporter}&partner=${partner}`);
			expect(response.status, `${route} for ${reporter}–${partner}`).toBe(200);
			expect(await response.text()).toContain(reporter as string);
		}
	});
});
