import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TRADE_CSV_COLUMNS, toCsv, tradeCsvName, tradeCsvRows } from './csv';
import { buildDataset } from './dataset';
import { loadDataDir } from './fixtures/dataDir';
import { yearSpan } from './series';
import { tradeView } from './tradeView';
import type { ViewState } from './viewState';

const BOM = '\uFEFF';

describe('toCsv', () => {
	it('starts with a byte-order mark and separates lines with CRLF, no line end after the last row', () => {
		expect(toCsv(['a', 'b'], [['x', 1], ['y', 2]])).toBe(`${BOM}a,b\r\nx,1\r\ny,2`);
	});

	it('matches its documented example', () => {
		expect(toCsv(['a', 'b'], [['=1+1', -2]])).toBe(`${BOM}a,b\r\n"'=1+1",-2`);
	});

	it.each([
		['a, b', '"a, b"'],
		['say "around"', '"say ""around"""'],
		['two\nlines', '"two\nlines"'],
		['plain', 'plain'],
		['', '']
	])('quotes %j as %s (RFC 4180)', (cell, written) => {
		expect(toCsv(['c'], [[cell]])).toBe(`${BOM}c\r\n${written}`);
	});

	it.each([
		['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
		['+1', `"'+1"`],
		['-1+2', `"'-1+2"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\tfoo', `"'\tfoo"`],
		['\rfoo', `"'\nfoo"`], // a lone CR is written as LF (see textHygiene.ts), still guarded
	])('neutralises the text cell %j with a leading apostrophe: %s', (cell, written) => {
		expect(toCsv(['c'], [[cell]])).toBe(`${BOM}c\r\n${written}`);
	});

	it.each([
		[-2236.733, '-2236.733'],
		[3987.104 - 6223.837, '-2236.733'],
		[-2236.7000000000003, '-2236.7'],
		[10210.941, '10210.941'],
		[0, '0']
	])('writes the number %d as %s: unquoted, unprefixed, without float noise', (n, written) => {
		expect(toCsv(['n'], [[n]])).toBe(`${BOM}n\r\n${written}`);
	});

	it('writes a gap (null) as an empty cell, never 0', () => {
		expect(toCsv(['a', 'b', 'c'], [[1, null, 3]])).toBe(`${BOM}a,b,c\r\n1,,3`);
	});
});

describe('trade CSV of the bundled data, Korea–Netherlands 2018–2020 as reported by Korea', () => {
	const dataset = loadDataDir();
	const state: ViewState = { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2018, to: 2020 };
	const view = tradeView(dataset, state, yearSpan(dataset, 'KOR', 'NLD') ?? { min: 2018, max: 2020 });
	const rows = tradeCsvRows(view);
	const csv = toCsv([...TRADE_CSV_COLUMNS], rows);
	const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, newline: '\r\n' });
	const y2020 = parsed.data.find((r) => r.period === '2020');

	it('is named after the pair, the side and the years', () => {
		expect(tradeCsvName(view)).toBe('kor-nld-trade-2018-2020.csv');
		expect(tradeCsvName({ ...view, state: { ...state, by: 'NLD' } })).toBe('kor-nld-trade-by-nld-2018-2020.csv');
		expect(tradeCsvName(view, 'mirror')).toBe('kor-nld-mirror-2018-2020.csv');
	});

	it('has one row per year of the Korean IMF group, each with every column', () => {
		expect(csv.startsWith(BOM)).toBe(true);
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...TRADE_CSV_COLUMNS]);
		expect(parsed.data.map((r) => r.period)).toEqual(['2018', '2019', '2020']);
		expect(rows.every((r) => r.length === TRADE_CSV_COLUMNS.length)).toBe(true);
	});

	it('reads back the 2020 figures the view shows: exports 3987.104, imports 6223.837, balance −2236.733', () => {
		const v = view.groups[0]?.rows.find((r) => r.period === '2020');
		expect(y2020).toMatchObject({
			reporter: 'KOR',
			partner: 'NLD',
			reported_by: 'KOR',
			exports: '3987.104',
			imports: '6223.837',
			balance: '-2236.733',
			total_trade: '10210.941',
			mirror_exports: '6414.84867',
			mirror_imports: '7662.229024',
			mirror_reported_by: 'NLD',
			currency: 'USD',
			unit: 'millions',
			exports_valuation: 'FOB',
			imports_valuation: 'CIF',
			concept: 'general',
			exports_qualifier: '',
			source_id: 'imf-dots-2022',
			source_publisher: 'International Monetary Fund',
			mirror_source_id: 'imf-dots-2022'
		});
		expect(Number(y2020?.exports)).toBe(v?.exports);
		expect(Number(y2020?.imports)).toBe(v?.imports);
		expect(Number(y2020?.balance)).toBeCloseTo(v?.balance ?? NaN, 9);
	});

	it('writes growth and shares in per cent', () => {
		expect(Number(y2020?.exports_growth_pct)).toBeCloseTo(-6.1114948135, 8);
		expect(Number(y2020?.imports_growth_pct)).toBeCloseTo(50.6054259542, 8);
		expect(Number(y2020?.exports_share_of_world_pct)).toBeCloseTo(0.7777483492, 8);
		expect(Number(y2020?.coverage_ratio)).toBeCloseTo(0.640618319535, 11);
	});

	it('keeps the negative balance a plain number cell: unquoted and without an apostrophe', () => {
		const line = csv.split('\r\n').find((l) => l.startsWith('2020,'));
		expect(line).toContain(',3987.104,6223.837,-2236.733,10210.941,');
		expect(line).not.toContain("'-");
	});

	it('quotes the source title, which contains commas and quotes, and reads it back unchanged', () => {
		expect(y2020?.source_title).toBe(dataset.sources.get('imf-dots-2022')?.title);
		expect(csv).toContain(`"Direction of Trade Statistics (DOTS), annual goods trade by partner:`);
	});
});

describe('trade CSV of hostile source text', () => {
	it('neutralises a source title and publisher that look like formulas', () => {
		const { dataset } = buildDataset({
			sources: 'id,title,publisher,url\nevil,"=HYPERLINK(""http://x"")",@SUM(A1),https://example.org/\n',
			trade:
				'period,reporter,partner,flow,value,currency,unit,valuation,concept,source\n' +
				'2020,AAA,BBB,export,1,USD,millions,FOB,general,evil\n' +
				'2020,AAA,BBB,import,3,USD,millions,CIF,general,evil\n'
		});
		if (!dataset) throw new Error('test data set does not build');
		const view = tradeView(dataset, { reporter: 'AAA', partner: 'BBB', by: 'AAA', from: 2020, to: 2020 }, { min: 2020, max: 2020 });
		const csv = toCsv([...TRADE_CSV_COLUMNS], tradeCsvRows(view));
		const line = csv.split('\r\n')[1] ?? '';
		expect(line).toContain(`,"'=HYPERLINK(""http://x"")","'@SUM(A1)",https://example.org/,`);
		expect(line.startsWith('2020,AAA,BBB,AAA,1,3,-2,4,')).toBe(true);
	});
});

describe('CSV text hygiene', () => {
	it.each([
		['U+2028', '\u2028'],
		['U+2029', '\u2029'],
		['U+0085', '\u0085'],
		['a lone CR', '\r']
	])('writes a %s inside a cell as a plain LF inside a quoted cell', (_name, separator) => {
		expect(toCsv(['c'], [[`two${separator}lines`]])).toBe(`${BOM}c\r\n"two\nlines"`);
	});

	it('normalises line separators in column names too', () => {
		expect(toCsv(['a\u2028b'], [])).toBe(`${BOM}"a\nb"\r\n`);
	});

	it('strips invisible characters from the file name', () => {
		const state = { reporter: 'KOR', partner: 'NLD\u202e', by: 'KOR', currency: null, from: 2000, to: 2020 };
		expect(tradeCsvName({ state } as unknown as Parameters<typeof tradeCsvName>[0])).toBe('kor-nld-trade-2000-2020.csv');
	});
});

describe('source notes and series breaks in the trade CSV (issue 9, defect 10)', () => {
	it('carries "reference year not stated" and the 1999 break beside the figures', async () => {
		const { loadDataDir } = await import('./fixtures/dataDir');
		const { tradeView } = await import('./tradeView');
		const ds = loadDataDir();
		const view = tradeView(ds, { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1998, to: 2023 }, { min: 1960, max: 2024 });
		const rows = tradeCsvRows(view);
		const col = (name: (typeof TRADE_CSV_COLUMNS)[number]) => TRADE_CSV_COLUMNS.indexOf(name);
		const ambassador = rows.find((r) => r[0] === '2023' && r[col('source_id')] === 'govnl-2023-yoon-state-visit');
		expect(String(ambassador?.[col('exports_source_note')])).toContain('reference year not stated');
		const dots1999 = rows.find((r) => r[0] === '1999' && r[col('source_id')] === 'imf-dots-2022');
		expect(String(dots1999?.[col('series_break')])).toContain('series break in 1999');
		const dots2000 = rows.find((r) => r[0] === '2000' && r[col('source_id')] === 'imf-dots-2022');
		expect(dots2000?.[col('series_break')]).toBeNull();
	});
});
