// What every format's row mapper writes into: contract rows, the names of the codes used, and the
// report of what was not imported (rejected with an address, skipped by reason, unmapped names).
import { areaName, memoResolver } from './countries';
import { KeySet } from './keySet';
import type { FdiRow, FxRow, ImportedFile, SourceRow, TradeRow } from './types';

/** The columns of a trade row that identify it (data/README.md: the key of trade.csv). */
export const tradeKey = (r: TradeRow) =>
	`${r.period}|${r.reporter}|${r.partner}|${r.flow}|${r.source}|${r.product_classification}|${r.product_code}`;
export const fdiKey = (r: FdiRow) => `${r.period}|${r.investor}|${r.host}|${r.measure}|${r.source}`;
export const fxKey = (r: FxRow) => `${r.year}|${r.base}|${r.quote}`;

export class ImportContext {
	readonly out: ImportedFile;
	private readonly resolve = memoResolver();
	/** Numeric key → index of the first row with it, per kind of row; string keys (product rows) in a Map. */
	private readonly seen = { trade: new KeySet(), fdi: new KeySet(), fx: new KeySet() };
	private readonly seenText = new Map<string, number>();
	/** Each distinct cell text of a key column → a small number, so a row's key is one number, not a string. */
	private readonly codes = new Map<string, number>();
	private readonly skippedBy = new Map<string, ImportedFile['skipped'][number]>();
	private readonly unmappedBy = new Map<string, ImportedFile['unmapped'][number]>();

	constructor(file: string, format: ImportedFile['format'], formatLabel: string, encoding: string, source: SourceRow) {
		this.out = {
			file,
			format,
			formatLabel,
			encoding,
			source,
			trade: [],
			fdi: [],
			fx: [],
			countries: new Map(),
			rejected: [],
			unmapped: [],
			skipped: [],
			rowsRead: 0,
			warnings: []
		};
	}

	get sourceId(): string {
		return this.out.source.id;
	}

	/**
	 * The contract code for a country cell, or null when the row cannot be imported: an aggregate without
	 * a contract code (skipped, counted) or a name no table knows (unmapped, reported with its line).
	 */
	area(text: string, line: number, column: string, displayName = text): string | null {
		const area = this.resolve(text);
		if (!area) {
			const key = `${column}\u0000${text}`;
			const u = this.unmappedBy.get(key);
			if (u) u.count++;
			else {
				const entry = { name: text, column, line, count: 1 };
				this.unmappedBy.set(key, entry);
				this.out.unmapped.push(entry);
			}
			return null;
		}
		const name = displayName.trim();
		if (area.code === null) {
			this.skip(
				`an aggregate without a code in the data contract (${name === text ? text : `${text}, ${name}`})`,
				line
			);
			return null;
		}
		if (!this.out.countries.has(area.code)) {
			// The file's own spelling of the name (it shows the decoding is right: Curaçao, 네덜란드); an
			// English name where the file gives only a code (Eurostat's NL) or an aggregate (합계 → World).
			const codeOnly = /^[A-Z0-9_]{1,12}$/.test(name) || name === '';
			this.out.countries.set(area.code, codeOnly || area.aggregate ? areaName(area.code) : name);
		}
		return area.code;
	}

	reject(line: number, column: string, value: string, expected: string): void {
		this.out.rejected.push({ file: this.out.file, line, column, value: value.slice(0, 80), expected });
	}

	skip(reason: string, line: number): void {
		const s = this.skippedBy.get(reason);
		if (s) s.count++;
		else {
			const entry = { reason, count: 1, firstLine: line };
			this.skippedBy.set(reason, entry);
			this.out.skipped.push(entry);
		}
	}

	private code(text: string): number {
		let n = this.codes.get(text);
		if (n === undefined) {
			n = this.codes.size;
			this.codes.set(text, n);
		}
		return n;
	}

	/**
	 * A row's key within this file (one source), as a number: building and hashing a string per row was
	 * most of the time of a two-million-row import. Four cells, each one of fewer than 2^13 distinct texts,
	 * fit exactly in a double; a product code, or more distinct texts, fall back to a string.
	 */
	private key(a: string, b: string, c: string, d: string, extra: string): number | string {
		const x = this.code(a);
		const y = this.code(b);
		const z = this.code(c);
		const w = this.code(d);
		if (extra !== '' || this.codes.size >= 0x2000) return `${x}|${y}|${z}|${w}|${extra}`;
		return ((x * 0x2000 + y) * 0x2000 + z) * 0x2000 + w;
	}

	/** False for a second figure under the same key: skipped when it repeats the first, rejected when it differs. */
	private unique<R extends { note: string }>(
		kind: 'trade' | 'fdi' | 'fx',
		rows: R[],
		parts: [string, string, string, string],
		extra: string,
		row: R,
		valueOf: (r: R) => string,
		line: number
	): boolean {
		const key = this.key(parts[0], parts[1], parts[2], parts[3], extra);
		let firstIndex: number;
		if (typeof key === 'number') firstIndex = this.seen[kind].putIfAbsent(key, rows.length);
		else {
			firstIndex = this.seenText.get(`${kind}|${key}`) ?? -1;
			if (firstIndex < 0) this.seenText.set(`${kind}|${key}`, rows.length);
		}
		if (firstIndex < 0) return true;
		const first = rows[firstIndex] as R;
		const value = valueOf(row);
		if (valueOf(first) === value) {
			this.skip('the same figure repeated (an identical row came earlier)', line);
			return false;
		}
		const firstLine = /^line (\d+)/.exec(first.note)?.[1] ?? '?';
		this.reject(
			line,
			'',
			`${[...parts, extra].filter(Boolean).join(' ')}: ${value}`,
			`one figure per key: line ${firstLine} already gives ${valueOf(first)} for this period, countries and measure`
		);
		return false;
	}

	trade(row: TradeRow, line: number): void {
		if (row.reporter === row.partner) return this.skip('reporter and partner are the same area', line);
		const product = row.product_code && `${row.product_classification} ${row.product_code}`;
		if (
			this.unique(
				'trade',
				this.out.trade,
				[row.period, row.reporter, row.partner, row.flow],
				product,
				row,
				(r) => r.value,
				line
			)
		)
			this.out.trade.push(row);
	}

	fdi(row: FdiRow, line: number): void {
		if (row.investor === row.host) return this.skip('investor and host are the same area', line);
		if (
			this.unique('fdi', this.out.fdi, [row.period, row.investor, row.host, row.measure], '', row, (r) => r.value, line)
		)
			this.out.fdi.push(row);
	}

	fx(row: FxRow, line: number): void {
		if (this.unique('fx', this.out.fx, [row.year, row.base, row.quote, ''], '', row, (r) => r.rate, line))
			this.out.fx.push(row);
	}
}

/** A note with the row's line in the file first, then what the publisher flagged: provenance per row. */
export function lineNote(line: number, a = '', b = '', c = ''): string {
	// Called once per row of files with millions of rows: plain concatenation, no arrays.
	let note = 'line ' + line;
	if (a) note += '; ' + a;
	if (b) note += '; ' + b;
	if (c) note += '; ' + c;
	return note;
}

/**
 * A published number as the contract writes it: '.' as decimal mark, nothing else changed (no rounding,
 * trailing zeros kept). Returns null for text that is not a number.
 * @example publishedNumber(' 1 234,50 ', ',') → '1234.50'
 */
export function publishedNumber(raw: string, decimalMark: '.' | ',' = '.'): string | null {
	let v = raw.trim();
	if (decimalMark === ',') v = v.replace(/[\s.]/g, '').replace(',', '.');
	return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v) ? v : null;
}

/** The contract's unit word for a power of ten, or null. @example unitOfPower(3) → 'thousands' */
export function unitOfPower(power: number): 'units' | 'thousands' | 'millions' | 'billions' | null {
	return ({ 0: 'units', 3: 'thousands', 6: 'millions', 9: 'billions' } as const)[power as 0 | 3 | 6 | 9] ?? null;
}
