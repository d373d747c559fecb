// What every format's row mapper writes into: contract rows (held by column, see columns.ts), the
// names of the codes used, and the report of what was not imported (rejected with an address, skipped
// by reason, unmapped names).
import {
	FdiColumns,
	FxColumns,
	TradeColumns,
	type Columns,
	type FdiInput,
	type FxInput,
	type RowKey,
	type TradeInput
} from './columns';
import { areaName, memoResolver } from './countries';
import { RowKeys, KeySet } from './keySet';
import type { ImportedFile, SourceRow } from './types';

export class ImportContext {
	readonly out: ImportedFile;
	private readonly resolve = memoResolver();
	/** Key → index of the first row with it, per kind of row. */
	private readonly seen: { trade: RowKeys; fdi: RowKeys; fx: RowKeys };
	private readonly skippedBy = new Map<string, ImportedFile['skipped'][number]>();
	private readonly unmappedBy = new Map<string, ImportedFile['unmapped'][number]>();
	private readonly aggregateReasons = new Map<string, string>();

	/** `expectedRows` sizes the trade columns and keys up front (an estimate from the file's length; they grow if it is short). */
	constructor(
		file: string,
		format: ImportedFile['format'],
		formatLabel: string,
		encoding: string,
		source: SourceRow,
		expectedRows = 0
	) {
		this.seen = { trade: new RowKeys(KeySet.capacityFor(expectedRows)), fdi: new RowKeys(), fx: new RowKeys() };
		this.out = {
			file,
			format,
			formatLabel,
			encoding,
			source,
			trade: new TradeColumns(Math.max(64, expectedRows)),
			fdi: new FdiColumns(),
			fx: new FxColumns(),
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
		if (area.code === null) {
			// Aggregates are a quarter of a large matrix's rows: the sentence is built once per name, and
			// the same string object then finds its count without being hashed again.
			let reason = displayName === text ? this.aggregateReasons.get(text) : undefined;
			if (reason === undefined) {
				const name = displayName.trim();
				reason = `an aggregate without a code in the data contract (${name === text ? text : `${text}, ${name}`})`;
				if (displayName === text) this.aggregateReasons.set(text, reason);
			}
			this.skip(reason, line);
			return null;
		}
		if (!this.out.countries.has(area.code)) {
			const name = displayName.trim();
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

	/**
	 * Keeps the row just staged in `rows` unless its key came earlier: a second figure under the same key
	 * is skipped when it repeats the first, rejected when it differs.
	 */
	private keep<R extends { note: string }>(
		seen: RowKeys,
		rows: Columns<R>,
		key: RowKey,
		value: string,
		line: number
	): void {
		const staged = rows.length;
		const first = seen.putIfAbsent(key, staged);
		if (first < 0) return rows.commit();
		if (rows.sameValue(first, staged))
			return this.skip('the same figure repeated (an identical row came earlier)', line);
		this.reject(
			line,
			'',
			`${rows.keyText(staged)}: ${value}`,
			`one figure per key: line ${rows.line(first)} already gives ${rows.value(first)} for this period, countries and measure`
		);
	}

	trade(row: TradeInput, line: number): void {
		if (row.reporter === row.partner) return this.skip('reporter and partner are the same area', line);
		const rows = this.out.trade;
		this.keep(this.seen.trade, rows, rows.stage(row, line), row.value, line);
	}

	fdi(row: FdiInput, line: number): void {
		if (row.investor === row.host) return this.skip('investor and host are the same area', line);
		const rows = this.out.fdi;
		this.keep(this.seen.fdi, rows, rows.stage(row, line), row.value, line);
	}

	fx(row: FxInput, line: number): void {
		const rows = this.out.fx;
		this.keep(this.seen.fx, rows, rows.stage(row, line), row.rate, line);
	}
}

/**
 * The remarks of a row's note, joined: what follows "line N; " (columns.ts adds the line).
 * @example remarks('fobvalue 12', '', 'estimate') → 'fobvalue 12; estimate'
 */
export function remarks(a = '', b = '', c = ''): string {
	// Called once per row of files with millions of rows: plain concatenation, no arrays.
	let remark = a;
	if (b) remark = remark ? remark + '; ' + b : b;
	if (c) remark = remark ? remark + '; ' + c : c;
	return remark;
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
