// Property-based test of the loader: the bundled data/ files, mutated the way careless editors, broken
// transfers and hostile uploads mutate files, must never make the loader throw; every rejection must
// say where (file, line, column); and whatever is accepted must serve exactly the figures the file
// holds, as read by an independent PapaParse pass. Seeded, so a failure reproduces; fast-check prints
// the seed and the shrunk counterexample.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir } from '../../scripts/check-data';
import { DATA_FILES, buildDataset, toPublishedUnits, type DataFileTexts } from '../../src/lib/data/dataset';
import { DATA_DIR } from '../../src/lib/data/fixtures/dataDir';
import { formatIssue } from '../../src/lib/data/issues';
import type { Dataset, ParseIssue } from '../../src/lib/data/types';

type FileKey = keyof typeof DATA_FILES;
const KEYS = Object.keys(DATA_FILES) as FileKey[];
const BYTES = Object.fromEntries(KEYS.map((k) => [k, readFileSync(new URL(DATA_FILES[k], DATA_DIR))])) as Record<
	FileKey,
	Buffer
>;
// As readFileSync(file, 'utf8') decodes (the server's path): invalid bytes become U+FFFD and a leading
// byte-order mark is kept (TextDecoder would drop one, hiding a doubled mark from the loader).
const utf8 = { decode: (bytes: Buffer) => bytes.toString('utf8') };
const NUMERIC_COLUMNS: Partial<Record<FileKey, string>> = {
	trade: 'value',
	fdi: 'value',
	claims: 'value',
	fx: 'rate',
	totals: 'value',
	statements: 'value'
};
const EXTREME_NUMBERS = [
	'1e400',
	'-1e400',
	'1e308',
	'-1e308',
	'1e-400',
	'4.9e-324',
	'12345678901234567890',
	'9007199254740993',
	'0.1234567890123456',
	'1e18',
	'1e-3',
	'0',
	'-0',
	'0.000',
	'NaN',
	'Infinity',
	'1e15',
	'3987.104',
	' 42 ',
	'1,5',
	''
];

// ---- mutations -------------------------------------------------------------------------------------

type Mutation =
	| { kind: 'flipBit'; at: number; bit: number }
	| { kind: 'setByte'; at: number; byte: number }
	| { kind: 'truncate'; at: number }
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'insertBytes'; at: number; bytes: Uint8Array }
	| { kind: 'boms'; count: number }
	| { kind: 'lineEnds'; to: 'crlf' | 'cr' | 'oneCrlf' | 'oneCr' | 'noFinal'; at: number }
	| { kind: 'lines'; op: 'delete' | 'duplicate' | 'swap'; at: number; other: number }
	| { kind: 'column'; op: 'duplicate' | 'rename' | 'swap' | 'drop'; at: number; other: number; name: string }
	| { kind: 'number'; row: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constant('flipBit' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
	fc.record({ kind: fc.constant('setByte' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.constantFrom('"', '""', ',', '\n', '\r', '\r\n', '\u2028', '\u202e', '\u200b', '\ufeff', ';', '\t', '\0')
	}),
	fc.record({ kind: fc.constant('insertBytes' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 48 }) }),
	fc.record({ kind: fc.constant('boms' as const), count: fc.integer({ min: 1, max: 3 }) }),
	fc.record({
		kind: fc.constant('lineEnds' as const),
		to: fc.constantFrom('crlf' as const, 'cr' as const, 'oneCrlf' as const, 'oneCr' as const, 'noFinal' as const),
		at: fc.nat()
	}),
	fc.record({
		kind: fc.constant('lines' as const),
		op: fc.constantFrom('delete' as const, 'duplicate' as const, 'swap' as const),
		at: fc.nat(),
		other: fc.nat()
	}),
	fc.record({
		kind: fc.constant('column' as const),
		op: fc.constantFrom('duplicate' as const, 'rename' as const, 'swap' as const, 'drop' as const),
		at: fc.nat(),
		other: fc.nat(),
		name: fc.constantFrom('upper', 'typo', 'space', 'empty', 'other')
	}),
	fc.record({ kind: fc.constant('number' as const), row: fc.nat(), text: fc.constantFrom(...EXTREME_NUMBERS) })
);

const table = (text: string) => Papa.parse<string[]>(text, { delimiter: ',' }).data;
const untable = (rows: string[][]) => Papa.unparse(rows, { newline: '\n' }) + '\n';

function renamed(name: string, how: string, other: string): string {
	if (how === 'upper') return name.charAt(0).toUpperCase() + name.slice(1);
	if (how === 'typo') return name.slice(0, -1);
	if (how === 'space') return ` ${name} `;
	if (how === 'empty') return '';
	return other;
}

/** The file's bytes with one mutation applied (positions wrap around the file's length). */
function mutate(bytes: Buffer, m: Mutation, key: FileKey): Buffer {
	const text = () => utf8.decode(bytes);
	const pos = (n: number, length: number) => (length === 0 ? 0 : n % (length + 1));
	switch (m.kind) {
		case 'flipBit': {
			const out = Buffer.from(bytes);
			if (out.length) out[m.at % out.length]! ^= 1 << m.bit;
			return out;
		}
		case 'setByte': {
			const out = Buffer.from(bytes);
			if (out.length) out[m.at % out.length] = m.byte;
			return out;
		}
		case 'truncate':
			return bytes.subarray(0, pos(m.at, bytes.length));
		case 'insert': {
			const t = text();
			const at = pos(m.at, t.length);
			return Buffer.from(t.slice(0, at) + m.text + t.slice(at));
		}
		case 'insertBytes': {
			const at = pos(m.at, bytes.length);
			return Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
		}
		case 'boms':
			return Buffer.from('\ufeff'.repeat(m.count) + text());
		case 'lineEnds': {
			const t = text();
			if (m.to === 'crlf') return Buffer.from(t.replace(/\n/g, '\r\n'));
			if (m.to === 'cr') return Buffer.from(t.replace(/\n/g, '\r'));
			if (m.to === 'noFinal') return Buffer.from(t.replace(/\n$/, ''));
			const breaks = [...t.matchAll(/\n/g)].map((x) => x.index);
			const at = breaks[m.at % Math.max(1, breaks.length)];
			if (at === undefined) return bytes;
			return Buffer.from(t.slice(0, at) + (m.to === 'oneCrlf' ? '\r\n' : '\r') + t.slice(at + 1));
		}
		case 'lines': {
			const lines = text().split('\n');
			const a = m.at % lines.length;
			const b = m.other % lines.length;
			if (m.op === 'delete') lines.splice(a, 1);
			else if (m.op === 'duplicate') lines.splice(a, 0, lines[a] ?? '');
			else [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
			return Buffer.from(lines.join('\n'));
		}
		case 'column': {
			const rows = table(text());
			const header = rows[0] ?? [];
			if (header.length === 0) return bytes;
			const a = m.at % header.length;
			const b = m.other % header.length;
			if (m.op === 'duplicate') for (const r of rows) r.push(r[a] ?? '');
			else if (m.op === 'drop') for (const r of rows) r.splice(a, 1);
			else if (m.op === 'swap') [header[a], header[b]] = [header[b] ?? '', header[a] ?? ''];
			else header[a] = renamed(header[a] ?? '', m.name, header[b] ?? '');
			return Buffer.from(untable(rows));
		}
		case 'number': {
			const rows = table(text());
			const column = (rows[0] ?? []).indexOf(NUMERIC_COLUMNS[key] ?? '');
			if (column < 0 || rows.length < 2) return bytes;
			const row = rows[1 + (m.row % (rows.length - 1))];
			if (row && row.length > column) row[column] = m.text;
			return Buffer.from(untable(rows));
		}
	}
}

// ---- the independent reading of an accepted file ------------------------------------------------------

/** The data rows of a file as PapaParse reads it on its own (header names trimmed, blank lines skipped). */
function independentRows(text: string): Record<string, string>[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const newline = /\r\n|\n|\r/.exec(body)?.[0] ?? '\n';
	const parsed = Papa.parse<Record<string, string>>(body, {
		header: true,
		delimiter: ',',
		newline: newline as '\n',
		skipEmptyLines: true,
		transformHeader: (h) => h.trim()
	});
	return parsed.data;
}

const cell = (row: Record<string, string> | undefined, column: string) => (row?.[column] ?? '').trim();

type Amount = {
	value: number;
	publishedValue: string;
	publishedUnit: Parameters<typeof toPublishedUnits>[1];
	currency: string;
	line: number;
};

/** The served amounts of one file against its rows as PapaParse reads them, in file order. */
function expectAmounts<T extends Amount>(
	key: FileKey,
	text: string,
	served: T[],
	keyColumns: [string, (o: T) => string][]
): void {
	const rows = independentRows(text);
	const ordered = [...served].sort((a, b) => a.line - b.line);
	expect(ordered.length, `${key}: rows served vs rows in the file`).toBe(rows.length);
	ordered.forEach((o, i) => {
		const row = rows[i];
		const written = cell(row, 'value');
		expect(o.publishedValue, `${key} row ${i + 1}: value as written`).toBe(written);
		// == on purpose: -0 and 0 are the same figure (the loader serves "-0" as 0).
		expect(toPublishedUnits(o.value, o.publishedUnit) == Number(written), `${key} row ${i + 1}: value ${written}`).toBe(
			true
		);
		expect(Number.isFinite(o.value)).toBe(true);
		expect(o.publishedUnit).toBe(cell(row, 'unit'));
		expect(o.currency).toBe(cell(row, 'currency'));
		for (const [column, read] of keyColumns) expect(read(o), `${key} row ${i + 1}: ${column}`).toBe(cell(row, column));
	});
}

/**
 * Every figure served from an accepted data set equals the figure in its file, row by row: for the
 * files in `only` (in the fuzz, the mutated one; the others are checked once on the unmutated data).
 */
function expectServedAsWritten(files: DataFileTexts, dataset: Dataset, only: FileKey[] = KEYS): void {
	if (only.includes('trade')) {
		expectAmounts(
			'trade',
			files.trade ?? '',
			[...dataset.trade, ...dataset.productTrade],
			[
				['period', (o) => o.period.key],
				['reporter', (o) => o.reporter],
				['partner', (o) => o.partner],
				['flow', (o) => o.flow],
				['qualifier', (o) => o.qualifier],
				['source', (o) => o.source]
			]
		);
	}
	if (only.includes('fdi')) {
		expectAmounts('fdi', files.fdi ?? '', dataset.fdi, [
			['period', (o) => o.period.key],
			['investor', (o) => o.investor],
			['host', (o) => o.host],
			['measure', (o) => o.measure],
			['qualifier', (o) => o.qualifier]
		]);
	}
	if (only.includes('claims')) {
		expectAmounts('claims', files.claims ?? '', dataset.claims, [
			['id', (o) => o.id],
			['flow', (o) => o.flow],
			['qualifier', (o) => o.qualifier]
		]);
	}
	if (only.includes('totals')) {
		expectAmounts('totals', files.totals ?? '', dataset.totals, [
			['id', (o) => o.id],
			['period', (o) => o.period.key],
			['measure', (o) => o.measure]
		]);
	}
	if (only.includes('statements')) {
		const rows = independentRows(files.statements ?? '');
		expect(dataset.statements.map((o) => `${o.id}|${o.value}`)).toEqual(
			rows.map((r) => `${cell(r, 'id')}|${Number(cell(r, 'value'))}`)
		);
	}
	if (only.includes('fx')) {
		const fxRows = independentRows(files.fx ?? '');
		const rates = [...dataset.fx].sort((a, b) => a.line - b.line);
		expect(rates.length, 'fx: rows served vs rows in the file').toBe(fxRows.length);
		rates.forEach((r, i) => {
			expect(r.rate, `fx row ${i + 1}: rate`).toBe(Number(cell(fxRows[i], 'rate')));
			expect([String(r.year), r.base, r.quote]).toEqual(['year', 'base', 'quote'].map((c) => cell(fxRows[i], c)));
		});
	}
	if (only.includes('events')) {
		const rows = independentRows(files.events ?? '');
		expect(dataset.events.map((e) => `${e.date}|${e.title}`).sort()).toEqual(
			rows.map((r) => `${cell(r, 'date')}|${cell(r, 'title')}`).sort()
		);
	}
	if (only.includes('sources')) {
		const ids = independentRows(files.sources ?? '').map((r) => cell(r, 'id'));
		expect([...dataset.sources.keys()].sort()).toEqual(ids.sort());
	}
}

// ---- the properties -----------------------------------------------------------------------------------

/** Every issue has an address: a data file, a line ≥ 1 and a column (a header name or `char N`). */
function expectAddressed(issues: ParseIssue[]): void {
	const names = new Set(Object.values(DATA_FILES) as string[]);
	for (const issue of issues) {
		const text = formatIssue(issue);
		expect(names.has(issue.file), text).toBe(true);
		expect(Number.isInteger(issue.line) && issue.line >= 1, text).toBe(true);
		expect(issue.column, text).not.toBe('');
		expect(issue.expected, text).not.toBe('');
	}
}

const mutatedSet = fc.record({
	key: fc.constantFrom(...KEYS),
	mutations: fc.array(mutation, { minLength: 1, maxLength: 3 })
});

function applyAll({ key, mutations }: { key: FileKey; mutations: Mutation[] }): Buffer {
	return mutations.reduce((bytes, m) => mutate(bytes, m, key), BYTES[key]);
}

const texts = (): DataFileTexts => Object.fromEntries(KEYS.map((k) => [k, utf8.decode(BYTES[k])]));

describe('the loader under 1,000 mutations of the bundled data (seeded)', () => {
	it('serves the unmutated bundled data exactly as written, every file', () => {
		const files = texts();
		const { dataset, issues } = buildDataset(files);
		expect(issues).toEqual([]);
		expectServedAsWritten(files, dataset!);
	});

	let accepted = 0;
	let rejected = 0;

	it('never throws, addresses every rejection, and serves accepted figures exactly as written', () => {
		fc.assert(
			fc.property(mutatedSet, (set) => {
				const files = { ...texts(), [set.key]: utf8.decode(applyAll(set)) };
				const { dataset, issues } = buildDataset(files);
				if (dataset) {
					accepted++;
					expect(issues).toEqual([]);
					expectServedAsWritten(files, dataset, [set.key]);
				} else {
					rejected++;
					expect(issues.length).toBeGreaterThan(0);
					expect(issues.length).toBeLessThanOrEqual(1_101);
					expectAddressed(issues);
				}
			}),
			{ seed: 20261130, numRuns: 1_000 }
		);
		// Both outcomes must occur, or the mutations test nothing.
		expect(accepted).toBeGreaterThan(50);
		expect(rejected).toBeGreaterThan(500);
		// ~10 s of CPU on this machine; the limit leaves room for a machine shared with other work.
	}, 180_000);

	const dir = mkdtempSync(path.join(tmpdir(), 'fuzz-check-data-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("gives check:data's verdict on the mutated bytes as written to disk (100 runs)", () => {
		for (const k of KEYS) writeFileSync(path.join(dir, DATA_FILES[k]), BYTES[k]);
		fc.assert(
			fc.property(mutatedSet, (set) => {
				const file = path.join(dir, DATA_FILES[set.key]);
				writeFileSync(file, applyAll(set));
				try {
					const { ok, lines } = checkDataDir(dir);
					const { dataset } = buildDataset({ ...texts(), [set.key]: utf8.decode(applyAll(set)) });
					expect(ok).toBe(dataset !== null);
					expect(lines.length).toBeGreaterThan(ok ? 0 : 1);
					if (!ok)
						for (const line of lines.slice(1))
							expect(line).toMatch(/^ {2}\w+\.csv, line \d+, (column "|character \d+)/);
				} finally {
					writeFileSync(file, BYTES[set.key]);
				}
			}),
			{ seed: 20261201, numRuns: 100 }
		);
	}, 60_000);

	it('survives 4 MB of random bytes as trade.csv with a small, addressed list of issues', () => {
		// Seeded bytes (mulberry32): the same 4 MB every run, made in milliseconds.
		const random = Buffer.alloc(4_000_000);
		let state = 12;
		for (let i = 0; i < random.length; i++) {
			state = (state + 0x6d2b79f5) | 0;
			let t = Math.imul(state ^ (state >>> 15), 1 | state);
			t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
			random[i] = (t ^ (t >>> 14)) & 0xff;
		}
		const { dataset, issues } = buildDataset({ ...texts(), trade: utf8.decode(random) });
		expect(dataset).toBeNull();
		expect(issues.length).toBeLessThanOrEqual(1_101);
		expectAddressed(issues);
	});
});
