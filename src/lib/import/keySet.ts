// A set of row keys for files with millions of rows. A JavaScript Map of a million entries spent most
// of an import's time hashing and collecting garbage; keys here are numbers packed from small codes,
// held in typed arrays (open addressing, linear probing), so inserting one allocates nothing.

/**
 * Numeric keys (non-negative integers below 2^53) → a non-negative integer value (e.g. a row index).
 * @example const s = new KeySet(); s.putIfAbsent(42, 0) → -1; s.putIfAbsent(42, 7) → 0
 */
export class KeySet {
	private keys: Float64Array;
	private values: Int32Array;
	private size = 0;

	/**
	 * A power-of-two capacity that holds `rows` keys without growing (kept at most half full).
	 * @example KeySet.capacityFor(0) → 65536; KeySet.capacityFor(1_000_000) → 2097152 (2^21)
	 */
	static capacityFor(rows: number): number {
		let capacity = 1 << 16;
		while (capacity < rows * 2 && capacity < 1 << 26) capacity *= 2;
		return capacity;
	}

	constructor(capacity = 1 << 16) {
		this.keys = new Float64Array(capacity).fill(-1);
		this.values = new Int32Array(capacity);
	}

	private slot(keys: Float64Array, key: number): number {
		const mask = keys.length - 1;
		// Mix the low and high 32 bits; the packed codes differ mostly in their low bits.
		let h = Math.imul((key % 0x100000000) ^ Math.floor(key / 0x100000000), 0x9e3779b1) >>> 0;
		for (;;) {
			const at = h & mask;
			const k = keys[at] as number;
			if (k === key || k === -1) return at;
			h = at + 1;
		}
	}

	/** Stores `value` under `key` unless the key is there; returns the value already stored, or -1. */
	putIfAbsent(key: number, value: number): number {
		if ((this.size + 1) * 2 > this.keys.length) this.grow();
		const at = this.slot(this.keys, key);
		if (this.keys[at] === key) return this.values[at] as number;
		this.keys[at] = key;
		this.values[at] = value;
		this.size++;
		return -1;
	}

	private grow(): void {
		const oldKeys = this.keys;
		const oldValues = this.values;
		this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
		this.values = new Int32Array(oldKeys.length * 2);
		for (let i = 0; i < oldKeys.length; i++) {
			const k = oldKeys[i] as number;
			if (k === -1) continue;
			const at = this.slot(this.keys, k);
			this.keys[at] = k;
			this.values[at] = oldValues[i] as number;
		}
	}
}

/**
 * Row keys of one kind of row → the index of the first row with the key: packed numbers in a KeySet,
 * the rare string keys (product rows, files with thousands of distinct periods or areas) in a Map.
 * @example const k = new RowKeys(); k.putIfAbsent('1|2|3|4|HS 01', 0) → -1; k.putIfAbsent('1|2|3|4|HS 01', 5) → 0
 */
export class RowKeys {
	private readonly numbers: KeySet;
	private readonly strings = new Map<string, number>();

	constructor(capacity?: number) {
		this.numbers = new KeySet(capacity);
	}

	/** Stores `value` under `key` unless the key is there; returns the value already stored, or -1. */
	putIfAbsent(key: number | string, value: number): number {
		if (typeof key === 'number') return this.numbers.putIfAbsent(key, value);
		const first = this.strings.get(key);
		if (first !== undefined) return first;
		this.strings.set(key, value);
		return -1;
	}
}
