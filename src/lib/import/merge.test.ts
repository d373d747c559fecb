import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../data/fixtures/dataDir';
import { importBytes } from './importer';
import { mergeImports, writeTable } from './merge';
import type { ImportedFile } from './types';

const load = (path: string): ImportedFile => {
	const outcome = importBytes(
		readFileSync(new URL(`./fixtures/${path}`, import.meta.url)),
		path.split('/').pop() as string
	);
	if (!outcome.ok) throw new Error(outcome.refusal);
	return outcome.imported;
};

describe('mergeImports', () => {
	it('creates a valid data directory from nothing, and a second import changes nothing', () => {
		const files = [
			load('comtrade-plus/TradeData_synthetic.csv'),
			load('oecd/oecd_fdi_pos_codes_synthetic.csv'),
			load('wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_synthetic.csv')
		];
		const first = mergeImports({}, files);
		expect(first.issues).toEqual([]);
		expect(first.written.sort()).toEqual(['countries', 'fdi', 'fx', 'sources', 'trade']);
		expect(first.counts.trade).toEqual({ added: 8, unchanged: 0, changed: 0 });
		expect(first.dataset?.trade).toHaveLength(7);
		expect(first.dataset?.productTrade.map((o) => o.product)).toEqual([
			{
				classification: 'H6',
				code: '8486',
				label:
					'Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or wafers'
			}
		]);
		expect(first.dataset?.countries.get('CUW')?.name).toBe('Curaçao');
		const second = mergeImports(first.files, files);
		expect(second.written).toEqual([]);
		expect(second.counts.trade).toEqual({ added: 0, unchanged: 8, changed: 0 });
		expect(second.files).toEqual(first.files);
	});

	it('reports a changed value with the old and the new figure, by source', () => {
		const f = load('imf/imf_matrix_synthetic.csv');
		const first = mergeImports({}, [f]);
		const revised = {
			...f,
			trade: f.trade.map((r) =>
				r.period === '2019' && r.partner === 'NLD' && r.flow === 'export' ? { ...r, value: '4200' } : r
			)
		};
		const second = mergeImports(first.files, [revised]);
		expect(second.counts.trade).toEqual({ added: 0, unchanged: 4, changed: 1 });
		expect(second.changes).toEqual([
			{
				file: 'trade.csv',
				key: '2019|KOR|NLD|export|imf-matrix-imf-matrix-synthetic||',
				source: 'imf-matrix-imf-matrix-synthetic',
				old: '4100.5',
				new: '4200'
			}
		]);
	});

	it('merges into the bundled data without touching its rows, keeping its names and columns', () => {
		const bundled = readDataDir();
		const merged = mergeImports(bundled, [load('kosis/kosis_trade_synthetic.csv')]);
		expect(merged.issues).toEqual([]);
		expect(merged.counts.trade.added).toBe(7);
		expect(merged.files.trade?.split('\n')[0]).toBe(bundled.trade?.split('\n')[0]);
		expect(merged.dataset?.countries.get('NLD')?.name).toBe('Netherlands');
		expect(merged.dataset?.trade.length).toBe(502 + 7);
	});

	it('names the codes a directory already used when it gives the directory its first countries.csv', () => {
		const { countries: _countries, ...withoutNames } = readDataDir();
		const merged = mergeImports(withoutNames, [load('imf/imf_matrix_synthetic.csv')]);
		expect(merged.issues).toEqual([]);
		expect(merged.dataset?.countries.get('EUU')?.name).toBe('European Union');
		expect(merged.dataset?.countries.get('HKG')?.name).toBe('China, P.R.: Hong Kong');
	});

	it('lets the loader judge the result: a row the contract refuses blocks the merge', () => {
		const f = load('imf/imf_matrix_synthetic.csv');
		const bad = { ...f, trade: [{ ...(f.trade[0] as ImportedFile['trade'][number]), period: '2019-13' }] };
		const merged = mergeImports({}, [bad]);
		expect(merged.dataset).toBeNull();
		expect(merged.issues.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual(['trade.csv:2:period']);
	});
});

describe('writeTable', () => {
	it.each([
		[[{ a: '1', b: 'x, y' }], 'a,b\n1,"x, y"\n'],
		[[{ a: 'say "hi"', b: '' }], 'a,b\n"say ""hi""",\n'],
		[[], 'a,b\n']
	])('%j', (rows, text) => expect(writeTable(['a', 'b'], rows)).toBe(text));
});
