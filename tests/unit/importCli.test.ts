// npm run import, run as a user would: a fresh directory, a second run, and a run with a refused file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/lib/data/fixtures/dataDir';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = path.join(ROOT, 'src/lib/import/fixtures');
const TIMEOUT = 60_000;

function runImport(out: string, ...files: string[]) {
	const result = spawnSync(
		process.execPath,
		[
			path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
			'scripts/import.ts',
			'--out',
			out,
			...files.map((f) => path.join(FIXTURES, f))
		],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const snapshot = (dir: string) =>
	Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

describe('npm run import', () => {
	it(
		'creates the contract files, validates them, and a second run changes nothing',
		() => {
			const out = path.join(mkdtempSync(path.join(tmpdir(), 'import-')), 'data');
			const first = runImport(
				out,
				'comtrade-plus/TradeData_synthetic.csv',
				'eurostat/estat_ds-045409_synthetic.csv.gz',
				'wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_synthetic.csv'
			);
			expect(first.stderr).toBe('');
			expect(first.status).toBe(0);
			expect(first.stdout).toContain(
				'TradeData_synthetic.csv: UN Comtrade+ CSV (TradeData), Windows-1252; 11 data rows read'
			);
			expect(first.stdout).toContain('trade.csv: 12 rows added, 0 unchanged, 0 changed value');
			expect(first.stdout).toContain('fx.csv: 9 rows added, 0 unchanged, 0 changed value');
			expect(first.stdout).toContain('skipped 1 row (first on line 8): flow RX');
			expect(readdirSync(out).sort()).toEqual(['countries.csv', 'fx.csv', 'sources.csv', 'trade.csv']);
			const dataset = loadDataDir(new URL(`file://${out}/`));
			expect(
				dataset.trade.map((o) => `${o.period.key} ${o.reporter} ${o.partner} ${o.flow} ${o.publishedValue}`)
			).toContain('2021 NLD CUW export 12345678');
			expect(dataset.sources.size).toBe(3);

			const before = snapshot(out);
			const second = runImport(
				out,
				'comtrade-plus/TradeData_synthetic.csv',
				'eurostat/estat_ds-045409_synthetic.csv.gz',
				'wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_synthetic.csv'
			);
			expect(second.status).toBe(0);
			expect(second.stdout).toContain('trade.csv: 0 rows added, 12 unchanged, 0 changed value');
			expect(second.stdout).toContain(`${out}: nothing changed.`);
			expect(snapshot(out)).toEqual(before);
		},
		TIMEOUT
	);

	it(
		'refuses the whole run, writing nothing, when one file is refused',
		() => {
			const out = path.join(mkdtempSync(path.join(tmpdir(), 'import-')), 'data');
			const run = runImport(out, 'imf/imf_matrix_synthetic.csv', 'refused/people.csv');
			expect(run.status).toBe(1);
			expect(run.stderr).toContain(
				'refused: people.csv is a table of another kind (columns name, email, age); accepted:'
			);
			expect(run.stderr).toContain(`Nothing written to ${out}.`);
			expect(existsSync(out)).toBe(false);
		},
		TIMEOUT
	);
});
