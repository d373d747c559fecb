import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { importBytes, parseInChunks } from './importer';
import type { ImportedFile } from './types';

const fixture = (path: string): Uint8Array => {
	const bytes = readFileSync(new URL(`./fixtures/${path}`, import.meta.url));
	return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
};

function imported(path: string): ImportedFile {
	const outcome = importBytes(fixture(path), path.split('/').pop() as string);
	if (!outcome.ok) throw new Error(outcome.refusal);
	return outcome.imported;
}

/** A row as the CSV cells of its contract file, without the source and the product columns when empty. */
const cellsOf = (r: object) =>
	Object.entries(r)
		.filter(([k, v]) => k !== 'source' && !(k.startsWith('product_') && v === ''))
		.map(([, v]) => v)
		.join(',');

describe('importBytes on each format (fixtures: SYNTHETIC, in the layout of the real downloads)', () => {
	const cases: {
		path: string;
		format: string;
		encoding: string;
		rows: string[];
		skipped?: string[];
		unmapped?: string[];
		rejected?: string[];
		countries?: Record<string, string>;
	}[] = [
		{
			path: 'comtrade-plus/TradeData_synthetic.csv',
			format: 'comtrade-plus',
			encoding: 'Windows-1252',
			rows: [
				'2021,NLD,KOR,import,6415000000.5,USD,units,CIF,not stated,,line 2',
				'2021,NLD,KOR,export,3987000000,USD,units,FOB,not stated,,line 3',
				'2021,NLD,WLD,export,800000000000,USD,units,FOB,not stated,,line 4',
				'2021,NLD,CUW,export,12345678,USD,units,FOB,not stated,,line 5',
				'2021,NLD,CIV,import,4560000000,USD,units,CIF,not stated,,line 6; fobvalue 4400000000; Comtrade legacyEstimationFlag 4; not reported by the reporter: estimated by UN Comtrade (isReported false)',
				'2021,NLD,KOR,import,1234567890,USD,units,CIF,not stated,,line 10,H6,8486,Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or wafers',
				'2022,NLD,KOR,import,7000000000,USD,units,CIF,not stated,,line 11',
				'2022,NLD,KOR,export,4100000000,USD,units,FOB,not stated,,line 12'
			],
			skipped: [
				'7: an aggregate without a code in the data contract (S19, Other Asia, nes)',
				'8: flow RX (re-exports, re-imports and processing flows are not in the contract)',
				'9: a breakdown by mode of transport (only the totals are imported)'
			],
			countries: { CUW: 'Curaçao', CIV: "Côte d'Ivoire", KOR: 'Rep. of Korea' }
		},
		{
			path: 'comtrade-legacy/comtrade_legacy_synthetic.csv',
			format: 'comtrade-legacy',
			encoding: 'UTF-8',
			rows: [
				'2015,KOR,NLD,import,5500000000,USD,units,CIF,not stated,,line 2',
				'2015,KOR,NLD,export,3100000000,USD,units,FOB,not stated,,line 3',
				'2015,KOR,WLD,export,526000000000,USD,units,FOB,not stated,,line 4',
				'2015-03,KOR,NLD,import,98765432,USD,units,CIF,not stated,,line 6; Comtrade flag 2,S2,72,Machinery specialized for particular industries'
			],
			skipped: ['5: flow 3 (re-exports, re-imports and processing flows are not in the contract)']
		},
		{
			path: 'imf/imf_matrix_synthetic.csv.gz',
			format: 'imf-matrix',
			encoding: 'UTF-8',
			rows: [
				'2019,KOR,NLD,export,4100.5,USD,millions,FOB,not stated,,line 2',
				'2019,KOR,NLD,import,6500.25,USD,millions,CIF,not stated,,line 3; IMF estimate (flag e)',
				'2019,KOR,WLD,export,542000.1,USD,millions,FOB,not stated,,line 4',
				'2019,NLD,KOR,import,6600,USD,millions,CIF,not stated,,line 5',
				'2019,NLD,HKG,export,5000.125,USD,millions,FOB,not stated,,line 6'
			],
			skipped: [
				'7: an aggregate without a code in the data contract (Advanced Economies)',
				'9: the same figure repeated (an identical row came earlier)'
			],
			unmapped: ['partner "Atlantis" line 8'],
			countries: { KOR: 'Korea, Rep. of', NLD: 'Netherlands, The', WLD: 'World' }
		},
		{
			path: 'imf/imf_portal_synthetic.csv',
			format: 'imf-portal',
			encoding: 'UTF-8',
			rows: [
				'2020,KOR,NLD,export,3987.104,USD,millions,FOB,not stated,,line 2',
				'2020-Q4,KOR,NLD,import,1700.5,USD,millions,CIF,not stated,,line 3; IMF estimate (Status E)'
			],
			skipped: ['4: indicator TBG_USD (not an export or import value in US dollars)']
		},
		{
			path: 'oecd/oecd_fdi_flow_labels_synthetic.csv',
			format: 'oecd-fdi',
			encoding: 'UTF-8',
			rows: [
				'2021,NLD,KOR,flow,1052.7,USD,millions,OECD FDI flows by counterpart, inward, reported by KOR: Directional principle: Inward, FDI financial flows - Total, Immediate counterpart, All resident units, excluding SPEs,,line 2',
				'2020,KOR,NLD,flow,914,USD,millions,OECD FDI flows by counterpart, outward, reported by KOR: Directional principle: Outward, FDI financial flows - Total, Immediate counterpart, All resident units, excluding SPEs,,line 3; estimate (OBS_STATUS E)',
				'2021,WLD,KOR,flow,22000,USD,millions,OECD FDI flows by counterpart, inward, reported by KOR: Directional principle: Inward, FDI financial flows - Total, Immediate counterpart, All resident units, excluding SPEs,,line 5',
				'2019,NLD,KOR,flow,1500000,USD,thousands,OECD FDI flows by counterpart, inward, reported by KOR: Directional principle: Inward, FDI financial flows - Total, Immediate counterpart, All resident units, excluding SPEs,,line 7'
			],
			skipped: ['6: no value'],
			rejected: [
				'line 4 "": found "2020 KOR NLD flow: -350.25", expected one figure per key: line 3 already gives 914 for this period, countries and measure',
				'line 8 "UNIT_MULT": found "2", expected a unit multiplier of 0, 3, 6 or 9'
			]
		},
		{
			path: 'oecd/oecd_fdi_pos_codes_synthetic.csv',
			format: 'oecd-fdi',
			encoding: 'UTF-8',
			rows: [
				'2021,KOR,NLD,position,21900.3,USD,millions,OECD FDI positions by counterpart, outward, reported by KOR: DO, IMC, ALL,,line 2; provisional (OBS_STATUS P)'
			],
			rejected: [
				'line 3 "": found "2021 KOR NLD position: 15000", expected one figure per key: line 2 already gives 21900.3 for this period, countries and measure'
			],
			countries: { KOR: 'South Korea', NLD: 'Netherlands' }
		},
		{
			path: 'eurostat/estat_ds-045409_synthetic.csv.gz',
			format: 'eurostat-sdmx',
			encoding: 'UTF-8',
			rows: [
				'2022,NLD,KOR,export,6100000000,EUR,units,not stated,not stated,,line 2',
				'2022,NLD,KOR,import,9800000000,EUR,units,not stated,not stated,,line 3; Eurostat flag p (provisional)',
				'2022,GRC,KOR,export,250000000,EUR,units,not stated,not stated,,line 4; Eurostat flag e (estimated)',
				'2022,EUU,KOR,import,72000000000,EUR,units,not stated,not stated,,line 5'
			],
			skipped: ['6: confidential (flag c, no value)', '7: indicator QUANTITY_IN_100KG (not a value in euros)'],
			countries: { GRC: 'Greece', EUU: 'European Union' }
		},
		{
			path: 'eurostat/estat_ext_st_eu27_2020sitc_synthetic.tsv',
			format: 'eurostat-tsv',
			encoding: 'UTF-8',
			rows: [
				'2020,NLD,KOR,export,5300.1,EUR,millions,not stated,not stated,,line 2',
				'2021,NLD,KOR,export,5800.25,EUR,millions,not stated,not stated,,line 2; Eurostat flag e (estimated)',
				'2020,NLD,KOR,import,8100,EUR,millions,not stated,not stated,,line 3',
				'2022,NLD,KOR,import,9900.5,EUR,millions,not stated,not stated,,line 3; Eurostat flag p (provisional)',
				'2020,GBR,KOR,import,4000,EUR,millions,not stated,not stated,,line 4',
				'2020,GRC,XKX,export,1.5,EUR,millions,not stated,not stated,,line 6'
			],
			skipped: [
				'2: no value (:)',
				'3: confidential (flag c, no value)',
				'5: indicator MIO_BAL_VAL (not an export or import value)'
			]
		},
		{
			path: 'wdi/API_PA.NUS.FCRF_DS2_fr_csv_v2_synthetic.csv',
			format: 'wdi-fx',
			encoding: 'UTF-8 with BOM',
			rows: [
				'1998,USD,KRW,1401.44,line 6; World Bank row Corée, République de (KOR)',
				'1999,USD,KRW,1188.82,line 6; World Bank row Corée, République de (KOR)',
				'2000,USD,KRW,1130.96,line 6; World Bank row Corée, République de (KOR)',
				'1998,USD,NLG,1.98,line 7; World Bank row Pays-Bas (NLD)',
				'1999,USD,EUR,0.939,line 9; World Bank row Zone euro (EMU)',
				'2000,USD,EUR,1.085,line 9; World Bank row Zone euro (EMU)',
				'1998,USD,IDR,1.0013E+4,line 8; World Bank row Indonésie (IDN)',
				'1999,USD,IDR,7.85529E+3,line 8; World Bank row Indonésie (IDN)',
				'2000,USD,IDR,8421.78,line 8; World Bank row Indonésie (IDN)'
			],
			skipped: [
				'7: a currency already given by another row for the same year (fx.csv holds one rate per currency pair and year)',
				'11: US dollars per US dollar (rate 1 by definition)'
			]
		},
		{
			path: 'cbs/cbs_statline_synthetic.csv',
			format: 'cbs-statline',
			encoding: 'UTF-8 with BOM',
			rows: [
				'2020,NLD,KOR,import,8100123,EUR,thousands,not stated,not stated,,line 3',
				'2020,NLD,KOR,export,5300456,EUR,thousands,not stated,not stated,,line 3',
				'2022,NLD,KOR,import,9900500,EUR,thousands,not stated,not stated,,line 4; CBS provisional (2022*)',
				'2021-Q3,NLD,DEU,import,45000000,EUR,thousands,not stated,not stated,,line 5',
				'2021-Q3,NLD,DEU,export,50000000,EUR,thousands,not stated,not stated,,line 5',
				'2021-03,NLD,CUW,import,0,EUR,thousands,not stated,not stated,,line 6; CBS "-" (nil)',
				'2021-03,NLD,CUW,export,1234.5,EUR,thousands,not stated,not stated,,line 6'
			],
			skipped: ['4: no figure (".")'],
			unmapped: ['Landen "Verweggistan" line 7'],
			countries: { KOR: 'Zuid-Korea', CUW: 'Curaçao' }
		},
		{
			path: 'kosis/kosis_trade_synthetic.csv',
			format: 'kosis',
			encoding: 'CP949 (EUC-KR)',
			rows: [
				'2020-08,KOR,NLD,export,345678,USD,thousands,not stated,not stated,,line 2',
				'2020-08,KOR,NLD,import,567890,USD,thousands,not stated,not stated,,line 2',
				'2020-09,KOR,NLD,export,400000,USD,thousands,not stated,not stated,,line 3',
				'2020-08,KOR,USA,export,6500000,USD,thousands,not stated,not stated,,line 4',
				'2020-08,KOR,USA,import,4100000,USD,thousands,not stated,not stated,,line 4',
				'2020-08,KOR,WLD,export,39000000,USD,thousands,not stated,not stated,,line 5',
				'2020-08,KOR,WLD,import,37000000,USD,thousands,not stated,not stated,,line 5'
			],
			skipped: ['3: no figure ("-" or empty)'],
			unmapped: ['국가별 "아틀란티스" line 6'],
			countries: { NLD: '네덜란드', WLD: 'World' }
		}
	];

	it.each(cases)(
		'$path',
		({ path, format, encoding, rows, skipped = [], unmapped = [], rejected = [], countries = {} }) => {
			const f = imported(path);
			expect(f.format).toBe(format);
			expect(f.encoding).toBe(encoding);
			expect([...f.trade.rows(), ...f.fdi.rows(), ...f.fx.rows()].map(cellsOf)).toEqual(rows);
			expect(f.skipped.map((s) => `${s.firstLine}: ${s.reason}`)).toEqual(skipped);
			expect(f.unmapped.map((u) => `${u.column} "${u.name}" line ${u.line}`)).toEqual(unmapped);
			expect(f.rejected.map((r) => `line ${r.line} "${r.column}": found "${r.value}", expected ${r.expected}`)).toEqual(
				rejected
			);
			for (const [code, name] of Object.entries(countries)) expect(f.countries.get(code)).toBe(name);
			expect(f.warnings).toEqual([]);
			// Every row cites the file's own source row.
			expect(new Set([...f.trade.rows(), ...f.fdi.rows(), ...f.fx.rows()].map((r) => r.source))).toEqual(
				new Set([f.source.id])
			);
		}
	);

	it('gives the English and French WDI editions the same rates', () => {
		const rates = (p: string) =>
			imported(p)
				.fx.rows()
				.map((r) => `${r.year} ${r.quote} ${r.rate}`);
		expect(rates('wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_synthetic.csv')).toEqual(
			rates('wdi/API_PA.NUS.FCRF_DS2_fr_csv_v2_synthetic.csv')
		);
		expect(imported('wdi/API_PA.NUS.FCRF_DS2_en_csv_v2_synthetic.csv').source.vintage).toBe('last updated 2024-06-28');
	});

	it('reads Comtrade+ with LF line ends the same as with CRLF', () => {
		const crlf = fixture('comtrade-plus/TradeData_synthetic.csv');
		const lf = Uint8Array.from([...crlf].filter((b) => b !== 13));
		const a = importBytes(crlf, 'x.csv');
		const b = importBytes(lf, 'x.csv');
		expect(a.ok && b.ok && b.imported.trade.rows()).toEqual(a.ok && a.imported.trade.rows());
	});

	it('reports a file that already holds replacement characters instead of passing it silently', () => {
		const text = 'reporter,partner,year,flow,value_usd_millions,flag\n"Cura\uFFFDao",World,2019,export,1,\n';
		const outcome = importBytes(new TextEncoder().encode(text), 'broken.csv');
		expect(outcome.ok && outcome.imported.warnings).toEqual([
			'broken.csv already contains replacement characters (U+FFFD) on line 2: it was converted from another encoding with losses before it reached us'
		]);
		expect(outcome.ok && outcome.imported.unmapped.map((u) => u.name)).toEqual(['Cura\uFFFDao']);
	});
});

describe('refusals: one sentence naming what the file is and what is accepted', () => {
	const accepted =
		'; accepted: UN Comtrade+ or legacy Comtrade CSV, IMF DOTS/IMTS CSV, OECD FDI by counterpart SDMX-CSV, Eurostat SDMX-CSV or TSV, World Bank WDI PA.NUS.FCRF CSV, CBS StatLine CSV or KOSIS trade CSV.';
	it.each([
		[
			'refused/garbage.png',
			'garbage.png is a binary file (it contains NUL bytes), not a CSV or TSV text file' + accepted
		],
		['refused/empty.csv', 'empty.csv is empty' + accepted],
		['refused/people.csv', 'people.csv is a table of another kind (columns name, email, age)' + accepted],
		[
			'refused/bad-bytes.csv',
			'bad-bytes.csv is neither UTF-8 nor a Windows-1252 Comtrade file nor a CP949 KOSIS file (its bytes do not decode to a known header)' +
				accepted
		],
		[
			'oecd/oecd_emissions_synthetic.csv',
			"oecd_emissions_synthetic.csv is an OECD SDMX-CSV file of the dataflow DF_AIR_GHG (Greenhouse gas emissions), which holds no trade, FDI by counterpart or exchange-rate figures (of the OECD's dataflows only DF_FDI_FLOW_CTRY and DF_FDI_POS_CTRY are read)" +
				accepted
		],
		[
			'kosis/kosis_population_synthetic.csv',
			'kosis_population_synthetic.csv is a KOSIS table without export (수출) or import (수입) value columns, such as a population table (columns 행정구역별, 시점, 총인구 (명))' +
				accepted
		],
		[
			'wdi/API_SP.POP.TOTL_synthetic.csv',
			'API_SP.POP.TOTL_synthetic.csv is a World Bank WDI download of the indicator SP.POP.TOTL (Population, total), not PA.NUS.FCRF (official exchange rate, LCU per US$), the only WDI indicator read' +
				accepted
		],
		[
			'comtrade-legacy/comtrade_legacy_edited_header.csv',
			'comtrade_legacy_edited_header.csv is a UN Comtrade legacy CSV file but it lacks the columns "Trade Flow Code", "Trade Value (US$)" and has the unrecognised columns "TradeFlow Code", "TradeValueUS".'
		]
	])('%s', (path, sentence) => {
		const outcome = importBytes(fixture(path), path.split('/').pop() as string);
		expect(outcome).toEqual({ ok: false, file: path.split('/').pop(), refusal: sentence });
	});
});

describe('parseInChunks', () => {
	// Texts longer than several chunks (64 K characters), with what a chunk's end can cut through:
	// a CRLF, a quoted field holding the delimiter, a quote or a line break, a last line without a break.
	const row = (i: number) => [`r${i}`, i % 7 === 0 ? `"q, ""${i}""\nnext"` : String(i * 1.5), i % 5 === 0 ? '' : 'x'];
	const lines = Array.from({ length: 30_000 }, (_, i) => row(i).join(','));
	const semicolons = Array.from({ length: 30_000 }, (_, i) => row(i).join(';'));
	const cases: [string, string, string][] = [
		['LF', lines.join('\n') + '\n', ','],
		['CRLF, no break at the end', lines.join('\r\n'), ','],
		['CR', lines.join('\r'), ','],
		['semicolons, CRLF', semicolons.join('\r\n') + '\r\n', ';'],
		['one line', 'a,b,c', ','],
		['empty', '', ',']
	];

	it.each(cases)('%s: the rows of Papa.parse on the whole text', (_, text, delimiter) => {
		const rows: string[][] = [];
		parseInChunks(
			text,
			delimiter,
			(chunk) => (rows.push(...chunk), true),
			() => {}
		);
		expect(rows).toEqual(Papa.parse<string[]>(text, { delimiter }).data);
	});

	it('reports progress once per megabyte and at the end, and stops when asked', () => {
		const text = 'a,b\n'.repeat(600_000);
		const done: number[] = [];
		parseInChunks(
			text,
			',',
			() => true,
			(n) => done.push(n)
		);
		expect(done).toEqual([1 << 20, 2 << 20, text.length]);
		let calls = 0;
		parseInChunks(
			text,
			',',
			() => ++calls < 3,
			() => {}
		);
		expect(calls).toBe(3);
	});
});
