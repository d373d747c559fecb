// Imported rows held by column. A large download keeps over a million rows: as one object (and a note
// string) per row, the young-generation collector spent most of an import copying them. Here a row is
// a position in typed arrays: each text column a small code into its few distinct texts, the value the
// bytes of its published number, the note its line plus a coded remark. Objects are made only when a
// consumer asks for rows (the merge, the tests).
import type { FdiRow, FxRow, TradeRow } from './types';

/** A row as a format hands it over: the contract's cells, with the note's remark only (the context adds the line). */
export type Input<R extends { note: string }> = Omit<R, 'note'> & {
	/** What the publisher says about the figure ("IMF estimate (flag e)"), '' for nothing; the note is "line N; remark". */
	remark: string;
};
export type TradeInput = Input<TradeRow>;
export type FdiInput = Input<FdiRow>;
export type FxInput = Input<FxRow>;

/** A row's key, packed into a number when it can be (hashing a string per row is slow), else a string. */
export type RowKey = number | string;

const CODE_BITS = 0x2000;

/**
 * Four codes below 2^13 and no extra text → one exact double; anything else → a string. The choice
 * depends on the row's own codes only, so the same key always takes the same form.
 * @example packKey(1, 2, 3, 4, '') → 1*2^39 + 2*2^26 + 3*2^13 + 4; packKey(1, 2, 3, 4, 'HS 01') → '1|2|3|4|HS 01'
 */
export function packKey(x: number, y: number, z: number, w: number, extra: string): RowKey {
	if (extra !== '' || (x | y | z | w) >= CODE_BITS) return `${x}|${y}|${z}|${w}|${extra}`;
	return ((x * CODE_BITS + y) * CODE_BITS + z) * CODE_BITS + w;
}

/**
 * One text column: per row a code into the column's distinct texts, in the narrowest typed array that
 * holds the codes (a byte while there are at most 256 texts).
 * @example const c = new TextCodes(4); c.put(0, 'USD') → 0; c.put(1, 'EUR') → 1; c.put(2, 'USD') → 0; c.text(1) → 'EUR'
 */
export class TextCodes {
	private readonly texts: string[] = [];
	private readonly index = new Map<string, number>();
	private codes: Uint8Array | Uint16Array | Int32Array;
	// Most columns repeat the previous row's text (a file's one currency, unit, source): no hashing then.
	private last: string | undefined;
	private lastCode = 0;

	constructor(capacity: number) {
		this.codes = new Uint8Array(capacity);
	}

	/** Sets row `i` (at most one past the last row set) to `text`; returns its code. */
	put(i: number, text: string): number {
		let code = this.lastCode;
		if (text !== this.last) {
			code = this.index.get(text) ?? -1;
			if (code < 0) {
				code = this.texts.length;
				this.texts.push(text);
				this.index.set(text, code);
				if (code === 0x100) this.codes = Uint16Array.from(this.codes);
				else if (code === 0x10000) this.codes = Int32Array.from(this.codes);
			}
			this.last = text;
			this.lastCode = code;
		}
		if (i >= this.codes.length) this.codes = grown(this.codes, i);
		this.codes[i] = code;
		return code;
	}

	code(i: number): number {
		return this.codes[i] as number;
	}

	text(i: number): string {
		return this.texts[this.codes[i] as number] as string;
	}
}

/**
 * Published number texts ('4100.5', '-1.2E+3'), as their ASCII bytes one after another: no string kept
 * per row. Only the output of publishedNumber goes in, which is ASCII by its pattern.
 * @example const v = new NumberTexts(2); v.put(0, '4100.5'); v.put(1, '-7'); v.text(0) → '4100.5'
 */
export class NumberTexts {
	private chars: Uint8Array;
	private ends: Int32Array;

	constructor(capacity: number) {
		this.chars = new Uint8Array(capacity * 8);
		this.ends = new Int32Array(capacity);
	}

	private start(i: number): number {
		return i === 0 ? 0 : (this.ends[i - 1] as number);
	}

	/** Sets row `i` (at most one past the last row set; rows after it are dropped) to `text`. */
	put(i: number, text: string): void {
		const start = this.start(i);
		const end = start + text.length;
		if (end > this.chars.length) this.chars = grown(this.chars, end);
		for (let k = 0; k < text.length; k++) {
			const c = text.charCodeAt(k);
			if (c > 0x7f) throw new Error(`not a published number: ${text}`);
			this.chars[start + k] = c;
		}
		if (i >= this.ends.length) this.ends = grown(this.ends, i);
		this.ends[i] = end;
	}

	text(i: number): string {
		return String.fromCharCode(...this.chars.subarray(this.start(i), this.ends[i]));
	}

	/** True when rows `i` and `j` hold the same text. */
	same(i: number, j: number): boolean {
		const a = this.start(i);
		const b = this.start(j);
		const n = (this.ends[i] as number) - a;
		if ((this.ends[j] as number) - b !== n) return false;
		for (let k = 0; k < n; k++) if (this.chars[a + k] !== this.chars[b + k]) return false;
		return true;
	}
}

/** A copy of `array` at least twice as long and longer than `index`. */
function grown<A extends Uint8Array | Uint16Array | Int32Array>(array: A, index: number): A {
	const next = new (array.constructor as new (n: number) => A)(Math.max(array.length * 2, index + 1, 16));
	next.set(array);
	return next;
}

/**
 * The rows of one contract file as columns: the cells every kind has (value, line, remark) here, the
 * kind's own columns in a subclass. A row is first staged (written past the end), then kept with
 * `commit()` or overwritten by the next one: a duplicate costs nothing to drop.
 */
export abstract class Columns<R extends { note: string }> {
	/** Rows kept. */
	length = 0;
	private lines: Int32Array;
	private readonly remarks: TextCodes;
	private readonly values: NumberTexts;

	/** `capacity`: rows held before the arrays first grow. */
	constructor(private readonly capacity = 64) {
		this.lines = new Int32Array(capacity);
		this.remarks = new TextCodes(capacity);
		this.values = new NumberTexts(capacity);
	}

	/** A text column for a subclass, sized like the others. */
	protected textColumn(): TextCodes {
		return new TextCodes(this.capacity);
	}

	/** Writes the row after the last kept one and returns its key (the contract key of the file, within one source). */
	abstract stage(row: Input<R>, line: number): RowKey;
	/** The cells of a row's key, for a message. */
	abstract keyText(i: number): string;
	abstract row(i: number): R;

	protected stageShared(value: string, remark: string, line: number): number {
		const i = this.length;
		if (i >= this.lines.length) this.lines = grown(this.lines, i);
		this.lines[i] = line;
		this.remarks.put(i, remark);
		this.values.put(i, value);
		return i;
	}

	/** Keeps the staged row. */
	commit(): void {
		this.length++;
	}

	line(i: number): number {
		return this.lines[i] as number;
	}

	value(i: number): string {
		return this.values.text(i);
	}

	/** True when rows `i` and `j` give the same figure. */
	sameValue(i: number, j: number): boolean {
		return this.values.same(i, j);
	}

	/** The note as the contract writes it: the line first, then the remark. @example 'line 12; IMF estimate (flag e)' */
	note(i: number): string {
		const remark = this.remarks.text(i);
		return remark ? `line ${this.line(i)}; ${remark}` : `line ${this.line(i)}`;
	}

	/** Every kept row as an object, in the order kept. */
	rows(): R[] {
		const rows = new Array<R>(this.length);
		for (let i = 0; i < this.length; i++) rows[i] = this.row(i);
		return rows;
	}
}

export class TradeColumns extends Columns<TradeRow> {
	private readonly period = this.textColumn();
	private readonly reporter = this.textColumn();
	private readonly partner = this.textColumn();
	private readonly flow = this.textColumn();
	private readonly currency = this.textColumn();
	private readonly unit = this.textColumn();
	private readonly valuation = this.textColumn();
	private readonly concept = this.textColumn();
	private readonly qualifier = this.textColumn();
	private readonly source = this.textColumn();
	private readonly classification = this.textColumn();
	private readonly product = this.textColumn();
	private readonly label = this.textColumn();

	stage(r: TradeInput, line: number): RowKey {
		const i = this.stageShared(r.value, r.remark, line);
		const period = this.period.put(i, r.period);
		const reporter = this.reporter.put(i, r.reporter);
		const partner = this.partner.put(i, r.partner);
		const flow = this.flow.put(i, r.flow);
		this.currency.put(i, r.currency);
		this.unit.put(i, r.unit);
		this.valuation.put(i, r.valuation);
		this.concept.put(i, r.concept);
		this.qualifier.put(i, r.qualifier);
		this.source.put(i, r.source);
		const classification = this.classification.put(i, r.product_classification);
		const product = this.product.put(i, r.product_code);
		this.label.put(i, r.product_label);
		return packKey(period, reporter, partner, flow, r.product_code === '' ? '' : `${classification} ${product}`);
	}

	keyText(i: number): string {
		const product = this.product.text(i);
		return [
			this.period.text(i),
			this.reporter.text(i),
			this.partner.text(i),
			this.flow.text(i),
			product && `${this.classification.text(i)} ${product}`
		]
			.filter(Boolean)
			.join(' ');
	}

	row(i: number): TradeRow {
		return {
			period: this.period.text(i),
			reporter: this.reporter.text(i),
			partner: this.partner.text(i),
			flow: this.flow.text(i),
			value: this.value(i),
			currency: this.currency.text(i),
			unit: this.unit.text(i),
			valuation: this.valuation.text(i),
			concept: this.concept.text(i),
			qualifier: this.qualifier.text(i),
			source: this.source.text(i),
			note: this.note(i),
			product_classification: this.classification.text(i),
			product_code: this.product.text(i),
			product_label: this.label.text(i)
		};
	}
}

export class FdiColumns extends Columns<FdiRow> {
	private readonly period = this.textColumn();
	private readonly investor = this.textColumn();
	private readonly host = this.textColumn();
	private readonly measure = this.textColumn();
	private readonly currency = this.textColumn();
	private readonly unit = this.textColumn();
	private readonly basis = this.textColumn();
	private readonly qualifier = this.textColumn();
	private readonly source = this.textColumn();

	stage(r: FdiInput, line: number): RowKey {
		const i = this.stageShared(r.value, r.remark, line);
		const period = this.period.put(i, r.period);
		const investor = this.investor.put(i, r.investor);
		const host = this.host.put(i, r.host);
		const measure = this.measure.put(i, r.measure);
		this.currency.put(i, r.currency);
		this.unit.put(i, r.unit);
		this.basis.put(i, r.basis);
		this.qualifier.put(i, r.qualifier);
		this.source.put(i, r.source);
		return packKey(period, investor, host, measure, '');
	}

	keyText(i: number): string {
		return [this.period.text(i), this.investor.text(i), this.host.text(i), this.measure.text(i)]
			.filter(Boolean)
			.join(' ');
	}

	row(i: number): FdiRow {
		return {
			period: this.period.text(i),
			investor: this.investor.text(i),
			host: this.host.text(i),
			measure: this.measure.text(i),
			value: this.value(i),
			currency: this.currency.text(i),
			unit: this.unit.text(i),
			basis: this.basis.text(i),
			qualifier: this.qualifier.text(i),
			source: this.source.text(i),
			note: this.note(i)
		};
	}
}

export class FxColumns extends Columns<FxRow> {
	private readonly year = this.textColumn();
	private readonly base = this.textColumn();
	private readonly quote = this.textColumn();
	private readonly source = this.textColumn();

	/** `value` is the rate (the contract's `rate` column). */
	stage(r: FxInput, line: number): RowKey {
		const i = this.stageShared(r.rate, r.remark, line);
		const year = this.year.put(i, r.year);
		const base = this.base.put(i, r.base);
		const quote = this.quote.put(i, r.quote);
		this.source.put(i, r.source);
		return packKey(year, base, quote, 0, '');
	}

	keyText(i: number): string {
		return [this.year.text(i), this.base.text(i), this.quote.text(i)].filter(Boolean).join(' ');
	}

	row(i: number): FxRow {
		return {
			year: this.year.text(i),
			base: this.base.text(i),
			quote: this.quote.text(i),
			rate: this.value(i),
			source: this.source.text(i),
			note: this.note(i)
		};
	}
}
