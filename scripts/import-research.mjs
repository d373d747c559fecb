#!/usr/bin/env node
// Builds the bundled data files (data/*.csv and data/README.md) from the research folder
// (../shared/research/, beside the repository). Run from anywhere: `node scripts/import-research.mjs`.
//
// Rules this script enforces (see data/README.md):
// - every value is copied as the string the research CSV holds; nothing is rounded, converted,
//   estimated or filled, and a year without a figure gets no row;
// - every row names a source id that is described in data/sources.csv;
// - output is deterministic: fixed column order, rows sorted on their key, '\n' line ends, UTF-8.
// Any research row the script does not know how to place stops the run (exit 1) instead of being
// dropped silently.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const RESEARCH_DIR = new URL('../../shared/research/', import.meta.url);
const DATA_DIR = new URL('../data/', import.meta.url);

function fail(message) {
	console.error(`import-research: ${message}`);
	process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Reading and writing
// ---------------------------------------------------------------------------------------------

const researchPath = fileURLToPath(RESEARCH_DIR);
if (!existsSync(researchPath) || !statSync(researchPath).isDirectory()) {
	fail(
		`research folder not found at ${researchPath}.\n` +
			'It must sit beside the repository (../shared/research/ relative to the repo root) and hold ' +
			'kor-nld-imf-dots.csv, trade-figures.csv, fdi-figures.csv, fx-annual.csv and seed-facts.md.'
	);
}

function readResearchText(name) {
	const path = fileURLToPath(new URL(name, RESEARCH_DIR));
	if (!existsSync(path)) fail(`research file missing: ${path}`);
	// Strip a BOM if one is there: it would otherwise become part of the first column name.
	return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function readResearchCsv(name, requiredColumns) {
	const parsed = Papa.parse(readResearchText(name), { header: true, skipEmptyLines: true });
	if (parsed.errors.length > 0) {
		const first = parsed.errors
			.slice(0, 5)
			.map((e) => `row ${e.row}: ${e.message}`)
			.join('; ');
		fail(`${name}: ${parsed.errors.length} CSV parse error(s): ${first}`);
	}
	const missing = requiredColumns.filter((c) => !parsed.meta.fields.includes(c));
	if (missing.length > 0) fail(`${name}: missing column(s) ${missing.join(', ')}`);
	return parsed.data;
}

function writeCsv(name, columns, rows) {
	const csv = Papa.unparse(
		{ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
		// quotes:false = quote only cells that need it; escapeFormulae stays off so that a negative
		// value such as -214.0 is written as a number, not as the text '-214.0.
		{ quotes: false, newline: '\n', escapeFormulae: false }
	);
	writeFileSync(new URL(name, DATA_DIR), csv + '\n', 'utf8');
}

/** Sorts rows on the given columns, plain code-unit order (locale-independent, so stable everywhere). */
function sortRows(rows, keys) {
	return [...rows].sort((a, b) => {
		for (const k of keys) {
			const x = a[k] ?? '';
			const y = b[k] ?? '';
			if (x < y) return -1;
			if (x > y) return 1;
		}
		return 0;
	});
}

function assertUnique(file, rows, keys) {
	const seen = new Map();
	for (const row of rows) {
		const key = keys.map((k) => row[k]).join('|');
		if (seen.has(key)) fail(`${file}: two rows share (${keys.join(', ')}) = ${key}`);
		seen.set(key, true);
	}
}

// ---------------------------------------------------------------------------------------------
// Shared vocabulary and cell checks
// ---------------------------------------------------------------------------------------------

const COUNTRIES = [
	{ code: 'EUU', name: 'European Union' },
	{ code: 'KOR', name: 'Republic of Korea' },
	{ code: 'NLD', name: 'Netherlands' },
	{ code: 'WLD', name: 'World' }
];
const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));

const UNIT_BY_MULTIPLIER = new Map([
	[1, 'units'],
	[1e3, 'thousands'],
	[1e6, 'millions'],
	[1e9, 'billions']
]);

/** "1e6" → "millions", "1000000" → "millions"; anything else stops the run. */
function unitWord(multiplier, where) {
	const unit = UNIT_BY_MULTIPLIER.get(Number(multiplier));
	if (!unit) fail(`${where}: unknown unit multiplier "${multiplier}"`);
	return unit;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
function checkValue(value, where) {
	if (!PLAIN_DECIMAL.test(value)) fail(`${where}: value "${value}" is not a plain decimal`);
	return value;
}
function checkYear(year, where) {
	if (!/^\d{4}$/.test(year)) fail(`${where}: year "${year}" is not a four-digit year`);
	return year;
}
function checkCountry(code, where) {
	if (!COUNTRY_CODES.has(code)) fail(`${where}: country code "${code}" is not in countries.csv`);
	return code;
}

/** The research marks qualified figures in upper case in `definition` / `basis`. */
function qualifierFrom(text) {
	if (/\bLOWER BOUND\b/i.test(text)) return 'lower bound';
	if (/\bAPPROXIMATE\b/i.test(text)) return 'approximate';
	return '';
}

// ---------------------------------------------------------------------------------------------
// Sources. Publisher = the producer a reader would cite; for a press article that quotes an
// official producer, the outlet, with "quotes X" in the notes. No access dates were recorded in
// the research, so `accessed` stays empty everywhere.
// ---------------------------------------------------------------------------------------------

const NO_URL = 'No URL was recorded in the research.';

const SOURCES = {
	'imf-dots-2022': {
		title:
			"Direction of Trade Statistics (DOTS), annual goods trade by partner: country tables for 'Korea, Rep. of' (DOTS_106.xlsx) and 'Netherlands, The' (DOTS_139.xlsx)",
		publisher: 'International Monetary Fund',
		url: 'https://github.com/SamLeBlanc/Direction-of-Trade-Map/tree/a0b40afbac7cefc59a4b35c1ebe541ac546aafad/data/DOTS',
		vintage: 'Feb 2022',
		notes:
			'Goods trade in US dollars, millions (IMF conversion of national-currency data). Exports FOB, imports CIF. ' +
			"Korea sheets (reporter 'Korea, Rep. of') = Korean customs data (general trade); Korea's 2020 exports plus imports add up to the USD 10.21 bn total quoted by the Korean government. " +
			"Netherlands sheets (reporter 'Netherlands, The'): concept not stated in the file; DOTS data for EU members are generally Eurostat-based (community concept, includes quasi-transit), not verified; they are not the CBS national concept (2020 imports from Korea USD 6,414.8 mn vs EUR 4.1 bn quoted from the Dutch side). " +
			"Values copied with the precision held in the file (e.g. 6223.837). None of the Korea-Netherlands cells carries the IMF 'e' (estimate) flag. " +
			'Read from a copy of the IMF tables in the public GitHub repository SamLeBlanc/Direction-of-Trade-Map at commit a0b40afb (data committed 2022-02-02): data/DOTS/DOTS_106.xlsx (Korea) and data/DOTS/DOTS_139.xlsx (Netherlands).'
	},
	'cbs-2002-23-trade-deficit-korea': {
		title: 'Trade deficit with South Korea one billion euro',
		publisher: 'Statistics Netherlands (CBS)',
		url: 'https://www.cbs.nl/en-gb/news/2002/23/trade-deficit-with-south-korea-one-billion-euro',
		vintage: '2002 (CBS news 2002/23)',
		notes:
			'CBS national concept: total goods exports = domestic exports + re-exports, excluding quasi-transit. EUR. ' +
			'2001 imports are given only as "more than two billion euro" (a lower bound). FOB/CIF not stated.'
	},
	'eurostat-2009-eu-korea-trade-2008': {
		title:
			'EU27 deficit in trade in goods with South Korea of 14 bn euro in 2008 (news release for the EU-South Korea summit)',
		publisher: 'Eurostat',
		url: 'http://europe.xorte.com/0,3,EU27-Deficit-in-Trade-in-Goods-with-South-Korea-of-14-bn-euro-in-2008,9724.html',
		vintage: 'May 2009',
		notes:
			'Eurostat (Comext) community concept: member-state exports include quasi-transit (goods cleared through Dutch customs that never had a Dutch owner). EUR. ' +
			'Read in a reproduction of the release on europe.xorte.com, not on the Eurostat site. FOB/CIF not stated.'
	},
	'eurostat-2015-154-eu-korea-trade': {
		title: 'EU trade in goods with South Korea in surplus for a second consecutive year (news release 154/2015)',
		publisher: 'Eurostat',
		url: 'https://finchannel.com/eu-trade-in-goods-with-south-korea-in-surplus-for-a-second-consecutive-year/49125/business-2/2015/09/',
		vintage: '2015-09-11',
		notes:
			'Eurostat (Comext) community concept: member-state exports include quasi-transit. EUR. ' +
			'The Netherlands figure is followed by "partially" and the sentence is cut off in the stored copy (the qualifier refers to the quasi-transit effect). ' +
			'Read in a reproduction of the release by The Financial (finchannel.com). FOB/CIF not stated.'
	},
	'govnl-2011-50-years': {
		title: 'Fifty years of diplomatic relations with South Korea',
		publisher: 'Government of the Netherlands',
		url: 'https://www.government.nl/latest/news/2011/04/29/fifty-years-of-diplomatic-relations-with-south-korea',
		vintage: '2011-04-29',
		notes:
			'Dutch government news item, EUR. Statistical concept and FOB/CIF not stated (presumably CBS). ' +
			'Its 2010 exports (EUR 1.87 bn) are hard to reconcile with the EUR 3.4 bn for 2011 in dutchdailynews-2012-rutte-visit. ' +
			'Also gives total 2010 trade of EUR 5.11 bn (not loaded: totals are not split into flows).'
	},
	'dutchdailynews-2012-rutte-visit': {
		title: 'Dutch prime minister Mark Rutte to visit South Korea',
		publisher: 'DutchDailyNews',
		url: 'https://dutchdailynews.com/dutch-prime-minister-mark-rutte-to-visit-south-korea/',
		vintage: '2012',
		notes:
			'Relays a Dutch government press statement; EUR; statistical concept and FOB/CIF not stated. ' +
			'The import figure is phrased as "South Korean exports to the Netherlands".'
	},
	'europanu-anp-2018-cbs-exports': {
		title: 'CBS: vooral Nederlandse export naar ... (headline cut off in the stored copy; Dutch exports in 2017)',
		publisher: 'ANP (via Europa-nu.nl)',
		url: 'https://www.europa-nu.nl/id/vknh5dnjisz5/nieuws/cbs_vooral_nederlandse_export_naar?ctx=vh6ukzb3nnt0&s0e=vhdubxdwqrzw',
		vintage: '2018-04-13',
		notes:
			'Quotes CBS. Total goods exports, CBS national concept (domestic exports + re-exports, excluding quasi-transit). EUR. FOB/CIF not stated.'
	},
	'nd-2021-korea-export-boost': {
		title: 'Chips en chemie geven Zuid-Koreaanse export een boost',
		publisher: 'Nederlands Dagblad',
		url: 'https://www.nd.nl/varia/varia/1067530/chips-en-chemie-geven-zuid-koreaanse-export-een-boost',
		vintage: 'Nov 2021',
		notes:
			'Newspaper; the source of the figures is not named (presumably CBS, so presumably national concept); "totale uitvoer" includes re-exports. EUR. ' +
			'The import figure is for "vorig jaar" in an article on October 2021 Korean export data, i.e. 2020.'
	},
	'edaily-2022-motie-nl-trade': {
		title:
			'MOTIE official meets the Dutch ambassador: Korea-Netherlands trade figures (headline not captured in the stored copy)',
		publisher: 'Edaily',
		url: 'https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02492806632457496',
		vintage: '2022',
		notes:
			"Quotes MOTIE (Korea's Ministry of Trade, Industry and Energy). MOTIE trade figures are Korean customs data: general trade, exports FOB, imports CIF, transit goods excluded. " +
			'USD, rounded to 0.1 bn. Also gives total 2021 trade of USD 15.0 bn (not loaded).'
	},
	'daum-2023-12-12-kfood-nl': {
		title: "김치에 빠졌나? '반도체 나라' 네덜란드 K푸드 수출 폭증 비밀",
		publisher: 'Daum News (originating outlet not named in the stored copy)',
		url: 'https://v.daum.net/v/20231212050109228',
		vintage: '2023-12-12',
		notes:
			"Korea's exports to the Netherlands in USD. The underlying data source is not named (presumably Korean customs data, KCS/KITA: general trade, exports FOB)."
	},
	'transportonline-2022-cbs-exports': {
		title: 'Export naar Taiwan sinds 2010 verviervoudigd',
		publisher: 'Transport Online',
		url: 'https://archief.transport-online.nl/site/146840/export-naar-taiwan-sinds-2010-verviervoudigd/',
		vintage: '2022-11-01',
		notes:
			'Quotes CBS. Total goods exports, CBS national concept. EUR. nieuws.nl reported the same CBS release as "een kleine 9 miljard euro". FOB/CIF not stated.'
	},
	'govnl-2023-yoon-state-visit': {
		title: 'Netherlands receives President Yoon Suk Yeol of the Republic of Korea during state visit (weblog)',
		publisher: 'Government of the Netherlands (Ministry of Foreign Affairs weblog)',
		url: 'https://government.nl/latest/weblogs/the-work-of-the-ministry-of-foreign-affairs/2023/netherlands-receives-president-yoon-suk-yeol-of-the-republic-of-korea-during-state-visit',
		vintage: 'Dec 2023',
		notes:
			'Statement by the Dutch ambassador in Seoul: Dutch exports to Korea "around €10 billion", Korean exports to the Netherlands "around €6 billion a year". ' +
			'Approximate; the reference year is not stated (rows use the statement year, 2023); statistical concept not stated.'
	},
	'hankyung-2011-04-06-menkveld': {
		title: 'Interview with Dutch ambassador Paul Menkveld',
		publisher: 'Hankyung (The Korea Economic Daily)',
		url: 'https://www.hankyung.com/article/2011040609861',
		vintage: '2011-04-06',
		notes:
			'Korean outward FDI into the Netherlands as quoted in the interview; the series is not named (most likely Korea Eximbank overseas-investment statistics) and the basis (notification or remittance, gross or net) is not stated. ' +
			'Part of the 2010 amount was indirect investment routed through the Netherlands for resource development in third countries.'
	},
	'donga-2004-01-06-fdi': {
		title: 'Foreign Investment Fell for Fourth Year in a Row',
		publisher: 'Dong-A Ilbo (English edition)',
		url: 'https://www.donga.com/en/article/all/20040106/232759/1',
		vintage: '2004-01-06',
		notes:
			'Quotes MOCIE. FDI into Korea on the notification basis: amounts declared by investors, gross; not balance-of-payments flows, not net of disinvestment.'
	},
	'hankyung-2004-01-06-fdi': {
		title: '외국인 직접투자 97년이후 최저',
		publisher: 'Hankyung (The Korea Economic Daily)',
		url: 'https://hankyung.com/amp/2004010618121',
		vintage: '2004-01-06',
		notes: 'Quotes MOCIE. FDI into Korea on the notification basis (declared amounts, gross).'
	},
	'investkorea-yonhap-fdi-2011': {
		title: 'FDI 2011 release (Yonhap report on Invest Korea / KOTRA news)',
		publisher: 'Invest Korea (KOTRA)',
		url: 'https://ombudsman.kotra.or.kr/ik-en/bbs/i-5073/detail.do?ntt_sn=37349',
		vintage: 'release on 2011 FDI; publication date not recorded',
		notes:
			'Yonhap report quoting MKE (Ministry of Knowledge Economy). FDI into Korea on the notification basis (declared amounts, gross).'
	},
	'xinhua-2012-01-12-fdi': {
		title: 'Foreign direct investment in S.Korea grows 4.6% in 2011',
		publisher: 'Xinhua (via uaindex.net)',
		url: 'http://uaindex.net/news/13253',
		vintage: '2012-01-12',
		notes: 'Quotes MKE. FDI into Korea from EU members, notification basis (declared amounts, gross).'
	},
	'investkorea-2012-annual-report': {
		title: 'Invest KOREA Annual Report 2012',
		publisher: 'Invest KOREA (KOTRA)',
		url: 'https://issuu.com./kocis9/docs/invest_korea_annual_report_2012_eng',
		vintage: '2012 annual report',
		notes: 'Total FDI into Korea, notification basis (declared amounts, gross).'
	},
	'hankyung-2015-01-05-fdi': {
		title: 'Report on FDI into Korea in 2014 (Hankyung / WowTV; headline not recorded)',
		publisher: 'Hankyung (The Korea Economic Daily) / WowTV',
		url: 'https://www.hankyung.com/article/2015010557405',
		vintage: '2015-01-05',
		notes:
			'Quotes MOTIE. Notified (declared by investors) and arrived (money actually received, compiled through foreign-exchange banks) FDI into Korea; both gross, not net flows. "EU" includes the UK (member at the time).'
	},
	'automationworld-motie-fdi-2017': {
		title: "Report on MOTIE's 2017 FDI release (Automation World / Hello T; headline not recorded)",
		publisher: 'Automation World (Hello T)',
		url: 'https://automation-world.co.kr/news/tag_list_all.html?tag=+%EC%9C%A0%EB%9F%BD+%EC%A4%91%EC%95%99%EC%9D%80%ED%96%89',
		vintage: 'publication date not recorded',
		notes: 'Quotes MOTIE. Notified and arrived FDI into Korea (gross). "EU" includes the UK (member at the time).'
	},
	'edaily-motie-fdi-2023': {
		title: "Report on MOTIE's 2023 annual FDI release (Edaily; headline not recorded)",
		publisher: 'Edaily',
		url: 'https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=02286166638754440',
		vintage: 'publication date not shown in the stored excerpt',
		notes: 'Quotes MOTIE. Total FDI into Korea, notification basis (declared amounts, gross).'
	},
	'yonhap-2022-01-10-fdi-2021': {
		title: 'FDI pledges made to S. Korea hit all-time high in 2021',
		publisher: 'Yonhap News Agency',
		url: 'https://en.yna.co.kr/view/AEN20220110003100320',
		vintage: '2022-01-10',
		notes: 'Quotes MOTIE. Notified ("pledged") and arrived FDI into Korea, all investors (gross).'
	},
	'motie-2022-01-10-fdi-2021': {
		title: 'Foreign direct investment pledges and arrivals to Korea both score record high in 2021',
		publisher: 'Ministry of Trade, Industry and Energy (MOTIE), Republic of Korea',
		url: 'https://english.motie.go.kr/en/tp/tradeinvestrment/bbs/bbsView.do?bbs_seq_n=906&bbs_cd_n=2&view_type_v=TOPIC&&currentPage=1&search_key_n=&search_val_v=&cate_n=2',
		vintage: '2022-01-10',
		notes:
			"Notified (declared) and arrived (received) FDI into Korea, gross. MOTIE's H1-2021 release defines the EU as including the UK; the annual release does not restate the definition."
	},
	'standardbank-invest-korea': {
		title: 'South Korea: Investing in South Korea',
		publisher: 'Standard Bank Trade Club',
		url: 'https://www.tradeclub.standardbank.com/portal/en/market-potential/south-korea/investment',
		vintage: 'publication date not recorded',
		notes:
			'Bank market guide summarising MOTIE figures. FDI into Korea from the EU27 (the UK shown separately), notification basis.'
	},
	'unctad-bilateral-fdi-kor': {
		title:
			'Bilateral FDI Statistics, Republic of Korea, Table 1: FDI flows in the host economy, by geographical origin (millions of US dollars), 2001-2012',
		publisher: 'United Nations Conference on Trade and Development (UNCTAD)',
		url: 'https://github.com/desmarais-lab/FDI_IGERT_H/blob/f4fd9cb94ba9ae74be131008ac125ba280a4aadb/Cleaning%20Code/FDI%20Raw%20Data/KOR.csv',
		vintage: 'publication date not recorded; table covers 2001-2012',
		notes:
			'Net FDI flows into Korea by origin, USD millions, "based on data from the Ministry of Trade, Industry & Energy (MOTIE) and the Bank of Korea". ' +
			'Net flows can be negative (net disinvestment); the table prints minus as "--" (e.g. "-- 214"), and the EU member rows add up to the EU total with these signs. ' +
			'Not comparable with MOTIE notified/arrived gross figures. EU membership differs across the years. ' +
			'Read from a copy of the UNCTAD table in the public GitHub repository desmarais-lab/FDI_IGERT_H at commit f4fd9cb.'
	},
	'dashboard-dots-break-analysis': {
		title: "Series break in the Netherlands' IMF DOTS figures, 1999: analysis of the whole DOTS matrix",
		publisher: "This dashboard's own analysis (scripts/dots-break-evidence.mjs)",
		url: '',
		vintage: 'IMF DOTS, Feb 2022 vintage (the whole matrix, 1960-2020)',
		notes:
			"Computed by scripts/dots-break-evidence.mjs from ../shared/datasets/imf-dots-annual-1960-2020.csv.gz: the reporter's own change against its partners' mirror figures across the break year. " +
			'Not an IMF statement: IMF does not flag the break in this file. ' +
			NO_URL
	},
	'etoday-2025-02-20-motie-nl': {
		title:
			"유럽 2위 교역국 네덜란드와 공급망 협력 강화 (Supply-chain cooperation with the Netherlands, Europe's 2nd trading partner)",
		publisher: 'eToday (reporting Ministry of Trade, Industry and Energy (MOTIE) press material)',
		url: 'https://www.etoday.co.kr/news/view/2446763',
		vintage: '2025-02-20',
		notes:
			'Quotes MOTIE. 2024 total goods trade Korea-Netherlands (exports + imports, Korean customs basis; no split by flow): USD 14.98 bn; the Netherlands is the 2nd-largest trading partner among EU members. ' +
			'Cumulative FDI from the Netherlands, notified basis, to September 2024: USD 39.9 bn (largest investor): a stock of notifications, not a position.'
	},
	'imaeil-2025-12-05-yeo-han-koo-nl': {
		title: "Trade Minister Yeo Han-koo's visit to the Netherlands (Maeil Shinmun)",
		publisher: 'Maeil Shinmun',
		url: 'https://m.imaeil.com/page/view/2025120513162619453',
		vintage: '2025-12-05',
		notes: 'Press report of the visit of 3-4 December 2025.'
	},
	'nocutnews-2025-12-05-yeo-han-koo-nl': {
		title: '통상교섭본부장 네덜란드 경제부 장관 면담 (Trade Minister meets the Dutch Minister of Economic Affairs)',
		publisher: 'Nocut News',
		url: 'https://m.nocutnews.co.kr/news/6438953',
		vintage: '2025-12-05',
		notes:
			'Press report of the visit of 3-4 December 2025 (Port of Rotterdam, Prodrive, INGKA Investment; meeting with Vincent Karremans).'
	},
	'wb-wdi-pa-nus-fcrf': {
		title: 'World Development Indicators: Official exchange rate (LCU per US$, period average), PA.NUS.FCRF',
		publisher: 'World Bank (source: IMF International Financial Statistics)',
		url: 'https://github.com/datasets/world-development-indicators/blob/4ebec5a2273f531ba238a34dbe440394dc5a6c4b/indicators/pa.nus.fcrf/data.csv',
		vintage: '2026-07-01 update (datasets/world-development-indicators commit 4ebec5a)',
		notes:
			'Annual averages (of monthly averages) of the official or legally sanctioned market rate, local currency units per US dollar. ' +
			"Rows used: 'Korea, Rep.' (won per dollar), 'Euro area' (euros per dollar, 1999 on; equal to 1 / the ECB annual average reference rate where checked, 2010-2016) and 'Netherlands' 1960-1998 (guilders per dollar, not converted to euro). " +
			'World Bank revises past years between vintages (e.g. KRW 1998: 1401.44 in the 2018 vintage, 1403.18 in this one). ' +
			'Read from the automated mirror of api.worldbank.org in the public GitHub repository datasets/world-development-indicators.'
	},
	'hcss-2025-rok-nl': {
		title: 'Connecting Continents, Securing Futures: The ROK-NL Partnership Amid Global Shifts',
		publisher: 'The Hague Centre for Strategic Studies (HCSS)',
		url: '',
		vintage: 'July 2025',
		notes:
			'Position paper by F. De Cuyper, B. Girardi and J. Ebrard. Table 1 "The ROK-NL Partnership: Facts and Figures": trade figures cite Trading Economics (June 2025), FDI figures cite World Bank Open Data and Santander Trade, the machinery figure cites OEC. ' +
			'Its figures are quoted claims, not measurements (see claims.csv); the research could not verify them, and the USD 564 million figure for Korean imports from the Netherlands contradicts every other source. ' +
			NO_URL
	},
	'joint-statement-2022': {
		title:
			'Joint Statement on the Establishment of a Strategic Partnership between the Government of the Republic of Korea and the Government of the Kingdom of the Netherlands',
		publisher: 'Government of the Republic of Korea and Government of the Kingdom of the Netherlands',
		url: '',
		vintage: '2022-11-17 (Seoul)',
		notes: `Government joint statement; source of dated events only. ${NO_URL}`
	}
};

/** Research `source_url` → source id, for trade-figures.csv and fdi-figures.csv. */
const SOURCE_BY_URL = new Map(
	Object.entries(SOURCES)
		.filter(([, s]) => s.url !== '')
		.map(([id, s]) => [s.url, id])
);

function sourceIdForUrl(url, where) {
	const id = SOURCE_BY_URL.get(url);
	if (!id) fail(`${where}: no source id for URL ${url}`);
	return id;
}

// ---------------------------------------------------------------------------------------------
// trade.csv
// ---------------------------------------------------------------------------------------------

const TRADE_COLUMNS = [
	'period',
	'reporter',
	'partner',
	'flow',
	'value',
	'currency',
	'unit',
	'valuation',
	'concept',
	'qualifier',
	'source',
	'note'
];
const TRADE_KEY = ['period', 'reporter', 'partner', 'flow', 'source'];

const DOTS_FILE = 'kor-nld-imf-dots.csv';
const dotsRows = readResearchCsv(DOTS_FILE, [
	'year',
	'reporter',
	'partner',
	'flow',
	'value_usd_millions',
	'basis',
	'source'
]);

const trade = dotsRows.map((r, i) => {
	const where = `${DOTS_FILE} line ${i + 2}`;
	if (!/Direction of Trade Statistics/.test(r.source) || !/Feb 2022/.test(r.source)) {
		fail(`${where}: unexpected source "${r.source}"`);
	}
	if (r.basis !== 'FOB' && r.basis !== 'CIF') fail(`${where}: basis "${r.basis}" is neither FOB nor CIF`);
	if (r.flow !== 'export' && r.flow !== 'import') fail(`${where}: flow "${r.flow}"`);
	return {
		period: checkYear(r.year, where),
		reporter: checkCountry(r.reporter, where),
		partner: checkCountry(r.partner, where),
		flow: r.flow,
		value: checkValue(r.value_usd_millions, where),
		currency: 'USD',
		unit: 'millions',
		valuation: r.basis,
		// Korea's DOTS sheets are Korean customs data (general trade). The Netherlands' concept is
		// not stated in the file: the source notes say what it probably is.
		concept: r.reporter === 'KOR' ? 'general' : 'not stated',
		qualifier: '',
		source: 'imf-dots-2022',
		note: ''
	};
});
if (trade.length !== 484) fail(`${DOTS_FILE}: expected 484 rows, found ${trade.length}`);

// Every non-DOTS row of trade-figures.csv, keyed source|year|reporter|partner|flow. The research
// `definition` text decides these; where it only presumes a concept, concept is 'not stated' and
// the presumption goes into the note. Valuation is FOB/CIF only where the producer's definition
// says so (MOTIE = Korean customs: exports FOB, imports CIF).
const TRADE_FIGURE_ROWS = {
	'cbs-2002-23-trade-deficit-korea|2001|NLD|KOR|export': { valuation: 'not stated', concept: 'national', note: '' },
	'cbs-2002-23-trade-deficit-korea|2001|NLD|KOR|import': {
		valuation: 'not stated',
		concept: 'national',
		note: 'source says "more than two billion euro"'
	},
	'eurostat-2009-eu-korea-trade-2008|2008|NLD|KOR|export': { valuation: 'not stated', concept: 'community', note: '' },
	'govnl-2011-50-years|2010|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'presumably CBS (presumed national concept); low next to other sources for 2010-2011'
	},
	'govnl-2011-50-years|2010|NLD|KOR|import': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'presumably CBS (presumed national concept)'
	},
	'dutchdailynews-2012-rutte-visit|2011|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'Dutch government statement; inconsistent with EUR 1.87 bn for 2010 (govnl-2011-50-years): treat with caution'
	},
	'dutchdailynews-2012-rutte-visit|2011|NLD|KOR|import': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'phrased as "South Korean exports to the Netherlands" in a Dutch government statement; recorded as Dutch imports from Korea'
	},
	'eurostat-2015-154-eu-korea-trade|2014|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'community',
		note: 'followed by "partially" in the source; sentence cut off in the stored copy'
	},
	'europanu-anp-2018-cbs-exports|2017|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'national',
		note: 'CBS figure reported by ANP; up 53% on 2016, attributed to chip machines'
	},
	'nd-2021-korea-export-boost|2020|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'source not named, presumably CBS (presumed national concept); "totale uitvoer" includes re-exports'
	},
	'nd-2021-korea-export-boost|2020|NLD|KOR|import': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'source not named, presumably CBS (presumed national concept); year given as "vorig jaar" in a Nov 2021 article'
	},
	'edaily-2022-motie-nl-trade|2021|KOR|NLD|export': {
		valuation: 'FOB',
		concept: 'general',
		note: 'MOTIE figure (Korean customs data) quoted by Edaily; rounded'
	},
	'edaily-2022-motie-nl-trade|2021|KOR|NLD|import': {
		valuation: 'CIF',
		concept: 'general',
		note: 'MOTIE figure (Korean customs data) quoted by Edaily; rounded'
	},
	'daum-2023-12-12-kfood-nl|2021|KOR|NLD|export': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'underlying source not named; presumably Korean customs data (presumed general trade, FOB)'
	},
	'daum-2023-12-12-kfood-nl|2022|KOR|NLD|export': {
		valuation: 'not stated',
		concept: 'not stated',
		note: 'underlying source not named; presumably Korean customs data (presumed general trade, FOB); described as a record high'
	},
	'transportonline-2022-cbs-exports|2021|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'national',
		note: 'CBS figure; nieuws.nl reported the same release as "een kleine 9 miljard euro"'
	},
	'govnl-2023-yoon-state-visit|2023|NLD|KOR|export': {
		valuation: 'not stated',
		concept: 'not stated',
		note: '"around €10 billion" a year, said by the Dutch ambassador; reference year not stated; year = statement year (Dec 2023)'
	},
	'govnl-2023-yoon-state-visit|2023|NLD|KOR|import': {
		valuation: 'not stated',
		concept: 'not stated',
		note: '"around €6 billion a year", phrased as Korean exports to the Netherlands; reference year not stated; year = statement year (Dec 2023)'
	}
};

const TRADE_FIGURES_FILE = 'trade-figures.csv';
const tradeFigureRows = readResearchCsv(TRADE_FIGURES_FILE, [
	'year',
	'reporter',
	'partner',
	'flow',
	'value',
	'currency',
	'unit_multiplier',
	'definition',
	'source_title',
	'source_url',
	'quote'
]);
const dotsByKey = new Map(trade.map((r) => [`${r.period}|${r.reporter}|${r.partner}|${r.flow}`, r]));
const usedTradeFigureKeys = new Set();
let dotsDuplicatesSkipped = 0;

tradeFigureRows.forEach((r, i) => {
	const where = `${TRADE_FIGURES_FILE} line ${i + 2}`;
	if (r.source_url.includes('SamLeBlanc/Direction-of-Trade-Map')) {
		// Same IMF DOTS figures as kor-nld-imf-dots.csv (the research says so): loaded once, from there.
		// Check that they really are the same figures (trade-figures.csv rounds to 3 decimals).
		const twin = dotsByKey.get(`${r.year}|${r.reporter}|${r.partner}|${r.flow}`);
		if (!twin) fail(`${where}: DOTS row has no counterpart in ${DOTS_FILE}`);
		if (
			r.currency !== 'USD' ||
			Number(r.unit_multiplier) !== 1e6 ||
			Math.abs(Number(twin.value) - Number(r.value)) > 0.0006
		) {
			fail(`${where}: DOTS row ${r.value} ${r.currency} differs from ${DOTS_FILE} value ${twin.value}`);
		}
		dotsDuplicatesSkipped++;
		return;
	}
	const source = sourceIdForUrl(r.source_url, where);
	const key = `${source}|${r.year}|${r.reporter}|${r.partner}|${r.flow}`;
	const labels = TRADE_FIGURE_ROWS[key];
	if (!labels) fail(`${where}: no valuation/concept labels for ${key}`);
	if (usedTradeFigureKeys.has(key)) fail(`${where}: ${key} appears twice`);
	usedTradeFigureKeys.add(key);
	trade.push({
		period: checkYear(r.year, where),
		reporter: checkCountry(r.reporter, where),
		partner: checkCountry(r.partner, where),
		flow: r.flow,
		value: checkValue(r.value, where),
		currency: r.currency,
		unit: unitWord(r.unit_multiplier, where),
		valuation: labels.valuation,
		concept: labels.concept,
		qualifier: qualifierFrom(r.definition),
		source,
		note: labels.note
	});
});
const unusedLabels = Object.keys(TRADE_FIGURE_ROWS).filter((k) => !usedTradeFigureKeys.has(k));
if (unusedLabels.length > 0) fail(`${TRADE_FIGURES_FILE}: expected rows not found: ${unusedLabels.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// fdi.csv (annual rows only)
// ---------------------------------------------------------------------------------------------

const FDI_COLUMNS = [
	'period',
	'investor',
	'host',
	'measure',
	'value',
	'currency',
	'unit',
	'basis',
	'qualifier',
	'source',
	'note'
];
const FDI_KEY = ['period', 'investor', 'host', 'measure', 'source'];
const FDI_MEASURES = new Set(['flow', 'position', 'notified', 'arrived']);

const EU_WITH_UK_2021 =
	"MOTIE's 'EU' includes the UK (as defined in its H1-2021 release; the annual release does not restate it)";
/** Notes for single FDI rows, keyed source|year|investor|measure. */
const FDI_NOTES = {
	'hankyung-2011-04-06-menkveld|2010|KOR|flow':
		'part was indirect (pass-through) investment via the Netherlands for resource development in third countries',
	'donga-2004-01-06-fdi|2003|EUU|notified': 'EU membership as of 2003',
	'xinhua-2012-01-12-fdi|2011|EUU|notified': 'EU members in 2011 (includes the UK)',
	'hankyung-2015-01-05-fdi|2014|EUU|notified': 'EU including the UK (member at the time)',
	'automationworld-motie-fdi-2017|2017|EUU|notified': 'EU including the UK (member at the time)',
	'motie-2022-01-10-fdi-2021|2021|EUU|notified': EU_WITH_UK_2021,
	'motie-2022-01-10-fdi-2021|2021|EUU|arrived': EU_WITH_UK_2021,
	'standardbank-invest-korea|2023|EUU|notified':
		'EU27; the UK is shown separately (as summarised by a bank market guide)'
};
const usedFdiNotes = new Set();

const WHO = { WLD: 'all investors', EUU: 'from the EU' };

/** A short plain-English description of the series a research FDI row belongs to. */
function fdiBasis(r, source, where) {
	if (source === 'unctad-bilateral-fdi-kor') {
		if (r.investor === 'WLD' || r.investor === 'EUU') {
			return `CONTEXT: UNCTAD net FDI flow into Korea, ${WHO[r.investor]} (negative = net disinvestment)`;
		}
		return 'UNCTAD net FDI flow into Korea by geographical origin (negative = net disinvestment)';
	}
	if (r.basis.startsWith('CONTEXT')) {
		if (!WHO[r.investor]) fail(`${where}: CONTEXT row with investor ${r.investor}`);
		const ministry = r.basis.match(/\b(MOCIE|MKE|MOTIE)\b/)?.[1];
		const by = ministry ?? (source === 'investkorea-2012-annual-report' ? 'Invest KOREA' : '');
		if (!by) fail(`${where}: cannot tell which Korean body compiled "${r.basis}"`);
		return `CONTEXT: ${by} ${r.measure} FDI into Korea, ${WHO[r.investor]} (gross, not bilateral)`;
	}
	if (r.investor === 'KOR' && r.host === 'NLD' && r.measure === 'flow') {
		return 'Korean outward FDI into the Netherlands; series not named (most likely Korea Eximbank); notification or remittance basis not stated';
	}
	fail(`${where}: no basis description for "${r.basis}"`);
}

const FDI_FILE = 'fdi-figures.csv';
const fdiRows = readResearchCsv(FDI_FILE, [
	'year',
	'investor',
	'host',
	'measure',
	'value',
	'currency',
	'unit_multiplier',
	'basis',
	'source_title',
	'source_url',
	'quote'
]);
const fdi = [];
const fdiDropped = [];
fdiRows.forEach((r, i) => {
	const where = `${FDI_FILE} line ${i + 2}`;
	// Cumulative and part-year figures are not annual values: they stay in the research.
	if (r.basis.startsWith('CUMULATIVE') || r.basis.startsWith('PARTIAL-YEAR')) {
		fdiDropped.push(`${r.year} ${r.investor}->${r.host} ${r.measure} ${r.value}: ${r.basis.split(':')[0]}`);
		return;
	}
	if (!FDI_MEASURES.has(r.measure)) fail(`${where}: measure "${r.measure}"`);
	const source = sourceIdForUrl(r.source_url, where);
	const noteKey = `${source}|${r.year}|${r.investor}|${r.measure}`;
	if (FDI_NOTES[noteKey] !== undefined) usedFdiNotes.add(noteKey);
	fdi.push({
		period: checkYear(r.year, where),
		investor: checkCountry(r.investor, where),
		host: checkCountry(r.host, where),
		measure: r.measure,
		value: checkValue(r.value, where),
		currency: r.currency,
		unit: unitWord(r.unit_multiplier, where),
		basis: fdiBasis(r, source, where),
		qualifier: qualifierFrom(r.basis),
		source,
		note: FDI_NOTES[noteKey] ?? ''
	});
});
const unusedFdiNotes = Object.keys(FDI_NOTES).filter((k) => !usedFdiNotes.has(k));
if (unusedFdiNotes.length > 0) fail(`${FDI_FILE}: notes for rows not found: ${unusedFdiNotes.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// events.csv (seed-facts.md, "Dated events")
// ---------------------------------------------------------------------------------------------

const SEED_FILE = 'seed-facts.md';
const seedText = readResearchText(SEED_FILE);
const SEED_SOURCE_LETTERS = { A: 'hcss-2025-rok-nl', B: 'joint-statement-2022' };

/** Titles and one-sentence descriptions, keyed by the date as written in seed-facts.md. */
const EVENT_TEXT = {
	1961: [
		'Diplomatic relations established',
		'The Republic of Korea and the Netherlands established diplomatic relations.'
	],
	1966: [
		'KOTRA opens its first European office, in Amsterdam',
		'KOTRA opened its first European office, in Amsterdam.'
	],
	2016: [
		'Comprehensive and Future-oriented Partnership',
		'A "Comprehensive and Future-oriented Partnership" was established during Prime Minister Rutte\'s official visit to the ROK.'
	],
	'2022-10-18': [
		'Joint Economic Committee: semiconductors, hydrogen',
		'The Joint Economic Committee agreed to strengthen collaboration in semiconductors, economic security and hydrogen.'
	],
	'2022-11-17': [
		'Strategic Partnership established',
		'The Strategic Partnership between the two countries was established at the Yoon-Rutte summit in Seoul.'
	],
	'2023-02': [
		'REAIM summit co-hosted in The Hague',
		'The two countries co-hosted the Summit on Responsible AI in the Military Domain (REAIM) in The Hague.'
	],
	2023: [
		'Dutch Coalition for Defence & Security in the ROK',
		'The Dutch Coalition for Defence & Security in the ROK was established.'
	],
	'2023-12-13': [
		'State visit of President Yoon to the Netherlands',
		'President Yoon\'s state visit to the Netherlands brought a joint statement, the announcement of a "semiconductor alliance" and a defence MoU.'
	],
	'2024-05-31': [
		'First bilateral ROK-NL security consultation',
		'The first bilateral ROK-NL security consultation was held in Seoul.'
	],
	'2024-09-09': ['Second REAIM summit, Seoul', 'The second REAIM summit was held in Seoul on 9-10 September 2024.'],
	'2024-11-07': [
		'UN resolution on AI in the military domain adopted',
		'A UN resolution on AI in the military domain, co-submitted by the two countries, was adopted.'
	],
	'2025-04-23': [
		'Inaugural ROK-NL Forum',
		'The inaugural ROK-NL Forum, organised by HCSS and the Korea Foundation, took place.'
	]
};

function parseSeedEvents(text) {
	const section = text.split(/^## Dated events.*$/m)[1];
	if (section === undefined) fail(`${SEED_FILE}: section "## Dated events" not found`);
	const rows = section
		.split('\n')
		.filter((line) => line.startsWith('|'))
		.map((line) =>
			line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim())
		)
		.filter((cells) => cells[0] !== 'date' && !/^-+$/.test(cells[0]));
	return rows.map(([date, event, letters]) => {
		if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) fail(`${SEED_FILE}: event date "${date}"`);
		const text = EVENT_TEXT[date];
		if (!text) fail(`${SEED_FILE}: no title/description for event ${date} "${event}"`);
		const source = letters
			.split(',')
			.map((l) => SEED_SOURCE_LETTERS[l.trim()] ?? fail(`${SEED_FILE}: unknown source letter "${l}"`))
			.join(';');
		const [title, description] = text;
		if (title.length > 60) fail(`event ${date}: title longer than 60 characters`);
		return { date, title, description, source };
	});
}
const events = parseSeedEvents(seedText);
if (events.length !== Object.keys(EVENT_TEXT).length) {
	fail(`${SEED_FILE}: ${events.length} events found, ${Object.keys(EVENT_TEXT).length} expected`);
}

// ---------------------------------------------------------------------------------------------
// claims.csv (seed-facts.md, Table 1 figures). `seed` is the table line the claim comes from; the
// run stops if seed-facts.md no longer contains it, so a claim cannot drift from its document.
// ---------------------------------------------------------------------------------------------

const CLAIM_COLUMNS = [
	'id',
	'period',
	'topic',
	'subject',
	'partner',
	'flow',
	'value',
	'currency',
	'unit',
	'qualifier',
	'claimant',
	'source',
	'statement',
	'product'
];
const HCSS = 'HCSS position paper (De Cuyper, Girardi, Ebrard), July 2025, Table 1';
const CLAIMANT_TE = `${HCSS}, citing Trading Economics, June 2025`;
const CLAIMANT_FDI = `${HCSS}; its FDI figures cite World Bank Open Data and Santander Trade`;
const CLAIMANT_OEC = `${HCSS}, citing OEC`;

const CLAIMS = [
	{
		seed: '| Dutch exports to the ROK | USD 10.2 billion | 2024 |',
		row: {
			id: 'hcss-2024-nld-exports-to-kor',
			period: '2024',
			topic: 'trade',
			subject: 'NLD',
			partner: 'KOR',
			flow: 'export',
			value: '10.2',
			currency: 'USD',
			unit: 'billions',
			qualifier: '',
			claimant: CLAIMANT_TE,
			statement: 'Dutch exports to the ROK: USD 10.2 billion (2024).'
		}
	},
	{
		seed: '| Korean exports to the Netherlands | USD 6.78 billion | 2024 |',
		row: {
			id: 'hcss-2024-kor-exports-to-nld',
			period: '2024',
			topic: 'trade',
			subject: 'KOR',
			partner: 'NLD',
			flow: 'export',
			value: '6.78',
			currency: 'USD',
			unit: 'billions',
			qualifier: '',
			claimant: CLAIMANT_TE,
			statement: 'Korean exports to the Netherlands: USD 6.78 billion (2024).'
		}
	},
	{
		seed: '| Dutch imports from the ROK | USD 5.07 billion | 2024 |',
		row: {
			id: 'hcss-2024-nld-imports-from-kor',
			period: '2024',
			topic: 'trade',
			subject: 'NLD',
			partner: 'KOR',
			flow: 'import',
			value: '5.07',
			currency: 'USD',
			unit: 'billions',
			qualifier: '',
			claimant: CLAIMANT_TE,
			statement: 'Dutch imports from the ROK: USD 5.07 billion (2024).'
		}
	},
	{
		seed: '| Korean imports from the Netherlands | USD 564 million | 2024 |',
		row: {
			id: 'hcss-2024-kor-imports-from-nld',
			period: '2024',
			topic: 'trade',
			subject: 'KOR',
			partner: 'NLD',
			flow: 'import',
			value: '564',
			currency: 'USD',
			unit: 'millions',
			qualifier: '',
			claimant: CLAIMANT_TE,
			statement: 'Korean imports from the Netherlands: USD 564 million (2024).'
		}
	},
	{
		seed: '| ROK investment (FDI) in the Netherlands | USD 289 million | 2023 |',
		row: {
			id: 'hcss-2023-kor-fdi-in-nld',
			period: '2023',
			topic: 'fdi',
			subject: 'KOR',
			partner: 'NLD',
			flow: 'flow',
			value: '289',
			currency: 'USD',
			unit: 'millions',
			qualifier: '',
			claimant: CLAIMANT_FDI,
			statement: 'ROK investment (FDI) in the Netherlands: USD 289 million (2023).'
		}
	},
	{
		seed: '| ROK investment in the Netherlands, peak | USD 914 million | 2021 |',
		row: {
			id: 'hcss-2021-kor-fdi-in-nld-peak',
			period: '2021',
			topic: 'fdi',
			subject: 'KOR',
			partner: 'NLD',
			flow: 'flow',
			value: '914',
			currency: 'USD',
			unit: 'millions',
			qualifier: '',
			claimant: CLAIMANT_FDI,
			statement: 'ROK investment in the Netherlands peaked at USD 914 million (2021).'
		}
	},
	{
		seed: '| Netherlands exports of machinery to the ROK, "mainly semiconductor-related" (OEC) | over USD 6 billion | 2023 |',
		row: {
			id: 'hcss-2023-nld-machinery-exports-to-kor',
			period: '2023',
			topic: 'trade',
			subject: 'NLD',
			partner: 'KOR',
			flow: 'export',
			value: '6',
			currency: 'USD',
			unit: 'billions',
			qualifier: 'lower bound',
			claimant: CLAIMANT_OEC,
			// A product subset: never drawn or compared as all goods.
			product: 'machinery ("mainly semiconductor-related", per OEC)',
			statement:
				'Netherlands exports of machinery (only) to the ROK, "mainly semiconductor-related": over USD 6 billion (2023), per OEC.'
		}
	}
];
const claims = CLAIMS.map(({ seed, row }) => {
	if (!seedText.includes(seed)) fail(`${SEED_FILE}: claim line not found: ${seed}`);
	checkValue(row.value, `claim ${row.id}`);
	return { product: '', ...row, source: 'hcss-2025-rok-nl' };
});

// ---------------------------------------------------------------------------------------------
// additions-2026-11.csv: a trade total and a cumulative FDI notification stock (totals.csv, never
// split into flows or drawn as one), and two events (events.csv).
// ---------------------------------------------------------------------------------------------

const ADDITIONS_FILE = 'additions-2026-11.csv';
const additionRows = readResearchCsv(ADDITIONS_FILE, [
	'kind',
	'period',
	'subject',
	'partner',
	'measure',
	'value',
	'currency',
	'unit',
	'basis',
	'url',
	'quote'
]);
/** What each kind of total is in totals.csv, and the ranking the same sentence states. */
const TOTAL_KINDS = {
	trade_total: { measure: 'trade total', id: 'trade-total' },
	fdi_cumulative: { measure: 'cumulative notified FDI', id: 'fdi-cumulative-notified' }
};
/** The ranking each addition's source states beside its figure (additions-2026-11.md). */
const ADDITION_NOTES = {
	'trade_total|2024': "The source ranks the Netherlands as Korea's 2nd-largest trading partner among EU members.",
	'fdi_cumulative|2024-09':
		"A stock of notifications, not a position; the source ranks the Netherlands as Korea's largest investor (1st) on this basis."
};
const ADDITION_EVENTS = {
	'2025-02-20': [
		'Trade ministers meet in Seoul (Ahn Duk-geun, Dirk Beljaarts)',
		"Korea's Minister of Trade, Industry and Energy Ahn Duk-geun met Dutch Minister of Economic Affairs Dirk Beljaarts in Seoul on supply chains, economic security and semiconductors."
	],
	'2025-12-03': [
		'Trade Minister Yeo Han-koo visits the Netherlands',
		"Korea's Trade Minister Yeo Han-koo visited the Netherlands and met Minister of Economic Affairs Vincent Karremans on semiconductors, critical minerals, batteries and the investment screening of Nexperia."
	]
};
/** Sources of an event beyond the one URL the CSV row holds (additions-2026-11.md names both outlets). */
const ADDITION_EXTRA_SOURCES = { '2025-12-03': ['imaeil-2025-12-05-yeo-han-koo-nl'] };
const totals = [];
additionRows.forEach((r, i) => {
	const where = `${ADDITIONS_FILE} line ${i + 2}`;
	const source = sourceIdForUrl(r.url, where);
	if (r.kind === 'event') {
		const text = ADDITION_EVENTS[r.period] ?? fail(`${where}: no title/description for event ${r.period}`);
		if (text[0].length > 60) fail(`event ${r.period}: title longer than 60 characters`);
		events.push({
			date: r.period,
			title: text[0],
			description: text[1],
			source: [source, ...(ADDITION_EXTRA_SOURCES[r.period] ?? [])].join(';')
		});
		return;
	}
	const kind = TOTAL_KINDS[r.kind] ?? fail(`${where}: unknown kind "${r.kind}"`);
	if (!/^\d{4}(-\d{2})?$/.test(r.period)) fail(`${where}: period "${r.period}"`);
	totals.push({
		id: `${kind.id}-${r.subject.toLowerCase()}-${r.partner.toLowerCase()}-${r.period}`,
		period: r.period,
		subject: checkCountry(r.subject, where),
		partner: checkCountry(r.partner, where),
		measure: kind.measure,
		value: checkValue(r.value, where),
		currency: r.currency,
		unit: r.unit,
		basis: r.basis,
		qualifier: '',
		source,
		note: ADDITION_NOTES[`${r.kind}|${r.period}`] ?? fail(`${where}: no note for ${r.kind} ${r.period}`)
	});
});
const TOTAL_COLUMNS = [
	'id',
	'period',
	'subject',
	'partner',
	'measure',
	'value',
	'currency',
	'unit',
	'basis',
	'qualifier',
	'source',
	'note'
];

// ---------------------------------------------------------------------------------------------
// statements.csv: the numeric statements of seed-facts.md that are not a value of one flow
// (shares and rankings), each with what tests it: a share is computed from fdi.csv's own rows of
// the same year and measure; a ranking names the totals.csv rows whose source states a ranking.
// ---------------------------------------------------------------------------------------------

const STATEMENT_COLUMNS = [
	'id',
	'period',
	'kind',
	'subject',
	'whole',
	'partner',
	'value',
	'among',
	'evidence',
	'claimant',
	'source',
	'statement'
];
const SHARE_LINE = "| EU share of the ROK's (inward) FDI; NL share of that | 37%; 33% | 2021 |";
const RANKINGS_LINE =
	"Rankings stated: the Netherlands is the ROK's second-largest trading partner in Europe (EU); the ROK\nis the Netherlands' third-largest trading partner in Asia (after China and Japan); the Netherlands is\nthe ROK's largest EU investor.";
const STATEMENTS = [
	{
		seed: SHARE_LINE,
		row: {
			id: 'hcss-2021-eu-share-of-kor-fdi',
			period: '2021',
			kind: 'share',
			subject: 'EUU',
			whole: 'WLD',
			partner: 'KOR',
			value: '37',
			among: '',
			evidence: '',
			statement: "37% of the ROK's (inward) FDI came from the EU in 2021."
		}
	},
	{
		seed: SHARE_LINE,
		row: {
			id: 'hcss-2021-nld-share-of-eu-fdi-in-kor',
			period: '2021',
			kind: 'share',
			subject: 'NLD',
			whole: 'EUU',
			partner: 'KOR',
			value: '33',
			among: '',
			evidence: '',
			statement: "The Netherlands accounted for 33% of the EU's FDI into the ROK in 2021."
		}
	},
	{
		seed: RANKINGS_LINE,
		row: {
			id: 'hcss-nld-rank-kor-trade-partner-eu',
			period: '',
			kind: 'ranking',
			subject: 'NLD',
			whole: '',
			partner: 'KOR',
			value: '2',
			among: "the ROK's trading partners in Europe (EU)",
			evidence: 'trade-total-kor-nld-2024',
			statement: "The Netherlands is the ROK's second-largest trading partner in Europe (EU)."
		}
	},
	{
		seed: RANKINGS_LINE,
		row: {
			id: 'hcss-kor-rank-nld-trade-partner-asia',
			period: '',
			kind: 'ranking',
			subject: 'KOR',
			whole: '',
			partner: 'NLD',
			value: '3',
			among: "the Netherlands' trading partners in Asia (after China and Japan)",
			evidence: '',
			statement: "The ROK is the Netherlands' third-largest trading partner in Asia, after China and Japan."
		}
	},
	{
		seed: RANKINGS_LINE,
		row: {
			id: 'hcss-nld-rank-kor-investor-eu',
			period: '',
			kind: 'ranking',
			subject: 'NLD',
			whole: '',
			partner: 'KOR',
			value: '1',
			among: "the ROK's investors from the EU",
			evidence: 'fdi-cumulative-notified-nld-kor-2024-09',
			statement: "The Netherlands is the ROK's largest EU investor."
		}
	}
];
const totalIds = new Set(totals.map((t) => t.id));
const statements = STATEMENTS.map(({ seed, row }) => {
	if (!seedText.includes(seed)) fail(`${SEED_FILE}: statement line not found: ${seed}`);
	checkValue(row.value, `statement ${row.id}`);
	for (const id of row.evidence.split(';').filter(Boolean)) {
		if (!totalIds.has(id)) fail(`statement ${row.id}: evidence "${id}" is not a totals.csv id`);
	}
	return { ...row, claimant: HCSS, source: 'hcss-2025-rok-nl' };
});

// ---------------------------------------------------------------------------------------------
// breaks.csv: breaks in a reporter's series, each with the evidence for it. The 1999 break in the
// Netherlands' DOTS figures is this dashboard's own analysis of the whole DOTS matrix; the figures
// below are what `node scripts/dots-break-evidence.mjs "Netherlands, The" 1999` prints.
// ---------------------------------------------------------------------------------------------

const BREAK_COLUMNS = ['period', 'reporter', 'source', 'description', 'evidence', 'evidence_source'];
const breaks = [
	{
		period: '1999',
		reporter: 'NLD',
		source: 'imf-dots-2022',
		description:
			"The Netherlands' own DOTS figures change basis in 1999: growth across 1998-1999 reflects the change, not trade.",
		evidence:
			'From 1998 to 1999 the Netherlands reports its exports to the World up 30.2 % and its imports up 30.9 %, while all other countries together report their imports from the Netherlands up only 6.7 % (IMF "World" reporter). ' +
			"Across the partners that report both years, the median ratio 1999/1998 of the Netherlands' exports to each is 1.080 against 1.006 for the same partners' imports from it, and 1.236 against 1.040 for its imports.",
		evidence_source: 'dashboard-dots-break-analysis'
	}
];

// ---------------------------------------------------------------------------------------------
// fx.csv: one source per currency pair (World Bank PA.NUS.FCRF)
// ---------------------------------------------------------------------------------------------

const FX_COLUMNS = ['year', 'base', 'quote', 'rate', 'source', 'note'];
const FX_FILE = 'fx-annual.csv';
const FX_PAIRS = new Map([
	['USD>KRW', 'Korea, Rep.'],
	['USD>EUR', 'Euro area'],
	['USD>NLG', 'Netherlands']
]);
const fxResearch = readResearchCsv(FX_FILE, [
	'year',
	'base',
	'quote',
	'rate',
	'meaning',
	'source_title',
	'source_url',
	'quote_text'
]);
const fxSkipped = new Map();

function fxNote(r) {
	if (r.quote === 'NLG') return 'Dutch guilders, pre-euro; not converted to euro';
	if (r.quote === 'KRW' && (r.year === '1960' || r.year === '1961')) {
		return 'before the 1962 currency reform (hwan to won); World Bank gives the won scale; not checked against the Bank of Korea';
	}
	if (r.quote === 'KRW' && r.year >= '1975' && r.year <= '1979') return 'fixed-rate period';
	if (r.year === '2025') return 'latest year; may still be revised';
	return '';
}

/** Short names for the research's other exchange-rate sources (listed in README, not loaded). */
function fxSourceLabel(title) {
	if (/FRED/.test(title)) return 'Federal Reserve G.5A via FRED';
	if (/Federal Reserve Board, G\.5A/.test(title)) return 'Federal Reserve G.5A release pages';
	if (/ECB/.test(title)) return 'ECB reference rate';
	if (/Bank of Korea/.test(title)) return 'Bank of Korea closing-rate basis, via a News1 caption';
	if (/World Bank/.test(title)) return 'World Bank WDI';
	return title;
}

const fx = [];
fxResearch.forEach((r, i) => {
	const where = `${FX_FILE} line ${i + 2}`;
	const pair = `${r.base}>${r.quote}`;
	const isWorldBank = r.source_url === SOURCES['wb-wdi-pa-nus-fcrf'].url;
	if (!isWorldBank || !FX_PAIRS.has(pair)) {
		const label = `${r.base}→${r.quote}, ${fxSourceLabel(r.source_title)}`;
		fxSkipped.set(label, (fxSkipped.get(label) ?? 0) + 1);
		return;
	}
	// The research quote_text names the World Bank row ("row: Euro area,EMU,1999,…"): make sure the
	// pair really comes from the row we say it does.
	if (!r.quote_text.includes(FX_PAIRS.get(pair)))
		fail(`${where}: ${pair} not read from the '${FX_PAIRS.get(pair)}' row`);
	fx.push({
		year: checkYear(r.year, where),
		base: r.base,
		quote: r.quote,
		rate: checkValue(r.rate, where),
		source: 'wb-wdi-pa-nus-fcrf',
		note: fxNote(r)
	});
});

// ---------------------------------------------------------------------------------------------
// Checks across files, then write
// ---------------------------------------------------------------------------------------------

const VALUATIONS = new Set(['FOB', 'CIF', 'not stated']);
const CONCEPTS = new Set(['general', 'national', 'community', 'not stated']);
const QUALIFIERS = new Set(['', 'approximate', 'lower bound']);
const UNITS = new Set(UNIT_BY_MULTIPLIER.values());
for (const r of trade) {
	const where = `trade ${r.period} ${r.reporter}-${r.partner} ${r.flow} ${r.source}`;
	if (!VALUATIONS.has(r.valuation)) fail(`${where}: valuation ${r.valuation}`);
	if (!CONCEPTS.has(r.concept)) fail(`${where}: concept ${r.concept}`);
	if (!QUALIFIERS.has(r.qualifier)) fail(`${where}: qualifier ${r.qualifier}`);
	if (!UNITS.has(r.unit)) fail(`${where}: unit ${r.unit}`);
	if (!/^[A-Z]{3}$/.test(r.currency)) fail(`${where}: currency ${r.currency}`);
}
for (const r of [...fdi, ...claims, ...totals]) {
	if (!QUALIFIERS.has(r.qualifier) || !UNITS.has(r.unit) || !/^[A-Z]{3}$/.test(r.currency)) {
		fail(`row ${JSON.stringify(r)} has a qualifier, unit or currency outside the vocabulary`);
	}
}

const tradeSorted = sortRows(trade, TRADE_KEY);
const fdiSorted = sortRows(fdi, FDI_KEY);
const eventsSorted = sortRows(events, ['date', 'title']);
const claimsSorted = sortRows(claims, ['period', 'subject', 'partner', 'flow', 'id']);
const fxSorted = sortRows(fx, ['year', 'base', 'quote', 'source']);
assertUnique('trade.csv', tradeSorted, TRADE_KEY);
assertUnique('fdi.csv', fdiSorted, FDI_KEY);
assertUnique('events.csv', eventsSorted, ['date']);
assertUnique('claims.csv', claimsSorted, ['id']);
assertUnique('fx.csv', fxSorted, ['year', 'base', 'quote']);

// sources.csv holds exactly the sources the other files cite.
const cited = new Set([
	...trade.map((r) => r.source),
	...fdi.map((r) => r.source),
	...claims.map((r) => r.source),
	...fx.map((r) => r.source),
	...totals.map((r) => r.source),
	...statements.map((r) => r.source),
	...breaks.flatMap((r) => [r.source, r.evidence_source]),
	...events.flatMap((r) => r.source.split(';'))
]);
for (const id of cited) if (!SOURCES[id]) fail(`source id "${id}" is cited but not defined`);
const sourceRows = [...cited].sort().map((id) => ({ id, accessed: '', ...SOURCES[id] }));

// Sanity checks on figures the research states in prose (trade-figures.md, §2 and §3). The research
// CSV holds these with the precision of the IMF file (e.g. 6223.837); they must round to the
// one-decimal figures quoted in the prose.
const SANITY = [
	['2020', 'KOR', 'NLD', 'export', '3987.1'],
	['2020', 'KOR', 'NLD', 'import', '6223.8'],
	['2020', 'NLD', 'KOR', 'import', '6414.8']
];
const sanityLines = [];
for (const [period, reporter, partner, flow, expected] of SANITY) {
	const row = trade.find(
		(r) =>
			r.period === period &&
			r.reporter === reporter &&
			r.partner === partner &&
			r.flow === flow &&
			r.source === 'imf-dots-2022'
	);
	if (!row) fail(`sanity: no DOTS row ${period},${reporter},${partner},${flow}`);
	const rounded = Number(row.value).toFixed(1);
	if (rounded !== expected)
		fail(`sanity: ${period},${reporter},${partner},${flow} is ${row.value}, expected ${expected}`);
	sanityLines.push(`  ok  ${period},${reporter},${partner},${flow} = ${row.value} (${expected} at one decimal)`);
}

// Everything is checked and rendered before the first file is written, so a failed run leaves
// data/ as it was.
const outputs = [
	['sources.csv', ['id', 'title', 'publisher', 'url', 'vintage', 'accessed', 'notes'], sourceRows],
	['trade.csv', TRADE_COLUMNS, tradeSorted],
	['fdi.csv', FDI_COLUMNS, fdiSorted],
	['events.csv', ['date', 'title', 'description', 'source'], eventsSorted],
	['countries.csv', ['code', 'name'], COUNTRIES],
	['fx.csv', FX_COLUMNS, fxSorted],
	['claims.csv', CLAIM_COLUMNS, claimsSorted],
	['totals.csv', TOTAL_COLUMNS, sortRows(totals, ['period', 'subject', 'partner', 'measure'])],
	['statements.csv', STATEMENT_COLUMNS, sortRows(statements, ['id'])],
	['breaks.csv', BREAK_COLUMNS, sortRows(breaks, ['period', 'reporter', 'source'])]
];
const counts = Object.fromEntries(outputs.map(([file, , rows]) => [file, rows.length]));
const readme = renderReadme();
mkdirSync(DATA_DIR, { recursive: true });
for (const [file, columns, rows] of outputs) writeCsv(file, columns, rows);
writeFileSync(new URL('README.md', DATA_DIR), readme, 'utf8');

console.log(`import-research: read ${researchPath}`);
for (const [file, n] of Object.entries(counts)) console.log(`  data/${file.padEnd(14)} ${String(n).padStart(4)} rows`);
console.log('  data/README.md');
console.log(
	`trade.csv: ${tradeSorted.length} rows = ${dotsRows.length} IMF DOTS + ${tradeSorted.length - dotsRows.length} other sources`
);
console.log(
	`  skipped ${dotsDuplicatesSkipped} DOTS rows of ${TRADE_FIGURES_FILE} (same figures as ${DOTS_FILE}; checked)`
);
console.log(`fdi.csv: ${fdiSorted.length} annual rows; dropped ${fdiDropped.length} non-annual rows:`);
for (const d of fdiDropped) console.log(`  - ${d}`);
console.log(`fx.csv: ${fxSorted.length} World Bank rows; not used (one source per pair):`);
for (const [label, n] of [...fxSkipped].sort()) console.log(`  - ${n} x ${label}`);
console.log('sanity checks:');
for (const line of sanityLines) console.log(line);

// ---------------------------------------------------------------------------------------------
// data/README.md: the data contract, rendered here so its counts always match the files.
// ---------------------------------------------------------------------------------------------

function renderReadme() {
	const n = (file) => counts[file];
	const years = (rows, key) => {
		const ys = rows.map((r) => r[key]).sort();
		return `${ys[0]}–${ys[ys.length - 1]}`;
	};
	const sourceTable = sourceRows.map((s) => `| \`${s.id}\` | ${s.publisher} | ${s.vintage} |`).join('\n');
	const fxUnused = [...fxSkipped]
		.sort()
		.map(([label, count]) => `| ${label.replace(/\|/g, '/')} | ${count} |`)
		.join('\n');

	return `# data/: the bundled data and its contract

Generated by \`node scripts/import-research.mjs\` from the research folder \`../shared/research/\`
(beside the repository). Do not edit these files by hand: change the research or the script and
run it again. The run is deterministic (same input, byte-identical output) and stops with a
message, writing nothing, if the research folder is missing or a research row cannot be placed.

| file | rows | what |
|---|---:|---|
| \`sources.csv\` | ${n('sources.csv')} | every source cited by the other files |
| \`trade.csv\` | ${n('trade.csv')} | bilateral goods trade figures (and each reporter's trade with the World, for shares), ${years(trade, 'period')} |
| \`fdi.csv\` | ${n('fdi.csv')} | annual FDI figures, bilateral and context totals, ${years(fdi, 'period')} |
| \`events.csv\` | ${n('events.csv')} | dated events for chart annotations |
| \`countries.csv\` | ${n('countries.csv')} | names for the codes used |
| \`fx.csv\` | ${n('fx.csv')} | annual average exchange rates, one source per currency pair |
| \`claims.csv\` | ${n('claims.csv')} | figures quoted in documents (claims, not measurements) |

All files: UTF-8 without BOM, \`\\n\` line ends, comma-separated, a header row, quotes only
where a cell needs them. Rows are sorted on their key (period first).

## Rules

1. **One row per figure, as published.** A row is one number read in one source. \`value\` is the
   string the source printed, with \`.\` as decimal mark and no thousands separators; it is never
   rounded, converted to another currency or unit, estimated, interpolated or filled. IMF DOTS
   values keep the precision held in the IMF file (e.g. \`6223.837\`).
2. **Provenance is required.** Every row has a \`source\` id that exists in \`sources.csv\`.
3. **Gaps are absent rows, never 0.** A year without a figure has no row. A reader sees a gap.
4. **Sources are never merged.** Where sources disagree, both rows are kept, each with its own
   source id (e.g. Korea's 2021 exports to the Netherlands: 5.8 via Edaily and 5.811 via Daum).
   A chart line is one reporter, one flow, one source and one currency; lines are never spliced
   across sources or reporters.
5. **Units travel with the value.** \`unit\` is the multiplier the figure was printed in:
   \`units\` ×1, \`thousands\` ×1e3, \`millions\` ×1e6, \`billions\` ×1e9. \`currency\` is ISO 4217.
   Full value = \`value\` × multiplier, in \`currency\`.
6. **Qualified figures stay qualified.** \`approximate\` ("around €10 billion") and \`lower bound\`
   ("more than two billion") must be shown as such wherever the figure appears (chart marker,
   table, CSV); they are never plotted as plain values.
7. **Concept is recorded as stated.** When a source does not state its statistical concept, the
   row says \`not stated\`, even when the concept can be presumed; the presumption goes in \`note\`.
8. **Claims are not data.** Figures quoted in documents (the HCSS position paper) are in
   \`claims.csv\`, not in \`trade.csv\`/\`fdi.csv\`. They can be shown next to a series, labelled as
   claims, never merged into it.

## Limits (enforced by the loader and \`npm run check:data\`)

A file that breaks one of these is rejected as a whole, with file, line and column; nothing of it is served.

| what | limit | why |
|---|---|---|
| any number (\`value\`, \`rate\`) | finite, at most **15 significant digits** (first to last non-zero digit), not so close to 0 that it underflows (nonzero below 2.2e-308) | a double holds 15 digits exactly; \`1e400\` would be served as Infinity, \`1e-400\` as 0 (a gap is never 0), \`12345678901234567890\` rounded |
| full value of a figure (\`value\` × \`unit\`; trade, FDI, claims, totals) | 0, or between **0.01 and 1e18** in size, in its currency | above any country's annual trade or investment in any currency in use; a mistyped exponent lands far outside |
| exchange rate (\`fx.csv\` \`rate\`) | between **1e-30 and 1e30**, so > 0 | wide enough for hyperinflation-era currencies and their inverses |
| \`events.csv\` \`title\` | at most **60 characters** (counted as characters: \`한\` is one) | the chart annotation label |
| \`trade.csv\` \`product_code\` | at most **20 characters** of letters, digits, \`.\`, \`-\` | |
| header | each column of the file's table once, nothing else (a misspelt column such as \`Qualifier\` is named with the column probably meant) | an unknown column's values would be ignored silently; a second \`value\` column would win |
| \`trade.csv\`, \`sources.csv\` | at least one data row | they are required: a header alone is an error, not an empty data set |
| line ends | one kind throughout a file (LF, CRLF or CR, as on line 1), outside quoted fields | a stray LF in a CRLF file would glue two rows into one |
| byte-order mark | at most one, at the start | a second one is reported on line 1 (and lines are not shifted) |

Addresses: \`line\` is the physical line (header = 1); \`column\` is the header name of the field at fault,
or \`char N\` (the character on that line, after a byte-order mark) where no field applies, e.g. an extra
field, a stray line end or a bad header. A check keeps the first 1,000 problems and then one line per
kind with how many more there are (a file of random bytes gives millions).

Text is taken as written, but outputs are cleaned (\`src/lib/data/textHygiene.ts\`): line separators
(U+2028, U+2029, U+0085, a lone CR) become one line break in CSV files and a space in citations;
bidi controls and zero-width characters are stripped from citations and file names and shown as
\`<U+202E>\` and the like on \`/sources\` and in problem reports.

## Vocabulary in plain words

### Valuation (\`trade.csv\` \`valuation\`)

| value | meaning |
|---|---|
| \`FOB\` | "free on board": goods valued at the exporter's border, without international freight and insurance. Exports are usually FOB. |
| \`CIF\` | "cost, insurance and freight": goods valued at the importer's border, including freight and insurance to get there. Imports are usually CIF, so a country's imports from a partner are normally a little higher than the partner's exports to it. |
| \`not stated\` | the source does not say. |

### Concept (\`trade.csv\` \`concept\`): which goods count as a country's trade

| value | meaning |
|---|---|
| \`general\` | customs-based general trade, as compiled by Korea Customs Service (KCS) and published by MOTIE/KITA: everything crossing the border except goods in transit. Korean exports FOB, imports CIF. |
| \`national\` | CBS (Statistics Netherlands) national concept: domestic exports plus **re-exports** (goods imported by a Dutch owner and exported again), but **excluding quasi-transit**. |
| \`community\` | Eurostat community concept: also counts **quasi-transit**, goods that enter the Netherlands, are cleared by Dutch customs and leave again without ever having a Dutch owner (the "Rotterdam effect"). So Eurostat's figures for Dutch exports are higher than CBS's. |
| \`not stated\` | the source does not state the concept (even if it can be presumed; see \`note\`). |

The IMF DOTS tables reported by Korea are Korean customs data (\`general\`). Those reported by the
Netherlands do not state their concept: DOTS data for EU members are generally Eurostat-based
(community concept), which the research did not verify; they are clearly not CBS national concept.
Because of quasi-transit and origin/destination attribution of goods routed through Rotterdam,
the two reporters' mirror figures disagree (e.g. 2020: Korea reports exports to the Netherlands of
USD 3,987 mn, the Netherlands reports imports from Korea of USD 6,415 mn). Show "as reported by
Korea" and "as reported by the Netherlands" as separate series.

### FDI measures (\`fdi.csv\` \`measure\`)

| value | meaning |
|---|---|
| \`flow\` | investment transactions during the year. Balance-of-payments-style **net** flows (UNCTAD) subtract disinvestment and **can be negative** (net disinvestment). |
| \`position\` | the stock of investment at the end of the year (moves with prices and exchange rates too). No position rows exist yet. |
| \`notified\` | Korea (MOTIE/KOTRA): amounts investors declare when notifying an investment under the Foreign Investment Promotion Act (≥ KRW 100 m and ≥ 10% of voting shares). A leading indicator; gross; some notifications never turn into investment. |
| \`arrived\` | Korea: money that actually arrived, compiled through foreign-exchange banks. Gross; not net of disinvestment. |

Notified and arrived figures are gross counts and are not comparable with net flows or positions.
Korean counterpart countries are, as generally understood, the immediate investor: a Dutch holding
owned by a third-country group counts as "Netherlands"; Dutch figures with special-purpose entities
can be far larger than those without.

### Qualifier (\`trade.csv\`, \`fdi.csv\`, \`claims.csv\`)

| value | meaning |
|---|---|
| (empty) | a plain figure |
| \`approximate\` | the source says "around" / "about" |
| \`lower bound\` | the source says "more than" / "over": the true value is at least this |

## Files and columns

### \`sources.csv\`

| column | type | allowed values | meaning |
|---|---|---|---|
| \`id\` | text | kebab-case slug, unique | the id the other files cite |
| \`title\` | text | | title of the document, table or article |
| \`publisher\` | text | | the producer a reader would cite (IMF, CBS, Eurostat…); for a press article quoting an official producer, the outlet (the notes say whom it quotes) |
| \`url\` | URL or empty | | where the figures were read; empty when the research recorded none (the notes say so) |
| \`vintage\` | text | | data vintage or publication date as known |
| \`accessed\` | ISO date or empty | \`YYYY-MM-DD\` | when the copy was read; empty because the research recorded no access dates |
| \`notes\` | text | | definitions needed to read the figures: FOB/CIF, concept, notified vs arrived, net vs gross… |

### \`trade.csv\`

Key: (\`period\`, \`reporter\`, \`partner\`, \`flow\`, \`source\`) is unique.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`period\` | text | \`YYYY\`, \`YYYY-Qn\`, \`YYYY-MM\` | reference period (bundled data: years only) |
| \`reporter\` | ISO3 | a code in \`countries.csv\` | the country whose statistics or statement the figure is |
| \`partner\` | ISO3 | a code in \`countries.csv\`; \`WLD\` = World | the trading partner |
| \`flow\` | text | \`export\`, \`import\` | seen from the reporter |
| \`value\` | decimal text | e.g. \`6223.837\`, \`1.87\` | as printed, in \`unit\` of \`currency\` |
| \`currency\` | text | ISO 4217 (\`USD\`, \`EUR\`) | |
| \`unit\` | text | \`units\`, \`thousands\`, \`millions\`, \`billions\` | multiplier of \`value\` |
| \`valuation\` | text | \`FOB\`, \`CIF\`, \`not stated\` | see Vocabulary |
| \`concept\` | text | \`general\`, \`national\`, \`community\`, \`not stated\` | see Vocabulary |
| \`qualifier\` | text | empty, \`approximate\`, \`lower bound\` | see Vocabulary |
| \`source\` | text | an id in \`sources.csv\` | |
| \`note\` | text | | short remark (presumed concept, odd phrasing, reference year not stated…) |

Content: all ${dotsRows.length} IMF DOTS rows (1960–2020; Korea and the Netherlands as reporters;
partner the other country and the World; USD millions) plus ${trade.length - dotsRows.length} figures from CBS, the Dutch government,
Eurostat, MOTIE and the press (EUR or USD billions, 2001–2023). The two 2023 rows from the Dutch
ambassador are approximate and have no stated reference year: they sit under the year the
statement was made.

### \`fdi.csv\`

Key: (\`period\`, \`investor\`, \`host\`, \`measure\`, \`source\`) is unique.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`period\` | text | \`YYYY\` (also \`YYYY-Qn\`, \`YYYY-MM\`) | reference period |
| \`investor\` | ISO3 | a code in \`countries.csv\`; \`WLD\` = all investors, \`EUU\` = European Union | where the investment comes from |
| \`host\` | ISO3 | a code in \`countries.csv\` | where it goes |
| \`measure\` | text | \`flow\`, \`position\`, \`notified\`, \`arrived\` | see Vocabulary |
| \`value\` | decimal text | may be negative (net flows) | as printed |
| \`currency\` | text | ISO 4217 | |
| \`unit\` | text | \`units\`, \`thousands\`, \`millions\`, \`billions\` | multiplier of \`value\` |
| \`basis\` | text | starts with \`CONTEXT:\` for context rows | plain-English description of the series |
| \`qualifier\` | text | empty, \`approximate\`, \`lower bound\` | |
| \`source\` | text | an id in \`sources.csv\` | |
| \`note\` | text | | e.g. which countries "EU" covers that year |

Rows whose \`basis\` starts with \`CONTEXT\` are not bilateral: totals of FDI into Korea from all
investors (\`WLD\`) or from the EU (\`EUU\`), so that shares can be computed **within one source and
one measure** (e.g. the Netherlands' share of UNCTAD net flows into Korea, 2001–2012). The EU's
membership changes over the years (the UK is in it before 2020, and MOTIE's 2021 "EU" includes the
UK); the \`note\` says so per row.

### \`events.csv\`

| column | type | allowed values | meaning |
|---|---|---|---|
| \`date\` | text | \`YYYY\`, \`YYYY-MM\` or \`YYYY-MM-DD\` | as precise as the source; a year-only date means "some time that year" |
| \`title\` | text | ≤ 60 characters | annotation label |
| \`description\` | text | one sentence | |
| \`source\` | text | one or more ids in \`sources.csv\`, separated by \`;\` | |

### \`countries.csv\`

| column | type | meaning |
|---|---|---|
| \`code\` | ISO3 or aggregate code | \`WLD\` (World) and \`EUU\` (European Union) are World Bank-style aggregate codes |
| \`name\` | text | display name |

### \`fx.csv\`

Key: (\`year\`, \`base\`, \`quote\`) is unique: one source per pair.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`year\` | text | \`YYYY\` | |
| \`base\` | text | ISO 4217 | |
| \`quote\` | text | ISO 4217 (NLG = Dutch guilder) | |
| \`rate\` | decimal text | > 0 | units of \`quote\` per 1 \`base\`, annual average, as published |
| \`source\` | text | an id in \`sources.csv\` | |
| \`note\` | text | | |

Pairs: USD→KRW ${years(
		fx.filter((r) => r.quote === 'KRW'),
		'year'
	)}, USD→EUR ${years(
		fx.filter((r) => r.quote === 'EUR'),
		'year'
	)} (World Bank "Euro area" row), USD→NLG ${years(
		fx.filter((r) => r.quote === 'NLG'),
		'year'
	)},
all from World Bank WDI \`PA.NUS.FCRF\`. There is **no euro rate before 1999**: pre-1999 figures can
be shown in dollars or guilders, or in "euro-fixed" guilders (÷ 2.20371, the legal conversion
rate; not a market rate, and labelled so), never as market euros. **KRW per EUR is not stored**: the
dashboard computes it as a cross rate via USD from these two World Bank rows (KRW per USD ÷ EUR per
USD) and labels it *derived*.

Rates in the research that were **not used**, because each pair takes one source throughout:

| pair and source | rows |
|---|---:|
${fxUnused}

The Federal Reserve (New York noon buying rate, daily average) and ECB (14:15 CET reference rate)
series differ from the World Bank's IMF-based monthly averages by up to 0.74% (KRW, 1981) and
0.13% (EUR, 2008); the World Bank "Euro area" row equals 1 / the ECB annual average where checked
(2010–2016). The ECB's only KRW per EUR figure found (2024: 1475.40) differs from the derived
cross rate by about 0.02%.

### \`claims.csv\`

Figures **quoted** in the project's founding document (HCSS position paper, July 2025, Table 1).
They are statements, not measurements, and most could not be verified.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`id\` | text | unique slug | |
| \`period\` | text | \`YYYY\` | year the claim refers to |
| \`topic\` | text | \`trade\`, \`fdi\` | |
| \`subject\` | ISO3 | | reporter (trade) or investor (fdi) the claim is about |
| \`partner\` | ISO3 | | partner (trade) or host (fdi) |
| \`flow\` | text | \`export\`, \`import\` (trade); an FDI measure (\`flow\`, \`position\`, \`notified\`, \`arrived\`) for fdi | |
| \`value\` | decimal text | | as stated |
| \`currency\` | text | ISO 4217 | |
| \`unit\` | text | \`units\`, \`thousands\`, \`millions\`, \`billions\` | |
| \`qualifier\` | text | empty, \`approximate\`, \`lower bound\` | |
| \`claimant\` | text | | who said it and whom they cite |
| \`source\` | text | an id in \`sources.csv\` | |
| \`statement\` | text | | the claim in words |
| \`product\` | text | | empty for all goods; else the product subset the claim covers (never drawn or compared as all goods) |

What the research found about them: the USD 564 million for Korean imports from the Netherlands in
2024 **contradicts** every other source (Korea-reported imports were USD 4.1–6.9 bn a year in
2017–2020 and USD 9.2 bn in 2021); the USD 914 million "peak" of Korean FDI in the Netherlands
(2021) is contradicted as an all-time peak by USD 1.77 bn in 2010; the machinery figure covers
machinery only. The others are unverified.

Statements that are not a single value of a flow are in \`statements.csv\`; product lists without
values (main Dutch imports from the ROK and main Korean imports from the Netherlands in 2024) are not
loaded.

### \`statements.csv\`

The other numeric statements of the founding document: **shares** and **rankings**. Each is shown on
\`/claims\` beside the data that tests it.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`id\` | text | unique slug | |
| \`period\` | text | \`YYYY\` or empty | year the statement refers to; empty when it names none |
| \`kind\` | text | \`share\`, \`ranking\` | |
| \`subject\` | ISO3 | | the country or aggregate the statement is about |
| \`whole\` | ISO3 or empty | | share: what the share is of (\`WLD\` = all investors, \`EUU\` = the EU) |
| \`partner\` | ISO3 | | share: the FDI host; ranking: whose partner or investor the subject is |
| \`value\` | decimal text | | share: per cent; ranking: the rank (1 = largest) |
| \`among\` | text | | ranking: the group ranked |
| \`evidence\` | text | ids in \`totals.csv\`, separated by \`;\` | ranking: rows whose source states a ranking; empty when the data hold none |
| \`claimant\` | text | | who said it |
| \`source\` | text | an id in \`sources.csv\` | |
| \`statement\` | text | | the statement in words |

A share is tested against \`fdi.csv\`'s own rows for the same year, host and measure (the subject's
figure divided by the whole's; figures of different measures are never mixed).

### \`totals.csv\`

Figures that are **not a value of one flow**: a total of exports and imports together, or a
cumulative stock of FDI notifications. They are shown as what they are, never split into flows
and never drawn as a flow.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`id\` | text | unique slug | cited by \`statements.csv\` |
| \`period\` | text | \`YYYY\`; \`YYYY-MM\` for a cumulative stock (the month it runs to) | |
| \`subject\` | ISO3 | | trade total: the reporter; cumulative FDI: the investor |
| \`partner\` | ISO3 | | trade total: the partner; cumulative FDI: the host |
| \`measure\` | text | \`trade total\`, \`cumulative notified FDI\` | |
| \`value\` | decimal text | | as printed |
| \`currency\` | text | ISO 4217 | |
| \`unit\` | text | \`units\`, \`thousands\`, \`millions\`, \`billions\` | |
| \`basis\` | text | | the statistical basis as the source states it |
| \`qualifier\` | text | empty, \`approximate\`, \`lower bound\` | |
| \`source\` | text | an id in \`sources.csv\` | |
| \`note\` | text | | e.g. the ranking the same source states |

### \`breaks.csv\`

Breaks in a reporter's series: from \`period\` on, the reporter's figures from \`source\` are compiled
differently, so a change across the break is not a change in trade. Charts draw a marker at the
break; a growth rate or CAGR whose span crosses it is flagged.

| column | type | allowed values | meaning |
|---|---|---|---|
| \`period\` | text | \`YYYY\` | the first period on the new basis |
| \`reporter\` | ISO3 | | whose figures break (all partners, both flows) |
| \`source\` | text | an id in \`sources.csv\` | the series that breaks |
| \`description\` | text | | one sentence for a reader |
| \`evidence\` | text | | the figures that show the break |
| \`evidence_source\` | text | an id in \`sources.csv\` | who found it (the IMF, a statistics office, or this dashboard's own analysis) |

Bundled: the Netherlands' DOTS series, 1999 (this dashboard's own
analysis of the DOTS matrix: \`node scripts/dots-break-evidence.mjs\` prints the evidence figures).

## Sources used

| id | publisher | vintage |
|---|---|---|
${sourceTable}

## How the files are built

\`\`\`
node scripts/import-research.mjs
\`\`\`

The script reads \`../shared/research/\` (resolved from the script's own location), needs only
\`papaparse\`, and prints the row counts, what it skipped and the sanity checks (e.g. 2020 Korea
exports to the Netherlands = 3987.104, i.e. 3,987.1 USD mn). Choices it makes:

- IMF DOTS is loaded once, from \`kor-nld-imf-dots.csv\`. The ${dotsDuplicatesSkipped} DOTS rows of
  \`trade-figures.csv\` (1995–2020) are the same figures rounded to three decimals; the script checks
  that they agree and skips them.
- \`fdi-figures.csv\` rows whose basis starts with CUMULATIVE or PARTIAL-YEAR are not annual and
  are left out (${fdiDropped.length} rows: Dutch investment in Korea cumulative to June 2000 and to May 2002,
  and January to early August 2002).
- \`fx-annual.csv\`: only the World Bank rows of the three pairs above.
- Claims, statements and events come from \`seed-facts.md\`; the script stops if a claim or statement line is no longer there.
- \`additions-2026-11.csv\`: the trade total and the cumulative notification stock go to \`totals.csv\`, the two events to \`events.csv\`.

## Known gaps

What the research did not find (show these as gaps, and let users bring their own official CSVs):

- **Trade by flow, 2023–2025: nothing** from either side except the Dutch ambassador's approximate
  2023 statement and the HCSS 2024 claims. Also missing: Korea's 2022 imports from the
  Netherlands; CBS imports from Korea 2021–2024 and exports to Korea 2022–2024.
- **IMF DOTS ends in 2020** in this vintage. Korea's exports to the Netherlands and the
  Netherlands' imports from Korea have no value for 1960–1961.
- **CBS national-concept figures are scattered**: 2001, 2017, 2021 stated as CBS; 2010, 2011 and
  2020 from government or press with the concept not stated. Eurostat member-state figures: 2008
  and 2014 only. Some Dutch government figures are hard to reconcile with each other (2010 exports
  EUR 1.87 bn vs 2011 EUR 3.4 bn).
- **Bilateral totals** found in the research (2010 EUR 5.11 bn; 2017 more than USD 10 bn; 2019 USD 8.43 bn; 2020 USD 10.21 bn;
  2021 USD 15.0 bn; 2022 USD 16 bn) are not loaded: splitting a total into flows would be a
  derivation. The 2024 total (USD 14.98 bn, MOTIE) is in \`totals.csv\`, as a total. Korea-reported 2023+2024 two-year sums
  from UN Comtrade are not loaded either (not annual).
- **No product (HS-chapter) values**, and no monthly or quarterly figures.
- **FDI is sparse**: Korean FDI into the Netherlands only for 2008 and 2010; Dutch net FDI flows
  into Korea only 2001–2012 (UNCTAD); no annual MOTIE notified/arrived figure for the Netherlands;
  no OECD, IMF, Bank of Korea or DNB positions by country. No trade in services.
- **Exchange rates**: no euro before 1999; no published KRW per EUR series (derived only).

## Adding another reporter/partner pair (or more periods)

1. Add rows to \`trade.csv\` (or \`fdi.csv\`) in exactly this format: one row per published figure,
   \`value\` as printed, the right \`unit\` and \`currency\`, \`valuation\`/\`concept\` as the source
   states them (\`not stated\` otherwise), a \`qualifier\` where the source hedges. Periods may be
   years (\`2020\`), quarters (\`2020-Q3\`) or months (\`2020-07\`). Leave out periods without a figure.
2. Add the source to \`sources.csv\` with a new kebab-case id, its publisher, URL, vintage, access
   date and the definitions needed to read it.
3. Add any new country or aggregate code with its name to \`countries.csv\`.
4. Keep the keys unique: a second figure for the same period and flow needs a different source.

Rows added by hand are overwritten when \`node scripts/import-research.mjs\` runs again; to keep
them, add the figures to the research (or extend the script) instead.
`;
}
