// `npm run build:data` rebuilds data/ from the research folder (../shared/research/, beside the
// repository) with the importers and scripts/research-inputs/: the rebuilt files must equal the
// committed ones byte for byte. Skips cleanly when the research folder is absent.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESEARCH = path.join(ROOT, '../shared/research');
const present = existsSync(RESEARCH);
const out = mkdtempSync(path.join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function build(dir: string, inputs = path.join(ROOT, 'scripts/research-inputs')) {
	const args = ['scripts/import-research.mjs', '--out', dir, '--inputs', inputs];
	return execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), args, {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe']
	});
}

describe.skipIf(!present)('npm run build:data', () => {
	it('rebuilds every file of data/ byte for byte', { timeout: 60_000 }, () => {
		build(out);
		const committed = readdirSync(path.join(ROOT, 'data')).sort();
		expect(readdirSync(out).sort()).toEqual(committed);
		for (const file of committed) {
			expect(readFileSync(path.join(out, file), 'utf8'), file).toBe(
				readFileSync(path.join(ROOT, 'data', file), 'utf8')
			);
		}
	});

	it('writes nothing when the built data does not validate (the loader is the validator)', { timeout: 60_000 }, () => {
		// A stale file in the output directory must survive a failed run untouched. The inputs are a
		// copy with World left out of countries.csv, so every World row breaks the loader's country check.
		const failing = mkdtempSync(path.join(tmpdir(), 'build-data-fail-'));
		const inputs = mkdtempSync(path.join(tmpdir(), 'build-data-inputs-'));
		cpSync(path.join(ROOT, 'scripts/research-inputs'), inputs, { recursive: true });
		const countries = path.join(inputs, 'countries.csv');
		writeFileSync(countries, readFileSync(countries, 'utf8').replace(/^WLD,.*\n/m, ''));
		writeFileSync(path.join(failing, 'trade.csv'), 'stale\n');
		try {
			let stderr = '';
			try {
				build(failing, inputs);
			} catch (e) {
				stderr = String((e as { stderr?: string }).stderr);
			}
			expect(stderr).toMatch(
				/trade\.csv, line \d+, column "partner": found "WLD", expected a country code listed in countries\.csv/
			);
			expect(readdirSync(failing)).toEqual(['trade.csv']);
			expect(readFileSync(path.join(failing, 'trade.csv'), 'utf8')).toBe('stale\n');
		} finally {
			rmSync(failing, { recursive: true, force: true });
			rmSync(inputs, { recursive: true, force: true });
		}
	});
});
