import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '$lib/data/dataset';
import { DATA_DIR, loadDataDir, readDataDir } from '$lib/data/fixtures/dataDir';
import { datasetCsv, datasetFileName } from './datasetCsv';

const parse = (text: string | null) => {
	expect(text?.charCodeAt(0)).toBe(0xfeff);
	const parsed = Papa.parse<Record<string, string>>((text ?? '').slice(1), { header: true, skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	return parsed.data;
};
const readRaw = (name: string) =>
	Papa.parse<Record<string, string>>(readDataDir(DATA_DIR)[name as 'trade'] ?? '', { header: true, skipEmptyLines: true }).data;

describe('datasetCsv on the bundled data', () => {
	const dataset = loadDataDir();

	it.each(['trade', 'fdi'])('%s: every row of the file, values as published, with its source written out', (name) => {
		const raw = readRaw(name);
		const rows = parse(datasetCsv(dataset, name));
		expect(rows.length).toBe(raw.length);
		const byLine = new Map(rows.map((r) => [Number(r.line), r]));
		raw.forEach((original, i) => {
			const row = byLine.get(i + 2);
			expect(row, `line ${i + 2}`).toBeDefined();
			expect(Number(row?.value)).toBe(Number(original.value));
			expect(row?.unit).toBe(original.unit);
			expect(row?.currency).toBe(original.currency);
			expect(row?.source_id).toBe(original.source);
			expect(row?.source_title).toBe(dataset.sources.get(original.source ?? '')?.title);
		});
	});

	it('sources: every source', () => {
		expect(parse(datasetCsv(dataset, 'sources')).map((r) => r.id)).toEqual([...dataset.sources.keys()]);
	});

	it('knows no other data set', () => {
		expect(datasetCsv(dataset, 'passwords')).toBeNull();
	});
});

describe('datasetCsv with a hostile source', () => {
	it('neutralises formulas in source text, and keeps negative values as numbers', () => {
		const files = readDataDir(new URL('../../lib/data/fixtures/', import.meta.url));
		files.sources = (files.sources ?? '').replace('Direction of Trade Statistics (DOTS)', '=HYPERLINK(""http://evil.example"",""x"")');
		files.fdi = 'period,investor,host,measure,value,currency,unit,basis,qualifier,source,note\n2005,NLD,KOR,flow,-214.0,USD,millions,UNCTAD,,imf-dots-2022,\n';
		const { dataset, issues } = buildDataset(files);
		expect(issues).toEqual([]);
		const trade = parse(datasetCsv(dataset!, 'trade'));
		const title = trade.find((r) => r.source_id === 'imf-dots-2022')?.source_title;
		expect(title?.startsWith(`'=HYPERLINK(`)).toBe(true);
		expect(parse(datasetCsv(dataset!, 'fdi'))[0]?.value).toBe('-214');
	});
});

describe('datasetFileName', () => {
	it('says what and when', () => {
		expect(datasetFileName('trade', '2025-11-23T10:00:00.000Z')).toBe('trade-all-rows-2025-11-23.csv');
	});
});
