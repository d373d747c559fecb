// The snapshot: a loaded store written to disk after a good load, so a restart with unchanged files
// reads one file instead of parsing CSV. Our own typed-array layout rather than Arrow IPC: the columns
// are already typed arrays, so the file is a JSON header (dictionaries, small tables, where each array
// lies) followed by the arrays' bytes, 8-byte aligned; loading is one read and a typed-array view per
// column, with no conversion either way. A SHA-256 of the body in the header, the file's total length
// and bounds checks on every column make a truncated or corrupt file an error, never served.
//
// Layout: "TRDSNAP" + format digit (8 bytes) | header length (uint32 LE) | header JSON | padding | body.
//
// Relative imports only: this module also runs in the loader worker, outside Vite.
import { createHash, webcrypto } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TABLE_ARRAYS, type StoreData, type TableArrayName, type TradeTable } from './columnar';

const MAGIC = 'TRDSNAP2';
const EXTENSION = '.snapshot';

type ArrayKind = 'u8' | 'u16' | 'u32' | 'i32' | 'f64';
const CONSTRUCTORS = {
	u8: Uint8Array,
	u16: Uint16Array,
	u32: Uint32Array,
	i32: Int32Array,
	f64: Float64Array
} as const;

interface ArrayPlace {
	kind: ArrayKind;
	offset: number;
	length: number;
}

interface Header {
	magic: string;
	version: StoreData['version'];
	dict: StoreData['dict'];
	small: StoreData['small'];
	tables: Record<'trade' | 'products', { length: number; arrays: Record<string, ArrayPlace> }>;
	bodyLength: number;
	bodySha256: string;
}

function kindOf(a: ArrayBufferView): ArrayKind {
	if (a instanceof Float64Array) return 'f64';
	if (a instanceof Int32Array) return 'i32';
	if (a instanceof Uint32Array) return 'u32';
	if (a instanceof Uint16Array) return 'u16';
	return 'u8';
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

function tableArrays(t: TradeTable): [string, ArrayBufferView][] {
	return [
		...TABLE_ARRAYS.map((name) => [name, t[name]] as [string, ArrayBufferView]),
		['publishedOffsets', t.published.offsets],
		['publishedBytes', t.published.bytes]
	];
}

/** The snapshot file's bytes for a store. */
export function encodeSnapshot(data: StoreData): Buffer {
	const tables = {} as Header['tables'];
	const parts: ArrayBufferView[] = [];
	let offset = 0;
	for (const name of ['trade', 'products'] as const) {
		const arrays: Record<string, ArrayPlace> = {};
		for (const [key, a] of tableArrays(data[name])) {
			arrays[key] = { kind: kindOf(a), offset, length: (a as Uint8Array).length };
			parts.push(a);
			offset = align8(offset + a.byteLength);
		}
		tables[name] = { length: data[name].length, arrays };
	}
	const body = Buffer.alloc(offset);
	let at = 0;
	for (const a of parts) {
		body.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
		at = align8(at + a.byteLength);
	}
	const header: Header = {
		magic: MAGIC,
		version: data.version,
		dict: data.dict,
		small: data.small,
		tables,
		bodyLength: body.length,
		bodySha256: createHash('sha256').update(body).digest('hex')
	};
	const json = Buffer.from(JSON.stringify(header), 'utf8');
	const prefix = Buffer.alloc(align8(12 + json.length));
	prefix.write(MAGIC, 0, 'latin1');
	prefix.writeUInt32LE(json.length, 8);
	json.copy(prefix, 12);
	return Buffer.concat([prefix, body]);
}

/** Why a snapshot was not used. */
export class SnapshotError extends Error {}

/**
 * The store in a snapshot file's bytes, checked: magic, lengths, every column inside the body, and the
 * body's SHA-256 (unless the caller has just checked it: `checksumChecked`). Throws SnapshotError on
 * any mismatch.
 */
export function decodeSnapshot(file: Buffer, checksumChecked = false): StoreData {
	if (file.length < 12 || file.toString('latin1', 0, 8) !== MAGIC) throw new SnapshotError('not a snapshot (magic)');
	const jsonLength = file.readUInt32LE(8);
	if (12 + jsonLength > file.length) throw new SnapshotError('header runs past the end of the file');
	let header: Header;
	try {
		header = JSON.parse(file.toString('utf8', 12, 12 + jsonLength)) as Header;
	} catch {
		throw new SnapshotError('header is not valid JSON');
	}
	const bodyStart = align8(12 + jsonLength);
	const body = file.subarray(bodyStart);
	if (header.magic !== MAGIC || body.length !== header.bodyLength) throw new SnapshotError('body length differs');
	if (!checksumChecked && createHash('sha256').update(body).digest('hex') !== header.bodySha256)
		throw new SnapshotError('checksum differs');
	// Views straight into the file's buffer when it is 8-byte aligned there (a large read has a buffer of
	// its own), so Float64Array views are allowed and the one buffer is transferred; else one copy.
	let copy = file.buffer as ArrayBuffer;
	let base = file.byteOffset + bodyStart;
	if (base % 8 !== 0 || file.byteOffset !== 0 || file.byteLength !== copy.byteLength) {
		copy = new ArrayBuffer(body.length);
		new Uint8Array(copy).set(body);
		base = 0;
	}
	const table = (name: 'trade' | 'products'): TradeTable => {
		const spec = header.tables[name];
		const view = (key: string) => {
			const place = spec.arrays[key];
			if (!place) throw new SnapshotError(`${name}.${key} is missing`);
			const C = CONSTRUCTORS[place.kind];
			if (!C || place.offset % 8 !== 0 || place.offset + place.length * C.BYTES_PER_ELEMENT > body.length)
				throw new SnapshotError(`${name}.${key} lies outside the body`);
			return new C(copy, base + place.offset, place.length);
		};
		const t = { length: spec.length } as TradeTable;
		for (const key of TABLE_ARRAYS) (t as unknown as Record<TableArrayName, ArrayBufferView>)[key] = view(key);
		t.published = { offsets: view('publishedOffsets') as Uint32Array, bytes: view('publishedBytes') as Uint8Array };
		if (t.period.length !== t.length || t.published.offsets.length !== t.length + 1)
			throw new SnapshotError(`${name} columns have the wrong length`);
		return t;
	};
	return {
		version: header.version,
		dict: header.dict,
		small: header.small,
		trade: table('trade'),
		products: table('products')
	};
}

/**
 * The snapshot file of a data version built by a version of the loader code: a snapshot made by other
 * code (say, before a validation rule was added) is stale even when the files are the same.
 */
export function snapshotPath(dir: string, versionId: string, codeId: string): string {
	return path.join(dir, `${versionId}-${codeId}${EXTENSION}`);
}

/** Reads the snapshot of a version; null when there is none, or it is stale or corrupt (with the reason). */
export function readSnapshot(
	dir: string,
	versionId: string,
	codeId: string
): { data: StoreData | null; reason: string } {
	let file: Buffer;
	try {
		file = readFileSync(snapshotPath(dir, versionId, codeId));
	} catch {
		return { data: null, reason: 'no snapshot' };
	}
	try {
		const data = decodeSnapshot(file);
		if (data.version.id !== versionId) return { data: null, reason: 'stale snapshot (another data version)' };
		return { data, reason: '' };
	} catch (e) {
		return { data: null, reason: `corrupt snapshot: ${(e as Error).message}` };
	}
}

/**
 * The newest snapshot made by this code in a folder, whatever its data version, read and checked off
 * the calling thread (read and SHA-256 on libuv's thread pool): a restart starts it before it knows
 * the files' version, so both run at once. The caller compares the version before using it.
 */
export async function readLatestSnapshot(
	dir: string,
	codeId: string
): Promise<{ data: StoreData | null; reason: string }> {
	let names: string[];
	try {
		names = readdirSync(dir).filter((n) => n.endsWith(`-${codeId}${EXTENSION}`));
	} catch {
		return { data: null, reason: 'no snapshot' };
	}
	const newest = names.map((n) => path.join(dir, n)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
	if (!newest) return { data: null, reason: 'no snapshot' };
	let file: Buffer;
	try {
		file = await readFile(newest);
	} catch {
		return { data: null, reason: 'no snapshot' };
	}
	try {
		if (file.length < 12) throw new SnapshotError('not a snapshot (length)');
		const header = JSON.parse(file.toString('utf8', 12, 12 + file.readUInt32LE(8))) as Partial<Header>;
		const body = file.subarray(align8(12 + file.readUInt32LE(8)));
		const digest = Buffer.from(await webcrypto.subtle.digest('SHA-256', body)).toString('hex');
		if (digest !== header.bodySha256) throw new SnapshotError('checksum differs');
		return { data: decodeSnapshot(file, true), reason: '' };
	} catch (e) {
		const message = e instanceof SnapshotError ? e.message : 'header is not valid JSON';
		return { data: null, reason: `corrupt snapshot: ${message}` };
	}
}

/**
 * Writes a snapshot atomically (temporary file, then rename) and removes the folder's other snapshots:
 * they belong to versions of the files that no longer exist.
 */
export function writeSnapshot(dir: string, data: StoreData, codeId: string, encoded = encodeSnapshot(data)): string {
	mkdirSync(dir, { recursive: true });
	const target = snapshotPath(dir, data.version.id, codeId);
	const temp = `${target}.${process.pid}.tmp`;
	writeFileSync(temp, encoded);
	renameSync(temp, target);
	for (const name of readdirSync(dir)) {
		if (name.endsWith(EXTENSION) && path.join(dir, name) !== target) rmSync(path.join(dir, name), { force: true });
	}
	return target;
}
