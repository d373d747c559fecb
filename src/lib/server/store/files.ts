// The data folder on disk: where it is, what its files contain (content hashes), and a cheap
// fingerprint (inode, size, mtime of the folder and each file) to notice changes and to tell when a
// file has stopped changing.
//
// Relative imports only: this module also runs in the loader worker, outside Vite.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { webcrypto } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATA_FILES, type DataFileTexts } from '../../data/dataset';
import type { DataVersion } from './types';

/** Where the CSV files are read from: DATA_DIR, or ./data beside the working directory. */
export function dataDirectory(): string {
	return path.resolve(process.env.DATA_DIR ?? 'data');
}

/**
 * Where snapshots are kept: SNAPSHOT_DIR, or a folder per data directory under the system's temporary
 * folder. Not inside DATA_DIR: that folder may be read-only, swapped whole, or under version control.
 */
export function snapshotDirectory(dataDir: string): string {
	if (process.env.SNAPSHOT_DIR) return path.resolve(process.env.SNAPSHOT_DIR);
	const id = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
	return path.join(tmpdir(), 'trade-dashboard-snapshots', id);
}

interface StatLike {
	ino: number;
	size: number;
	mtimeMs: number;
}
const describe = (s: StatLike | null) => (s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '-');

/**
 * A string that changes whenever the folder is replaced or any data file is created, removed, replaced
 * or written. "missing" when the folder does not exist.
 * @example await fingerprint('data') → '1234:4096:1700000000000|5678:30211:1700000000000|-|…'
 */
export async function fingerprint(dir: string): Promise<string> {
	const of = (p: string) => stat(p).then(describe, () => '-');
	const folder = await of(dir);
	if (folder === '-') return 'missing';
	const files = await Promise.all(Object.values(DATA_FILES).map((f) => of(path.join(dir, f))));
	return [folder, ...files].join('|');
}

/** fingerprint() for the worker, which may block. */
export function fingerprintSync(dir: string): string {
	const of = (p: string) => {
		try {
			return describe(statSync(p));
		} catch {
			return '-';
		}
	};
	const folder = of(dir);
	if (folder === '-') return 'missing';
	return [folder, ...Object.values(DATA_FILES).map((f) => of(path.join(dir, f)))].join('|');
}

/** The bytes of each data file present, by key. */
export type DataFileBytes = Partial<Record<keyof typeof DATA_FILES, Buffer>>;

/**
 * Reads whichever data files exist (a required one that is missing is reported by the validator) and
 * the data version: a hash over every file's name and content (SHA-256, which processors with SHA
 * extensions compute faster than SHA-1 or MD5: ~80 ms for the 136 MB IMF matrix).
 */
export function readDataFileBytes(dir: string, loadedAt = new Date()): { bytes: DataFileBytes; version: DataVersion } {
	const bytes: DataFileBytes = {};
	const files: Record<string, string> = {};
	const all = createHash('sha256');
	for (const [key, file] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, string][]) {
		const full = path.join(dir, file);
		if (!existsSync(full)) continue;
		const content = readFileSync(full);
		const sha = createHash('sha256').update(content).digest('hex');
		files[file] = sha;
		all.update(`${file}\0${sha}\n`);
		bytes[key] = content;
	}
	return { bytes, version: { id: all.digest('hex').slice(0, 16), loadedAt: loadedAt.toISOString(), files } };
}

/**
 * The data version of a folder without blocking the calling thread: the files are read and hashed on
 * libuv's thread pool (WebCrypto digests run there), in parallel with each other and with whatever the
 * caller starts meanwhile. Gives the same id as readDataFileBytes.
 */
export async function hashDataFiles(dir: string, loadedAt = new Date()): Promise<DataVersion> {
	const hashes = await Promise.all(
		Object.values(DATA_FILES).map(async (file) => {
			let content: Buffer;
			try {
				content = await readFile(path.join(dir, file));
			} catch (e) {
				if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw e;
			}
			return [file, Buffer.from(await webcrypto.subtle.digest('SHA-256', content)).toString('hex')] as const;
		})
	);
	const files: Record<string, string> = {};
	const all = createHash('sha256');
	for (const entry of hashes) {
		if (!entry) continue;
		files[entry[0]] = entry[1];
		all.update(`${entry[0]}\0${entry[1]}\n`);
	}
	return { id: all.digest('hex').slice(0, 16), loadedAt: loadedAt.toISOString(), files };
}

/** The files as text, for the parser (decoded only when they are parsed: a snapshot load skips it). */
export function decodeDataFiles(bytes: DataFileBytes): DataFileTexts {
	const texts: DataFileTexts = {};
	for (const [key, content] of Object.entries(bytes) as [keyof DataFileBytes, Buffer][])
		texts[key] = content.toString('utf8');
	return texts;
}

/** Reads the files of a folder as text, with their version. */
export function readDataFiles(dir: string, loadedAt = new Date()): { texts: DataFileTexts; version: DataVersion } {
	const { bytes, version } = readDataFileBytes(dir, loadedAt);
	return { texts: decodeDataFiles(bytes), version };
}
