#!/usr/bin/env node
// Builds the bundled data files (data/*.csv and data/README.md) from the research folder
// (../shared/research/, beside the repository). Run with `npm run build:data` (tsx, because the
// one validator is the loader's TypeScript: buildDataset, the checks of `npm run check:data`).
//
// Rules this script keeps (see data/README.md):
// - every value is copied as the string the research CSV holds; nothing is rounded, converted,
//   estimated or filled, and a year without a figure gets no row;
// - every row names a source id that is described in data/sources.csv;
// - output is deterministic: fixed column order, rows sorted on their key, '\n' line ends, UTF-8.
// Any research row the script does not know how to place stops the run (exit 1) instead of being
// dropped silently.

import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { buildDataset, DATA_FILES } from '../src/lib/data/dataset.ts';
import { formatIssue } from '../src/lib/data/issues.ts';
import { importBytes } from '../src/lib/import/importer.ts';

const RESEARCH_DIR = new URL('../../shared/research/', import.meta.url);
// `--out DIR` writes the files elsewhere and `--inputs DIR` reads another copy of
// scripts/research-inputs/ (for the test that rebuilds data/ and compares it byte for byte).
function dirOption(name) {
	const at = process.argv.indexOf(name);
	if (at < 0) return null;
	if (!process.argv[at + 1]) fail(`${name} needs a directory`);
	return pathToFileURL(`${path.resolve(process.argv[at + 1])}/`);
}
const DATA_DIR = dirOption('--out') ?? new URL('../data/', import.meta.url);

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
	return parseCsv(readResearchText(name), name, requiredColumns);
}

function parseCsv(text, name, requiredColumns) {
	const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
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

const INPUTS_DIR = dirOption('--inputs') ?? new URL('./research-inputs/', import.meta.url);

/** A hand-kept input in scripts/research-inputs/: research facts no official download format holds. */
function readInputCsv(name, requiredColumns) {
	return parseCsv(readFileSync(new URL(name, INPUTS_DIR), 'utf8'), `scripts/research-inputs/${name}`, requiredColumns);
}

/**
 * An input file as an object keyed by the key columns joined with '|'; a key given twice stops the run.
 * @example keyedInput('fdi-notes.csv', ['source', 'year'], ['note']) → { 'donga-2004-01-06-fdi|2003': { note: '…' } }
 */
function keyedInput(name, keyColumns, valueColumns) {
	const out = {};
	for (const [i, row] of readInputCsv(name, [...keyColumns, ...valueColumns]).entries()) {
		const key = keyColumns.map((c) => row[c]).join('|');
		if (key in out) fail(`scripts/research-inputs/${name} line ${i + 2}: ${key} is given twice`);
		out[key] = Object.fromEntries(valueColumns.map((c) => [c, row[c]]));
	}
	return out;
}

function csvText(columns, rows) {
	const csv = Papa.unparse(
		{ fields: columns, data: rows.map((row) => columns.map((c) => row[c] ?? '')) },
		// quotes:false = quote only cells that need it; escapeFormulae stays off so that a negative
		// value such as -214.0 is written as a number, not as the text '-214.0.
		{ quotes: false, newline: '\n', escapeFormulae: false }
	);
	return csv + '\n';
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

// ---------------------------------------------------------------------------------------------
// Shared vocabulary and cell checks
// ---------------------------------------------------------------------------------------------

// Names for the codes used (scripts/research-inputs/countries.csv).
const COUNTRIES = readInputCsv('countries.csv', ['code', 'name']);

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

/** The research marks qualified figures in upper case in `definition` / `basis`. */
function qualifierFrom(text) {
	if (/\bLOWER BOUND\b/i.test(text)) return 'lower bound';
	if (/\bAPPROXIMATE\b/i.test(text)) return 'approximate';
	return '';
}

// ---------------------------------------------------------------------------------------------
// Sources: described in scripts/research-inputs/sources.csv (one row per source, the columns of
// data/sources.csv). Publisher = the producer a reader would cite; for a press article that quotes
// an official producer, the outlet, with "quotes X" in the notes. No access dates were recorded in
// the research, so `accessed` stays empty everywhere.
// ---------------------------------------------------------------------------------------------

const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'url', 'vintage', 'accessed', 'notes'];
const SOURCES = Object.fromEntries(readInputCsv('sources.csv', SOURCE_COLUMNS).map(({ id, ...rest }) => [id, rest]));

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

// The research file is the IMF's DOTS figures for this pair, but not in a layout an IMF download has:
// `year,reporter,partner,flow,value_usd_millions,basis,source` with ISO3 codes, where the IMF matrix
// importer (src/lib/import/formats/imf.ts) reads `reporter,partner,year,flow,value_usd_millions,flag`.
// So each row is first rewritten in the matrix layout (columns reordered, codes kept: the importer
// resolves ISO3 as well as IMF names; flag empty, as no KOR-NLD cell carries the IMF 'e'), then read
// by the same importer as `npm run import`. The research's `basis` must equal the valuation the
// importer gives the flow (exports FOB, imports CIF).
for (const [i, r] of dotsRows.entries()) {
	if (!/Direction of Trade Statistics/.test(r.source) || !/Feb 2022/.test(r.source)) {
		fail(`${DOTS_FILE} line ${i + 2}: unexpected source "${r.source}"`);
	}
}
const matrixText = Papa.unparse(
	{
		fields: ['reporter', 'partner', 'year', 'flow', 'value_usd_millions', 'flag'],
		data: dotsRows.map((r) => [r.reporter, r.partner, r.year, r.flow, r.value_usd_millions, ''])
	},
	{ quotes: false, newline: '\n' }
);
const dotsImport = importBytes(new TextEncoder().encode(matrixText), DOTS_FILE);
if (!dotsImport.ok) fail(`${DOTS_FILE}: ${dotsImport.refusal}`);
const { imported } = dotsImport;
if (imported.format !== 'imf-matrix') fail(`${DOTS_FILE}: read as ${imported.formatLabel}, not the IMF matrix`);
const dotsProblems = [
	...imported.rejected.map(formatIssue),
	...imported.unmapped.map((u) => `unmapped ${u.column} "${u.name}" (line ${u.line})`),
	...imported.skipped.map((k) => `${k.count} row(s) skipped: ${k.reason} (first line ${k.firstLine})`)
];
if (dotsProblems.length > 0) fail(`${DOTS_FILE}: ${dotsProblems.join('; ')}`);
// The importer's rows name a source made from the file name and note their line in the rewritten
// file; the bundled rows cite the research's description of the IMF tables it read (imf-dots-2022),
// and Korea's sheets are Korean customs data (general trade) where the matrix cannot say so. The
// Netherlands' concept is not stated in the file: the source notes say what it probably is.
const trade = imported.trade.rows().map((row, i) => {
	if (row.valuation !== dotsRows[i].basis) {
		fail(`${DOTS_FILE} line ${i + 2}: basis "${dotsRows[i].basis}" is not ${row.valuation} for a ${row.flow}`);
	}
	return { ...row, concept: row.reporter === 'KOR' ? 'general' : 'not stated', source: 'imf-dots-2022', note: '' };
});
if (trade.length !== 484) fail(`${DOTS_FILE}: expected 484 rows, found ${trade.length}`);

// Every non-DOTS row of trade-figures.csv gets its labels from scripts/research-inputs/
// trade-figure-labels.csv, keyed source|year|reporter|partner|flow. The research `definition` text
// decides these; where it only presumes a concept, concept is 'not stated' and the presumption goes
// into the note. Valuation is FOB/CIF only where the producer's definition says so (MOTIE = Korean
// customs: exports FOB, imports CIF).
const TRADE_FIGURE_ROWS = keyedInput(
	'trade-figure-labels.csv',
	['source', 'year', 'reporter', 'partner', 'flow'],
	['valuation', 'concept', 'note']
);

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
		period: r.year,
		reporter: r.reporter,
		partner: r.partner,
		flow: r.flow,
		value: r.value,
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

/** Notes for single FDI rows (scripts/research-inputs/fdi-notes.csv), keyed source|year|investor|measure. */
const FDI_NOTES = Object.fromEntries(
	Object.entries(keyedInput('fdi-notes.csv', ['source', 'year', 'investor', 'measure'], ['note'])).map(
		([key, { note }]) => [key, note]
	)
);
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
	const source = sourceIdForUrl(r.source_url, where);
	const noteKey = `${source}|${r.year}|${r.investor}|${r.measure}`;
	if (FDI_NOTES[noteKey] !== undefined) usedFdiNotes.add(noteKey);
	fdi.push({
		period: r.year,
		investor: r.investor,
		host: r.host,
		measure: r.measure,
		value: r.value,
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

/**
 * Titles and one-sentence descriptions of the dated events (seed-facts.md and additions-2026-11.csv),
 * keyed by the date as the research writes it; `also_sources` names sources beyond the one the
 * research row holds (additions-2026-11.md names both outlets of a visit).
 */
const EVENT_TEXT = keyedInput('event-text.csv', ['date'], ['title', 'description', 'also_sources']);
const usedEventText = new Set();
function eventText(date, where) {
	const text = EVENT_TEXT[date] ?? fail(`${where}: no title/description for event ${date} in event-text.csv`);
	if (text.title.length > 60) fail(`event ${date}: title longer than 60 characters`);
	usedEventText.add(date);
	return text;
}

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
		const { title, description } = eventText(date, `${SEED_FILE} event "${event}"`);
		const source = letters
			.split(',')
			.map((l) => SEED_SOURCE_LETTERS[l.trim()] ?? fail(`${SEED_FILE}: unknown source letter "${l}"`))
			.join(';');
		return { date, title, description, source };
	});
}
const events = parseSeedEvents(seedText);
// ---------------------------------------------------------------------------------------------
// claims.csv (seed-facts.md, Table 1 figures), from scripts/research-inputs/claims.csv. `seed` is the
// table line the claim comes from; the run stops if seed-facts.md no longer contains it, so a claim
// cannot drift from its document.
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
const claims = readInputCsv('claims.csv', ['seed', ...CLAIM_COLUMNS]).map(({ seed, ...row }) => {
	if (!seedText.includes(seed)) fail(`${SEED_FILE}: claim line not found: ${seed}`);
	return row;
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
/** The ranking each addition's source states beside its figure (additions-2026-11.md), keyed kind|period. */
const ADDITION_NOTES = keyedInput('total-notes.csv', ['kind', 'period'], ['note']);
const totals = [];
additionRows.forEach((r, i) => {
	const where = `${ADDITIONS_FILE} line ${i + 2}`;
	const source = sourceIdForUrl(r.url, where);
	if (r.kind === 'event') {
		const text = eventText(r.period, where);
		events.push({
			date: r.period,
			title: text.title,
			description: text.description,
			source: [source, ...text.also_sources.split(';').filter(Boolean)].join(';')
		});
		return;
	}
	const kind = TOTAL_KINDS[r.kind] ?? fail(`${where}: unknown kind "${r.kind}"`);
	totals.push({
		id: `${kind.id}-${r.subject.toLowerCase()}-${r.partner.toLowerCase()}-${r.period}`,
		period: r.period,
		subject: r.subject,
		partner: r.partner,
		measure: kind.measure,
		value: r.value,
		currency: r.currency,
		unit: r.unit,
		basis: r.basis,
		qualifier: '',
		source,
		note: ADDITION_NOTES[`${r.kind}|${r.period}`]?.note ?? fail(`${where}: no note for ${r.kind} ${r.period}`)
	});
});
const unusedEventText = Object.keys(EVENT_TEXT).filter((date) => !usedEventText.has(date));
if (unusedEventText.length > 0) {
	fail(`event-text.csv: no event in ${SEED_FILE} or ${ADDITIONS_FILE} for ${unusedEventText.join(', ')}`);
}
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
// From scripts/research-inputs/statements.csv; `seed` is the text of seed-facts.md each comes from.
const statements = readInputCsv('statements.csv', ['seed', ...STATEMENT_COLUMNS]).map(({ seed, ...row }) => {
	if (!seedText.includes(seed)) fail(`${SEED_FILE}: statement line not found: ${seed}`);
	return row;
});

// ---------------------------------------------------------------------------------------------
// breaks.csv: breaks in a reporter's series, each with the evidence for it. The 1999 break in the
// Netherlands' DOTS figures is this dashboard's own analysis of the whole DOTS matrix; the figures
// in scripts/research-inputs/breaks.csv are what `node scripts/dots-break-evidence.mjs "Netherlands, The" 1999` prints.
// ---------------------------------------------------------------------------------------------

const BREAK_COLUMNS = ['period', 'reporter', 'source', 'description', 'evidence', 'evidence_source'];
const breaks = readInputCsv('breaks.csv', BREAK_COLUMNS);

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
		year: r.year,
		base: r.base,
		quote: r.quote,
		rate: r.rate,
		source: 'wb-wdi-pa-nus-fcrf',
		note: fxNote(r)
	});
});

// ---------------------------------------------------------------------------------------------
// Checks across files, then write
// ---------------------------------------------------------------------------------------------

const tradeSorted = sortRows(trade, TRADE_KEY);
const fdiSorted = sortRows(fdi, FDI_KEY);
const eventsSorted = sortRows(events, ['date', 'title']);
const claimsSorted = sortRows(claims, ['period', 'subject', 'partner', 'flow', 'id']);
const fxSorted = sortRows(fx, ['year', 'base', 'quote', 'source']);

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
// A cited id without a description is left out here, so the loader reports the dangling reference.
const sourceRows = [...cited]
	.filter((id) => SOURCES[id])
	.sort()
	.map((id) => ({ id, ...SOURCES[id] }));

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

// Everything is rendered and validated by the loader (buildDataset, the checks `npm run check:data`
// runs) before the first file is written, so a failed run leaves data/ as it was.
const outputs = [
	['sources', SOURCE_COLUMNS, sourceRows],
	['trade', TRADE_COLUMNS, tradeSorted],
	['fdi', FDI_COLUMNS, fdiSorted],
	['events', ['date', 'title', 'description', 'source'], eventsSorted],
	['countries', ['code', 'name'], COUNTRIES],
	['fx', FX_COLUMNS, fxSorted],
	['claims', CLAIM_COLUMNS, claimsSorted],
	['totals', TOTAL_COLUMNS, sortRows(totals, ['period', 'subject', 'partner', 'measure'])],
	['statements', STATEMENT_COLUMNS, sortRows(statements, ['id'])],
	['breaks', BREAK_COLUMNS, sortRows(breaks, ['period', 'reporter', 'source'])]
];
const texts = Object.fromEntries(outputs.map(([name, columns, rows]) => [name, csvText(columns, rows)]));
const { issues } = buildDataset(texts);
if (issues.length > 0) {
	fail(`the built data does not validate (${issues.length} problem(s)):\n  ${issues.map(formatIssue).join('\n  ')}`);
}
const counts = Object.fromEntries(outputs.map(([name, , rows]) => [DATA_FILES[name], rows.length]));
const readme = renderReadme();
mkdirSync(DATA_DIR, { recursive: true });
for (const [name, text] of Object.entries(texts)) writeFileSync(new URL(DATA_FILES[name], DATA_DIR), text, 'utf8');
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

/**
 * Fills scripts/research-inputs/data-README.template.md: `{{name}}` placeholders are replaced by
 * the counts and ranges computed here, so the README's figures always match the files.
 */
function renderReadme() {
	const years = (rows, key) => {
		const ys = rows.map((r) => r[key]).sort();
		return `${ys[0]}–${ys[ys.length - 1]}`;
	};
	const values = {
		...Object.fromEntries(Object.entries(counts).map(([file, n]) => [`rows:${file}`, n])),
		'years:trade': years(trade, 'period'),
		'years:fdi': years(fdi, 'period'),
		...Object.fromEntries(
			['KRW', 'EUR', 'NLG'].map((c) => [
				`years:fx-${c}`,
				years(
					fx.filter((r) => r.quote === c),
					'year'
				)
			])
		),
		dotsRows: dotsRows.length,
		otherTradeRows: trade.length - dotsRows.length,
		dotsDuplicatesSkipped,
		fdiDropped: fdiDropped.length,
		fxUnused: [...fxSkipped]
			.sort()
			.map(([label, count]) => `| ${label.replace(/\|/g, '/')} | ${count} |`)
			.join('\n'),
		sourceTable: sourceRows.map((s) => `| \`${s.id}\` | ${s.publisher} | ${s.vintage} |`).join('\n')
	};
	const template = readFileSync(new URL('data-README.template.md', INPUTS_DIR), 'utf8');
	return template.replace(/\{\{([^}]+)\}\}/g, (placeholder, name) => {
		if (!(name in values)) fail(`data-README.template.md: unknown placeholder ${placeholder}`);
		return String(values[name]);
	});
}
