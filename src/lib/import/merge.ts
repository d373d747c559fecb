// Imported rows + the contract files already in a data directory → the new contract files, what changed,
// and the loader's own verdict on the result (buildDataset: one validator, not a second one).
import Papa from 'papaparse';
import { buildDataset, type DataFileTexts } from '../data/dataset';
import type { Dataset, ParseIssue } from '../data/types';
import { areaName } from './countries';
import { FDI_COLUMNS, FX_COLUMNS, SOURCE_COLUMNS, TRADE_COLUMNS, type ImportedFile } from './types';

type Row = Record<string, string>;

/** A figure whose value changed: the old and the new value, by source. */
export interface Change {
	file: string;
	key: string;
	source: string;
	old: string;
	new: string;
}

export interface MergeCounts {
	added: number;
	unchanged: number;
	changed: number;
}

export interface MergeResult {
	/** Every contract file after the merge (those not touched keep their text). */
	files: DataFileTexts;
	/** Names of the files whose text changed: only these need writing. */
	written: (keyof DataFileTexts)[];
	counts: Record<'trade' | 'fdi' | 'fx' | 'sources' | 'countries', MergeCounts>;
	changes: Change[];
	/** The loader's issues with the merged files; non-empty means nothing may be written. */
	issues: ParseIssue[];
	dataset: Dataset | null;
}

interface TableSpec {
	name: keyof DataFileTexts;
	file: string;
	columns: readonly string[];
	key: readonly string[];
	value: string;
	/** Columns that may be absent from an existing file's header (added only when a row needs them). */
	optional?: readonly string[];
}

const TABLES: Record<'trade' | 'fdi' | 'fx' | 'sources' | 'countries', TableSpec> = {
	trade: {
		name: 'trade',
		file: 'trade.csv',
		columns: TRADE_COLUMNS,
		key: ['period', 'reporter', 'partner', 'flow', 'source', 'product_classification', 'product_code'],
		value: 'value',
		optional: ['product_classification', 'product_code', 'product_label']
	},
	fdi: {
		name: 'fdi',
		file: 'fdi.csv',
		columns: FDI_COLUMNS,
		key: ['period', 'investor', 'host', 'measure', 'source'],
		value: 'value'
	},
	fx: { name: 'fx', file: 'fx.csv', columns: FX_COLUMNS, key: ['year', 'base', 'quote'], value: 'rate' },
	sources: { name: 'sources', file: 'sources.csv', columns: SOURCE_COLUMNS, key: ['id'], value: 'title' },
	countries: { name: 'countries', file: 'countries.csv', columns: ['code', 'name'], key: ['code'], value: 'name' }
};

function readTable(text: string | undefined): { header: string[]; rows: Row[] } {
	if (text === undefined || text.trim() === '') return { header: [], rows: [] };
	const parsed = Papa.parse<Row>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
		header: true,
		skipEmptyLines: true
	});
	return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

/**
 * Writes rows the way data/README.md asks: UTF-8 without BOM, \n line ends, quotes only where needed.
 * @example writeTable(['a', 'b'], [{ a: '1', b: 'x, y' }]) → 'a,b\n1,"x, y"\n'
 */
export function writeTable(columns: readonly string[], rows: Row[]): string {
	const body = Papa.unparse(
		{ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
		{ newline: '\n' }
	);
	// PapaParse ends a header-only table with a line break but not a table with rows.
	return body.endsWith('\n') ? body : body + '\n';
}

const compareKeys = (key: readonly string[]) => (a: Row, b: Row) => {
	for (const k of key) {
		const x = a[k] ?? '';
		const y = b[k] ?? '';
		if (x !== y) return x < y ? -1 : 1;
	}
	return 0;
};

function mergeTable(
	spec: TableSpec,
	existingText: string | undefined,
	incoming: Row[],
	changes: Change[]
): { text: string | undefined; counts: MergeCounts; touched: boolean } {
	const counts = { added: 0, unchanged: 0, changed: 0 };
	if (incoming.length === 0) return { text: existingText, counts, touched: false };
	const existing = readTable(existingText);
	const keyOf = (r: Row) => spec.key.map((k) => r[k] ?? '').join('|');
	const byKey = new Map<string, number>();
	const rows = existing.rows;
	rows.forEach((r, i) => byKey.set(keyOf(r), i));
	const columns = spec.columns.filter(
		(c) => !spec.optional?.includes(c) || existing.header.includes(c) || incoming.some((r) => (r[c] ?? '') !== '')
	);
	// Columns an existing file has beyond ours are kept, at the end.
	for (const c of existing.header) if (!columns.includes(c)) columns.push(c);
	for (const r of incoming) {
		const k = keyOf(r);
		const at = byKey.get(k);
		if (at === undefined) {
			byKey.set(k, rows.length);
			rows.push(r);
			counts.added++;
			continue;
		}
		const old = rows[at] as Row;
		if (columns.every((c) => (old[c] ?? '') === (r[c] ?? ''))) {
			counts.unchanged++;
			continue;
		}
		counts.changed++;
		if (spec.name !== 'sources' && spec.name !== 'countries') {
			changes.push({
				file: spec.file,
				key: k,
				source: r['source'] ?? '',
				old: old[spec.value] ?? '',
				new: r[spec.value] ?? ''
			});
		}
		// Names the data directory already gives a code are kept: an import never renames a country.
		if (spec.name !== 'countries') rows[at] = r;
		else (counts.changed--, counts.unchanged++);
	}
	const touched = counts.added > 0 || counts.changed > 0 || existingText === undefined;
	if (!touched) return { text: existingText, counts, touched };
	rows.sort(
		compareKeys(spec.name === 'trade' ? ['period', 'reporter', 'partner', 'flow', 'source', 'product_code'] : spec.key)
	);
	return { text: writeTable(columns, rows), counts, touched };
}

/**
 * Merges imported files into the contract texts of a data directory and validates the result with the
 * loader. Importing the same file twice adds nothing and changes nothing.
 * @example mergeImports({ sources, trade }, [imported]) → { written: ['trade', 'sources', 'countries'], counts: { trade: { added: 12, … } }, issues: [] }
 */
export function mergeImports(existing: DataFileTexts, imports: ImportedFile[]): MergeResult {
	const changes: Change[] = [];
	const countries: Row[] = [];
	for (const f of imports) for (const [code, name] of f.countries) countries.push({ code, name });
	// A directory without countries.csv gets one now: it must then name the codes already used there too,
	// or the loader would refuse the rows that were valid before.
	if (existing.countries === undefined) {
		const used = new Set<string>();
		for (const [file, columns] of [
			[existing.trade, ['reporter', 'partner']],
			[existing.fdi, ['investor', 'host']],
			[existing.claims, ['subject', 'partner']]
		] as const) {
			for (const r of readTable(file).rows) for (const c of columns) if (r[c]) used.add(r[c]);
		}
		for (const code of used) countries.push({ code, name: areaName(code) });
	}
	const incoming: Record<keyof typeof TABLES, Row[]> = {
		trade: imports.flatMap((f) => f.trade.rows()),
		fdi: imports.flatMap((f) => f.fdi.rows()),
		fx: imports.flatMap((f) => f.fx.rows()),
		sources: imports.map((f) => f.source),
		countries
	};
	// A format that knows its reporter without naming it in the file (CBS is the Netherlands, KOSIS is
	// Korea) still needs that country listed: every code the imported rows use gets a name.
	const named = new Set(countries.map((c) => c.code));
	for (const [rows, columns] of [
		[incoming.trade, ['reporter', 'partner']],
		[incoming.fdi, ['investor', 'host']]
	] as const) {
		for (const r of rows) {
			for (const c of columns) {
				const code = r[c];
				if (code && !named.has(code)) {
					named.add(code);
					countries.push({ code, name: areaName(code) });
				}
			}
		}
	}
	const files: DataFileTexts = { ...existing };
	const written: (keyof DataFileTexts)[] = [];
	const counts = {} as MergeResult['counts'];
	for (const kind of Object.keys(TABLES) as (keyof typeof TABLES)[]) {
		const spec = TABLES[kind];
		const { text, counts: c, touched } = mergeTable(spec, existing[spec.name], incoming[kind], changes);
		counts[kind] = c;
		if (touched && text !== undefined) {
			files[spec.name] = text;
			written.push(spec.name);
		}
	}
	// A data directory needs trade.csv and sources.csv even when the imports hold only FDI or rates.
	if (files.trade === undefined) {
		files.trade = writeTable(TRADE_COLUMNS.slice(0, 12), []);
		written.push('trade');
	}
	const { dataset, issues } = buildDataset(files);
	return { files, written, counts, changes, issues, dataset };
}
