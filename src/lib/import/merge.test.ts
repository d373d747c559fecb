import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../data/fixtures/dataDir';
import { TradeColumns } from './columns';
import { importBytes } from './importer';
import { mergeImports, writeTable } from './merge';
import type { ImportedFile } from './types';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url));

const load = (path: string, bytes: Uint8Array = fixture(path)): ImportedFile => {
	const outcome = importBytes(bytes, path.split('/').pop() as string);
	if (!outcome.ok) throw new Error(outcome.refusal);
	return outcome.imported;
};

describe('mergeImports', () => {
	it.each(['cbs/cbs_statline_synthetic.csv', 'kosis/kosis_trade_synthetic.csv'])(
		'%s alone makes a valid directory: the reporter the format implies is listed in countries.csv',
		(path) => {
			const result = mergeImports({}, [load(path)]);
			expect(result.issues).toEqual([]);
			const reporters = new Set(result.dataset?.trade.map((o) => o.reporter));
			for (const code of reporters) expect(result.files.countries).toMatch(new RegExp(`^${code},`, 'm'));
		}
	);

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
		const path = 'imf/imf_matrix_synthetic.csv';
		const first = mergeImports({}, [load(path)]);
		// The same download, revised: Korea's 2019 exports to the Netherlands (lines 2 and 9) now 4200.
		const text = new TextDecoder().decode(fixture(path)).replaceAll(',4100.5,', ',4200,');
		const revised = load(path, new TextEncoder().encode(text));
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
		const trade = new TradeColumns();
		const { note: _note, ...cells } = f.trade.row(0);
		trade.stage({ ...cells, period: '2019-13', remark: '' }, 2);
		trade.commit();
		const bad = { ...f, trade };
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
