// The loader, run in a worker thread so the server keeps answering while a data set is read: it hashes
// the files, loads the snapshot of that version if there is a good one, else parses and validates the
// CSV, builds the columns and writes the snapshot; then it hands the columns to the server by transfer
// (no copy) and exits, taking the parse's per-row objects with it.
//
// This same module is the worker's entry file: the server starts a Worker on LOADER_MODULE (this file's
// own URL: the source file under `vite dev` and in tests, its own chunk in the adapter-node build, where
// service.ts imports it dynamically so the bundler gives it a chunk of its own). Relative imports only.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { buildDataset } from '../../data/dataset';
import type { ParseIssue } from '../../data/types';
import { columnar, transferList, type StoreData } from './columnar';
import { decodeDataFiles, fingerprintSync, readDataFileBytes } from './files';
import { readSnapshot, writeSnapshot } from './snapshot';

export const LOADER_MODULE = import.meta.url;
export const LOADER_ROLE = 'trade-store-loader';

export interface LoadRequest {
	role: typeof LOADER_ROLE;
	dir: string;
	snapshotDir: string | null;
	/** The version being served: when the files still hash to it, nothing is rebuilt. */
	servedVersion: string | null;
}

export type LoadResult =
	| { kind: 'loaded'; data: StoreData; origin: 'csv' | 'snapshot'; note: string; fingerprint: string; ms: number }
	| { kind: 'unchanged'; fingerprint: string }
	| { kind: 'rejected'; issues: ParseIssue[]; version: string | null; fingerprint: string }
	/** The files changed while being read: try again once they are still. */
	| { kind: 'unstable' };

/**
 * Which code built a snapshot: a hash of the loader's own files (the source files in development, the
 * server chunks in a build). New code never reads a snapshot made by old code.
 */
export function loaderCodeId(): string {
	const self = fileURLToPath(LOADER_MODULE);
	const dirs = [path.dirname(self)];
	if (self.endsWith('.ts')) dirs.push(path.resolve(path.dirname(self), '../../data'));
	const hash = createHash('sha256');
	for (const dir of dirs) {
		for (const name of readdirSync(dir).sort()) {
			if (!/\.(ts|js|mjs)$/.test(name) || name.includes('.test.')) continue;
			hash.update(name).update(readFileSync(path.join(dir, name)));
		}
	}
	return hash.digest('hex').slice(0, 8);
}

/** The whole load, synchronous (it runs in the worker). Exported for tests. */
export function load(request: Omit<LoadRequest, 'role'>): LoadResult {
	const started = performance.now();
	const before = fingerprintSync(request.dir);
	if (before === 'missing') {
		return {
			kind: 'rejected',
			version: null,
			fingerprint: before,
			issues: [{ file: request.dir, line: 0, column: '', value: '', expected: 'the data folder to exist' }]
		};
	}
	const { bytes, version } = readDataFileBytes(request.dir);
	// A file that changed while it was read may be half written: never build from it.
	if (fingerprintSync(request.dir) !== before) return { kind: 'unstable' };
	if (version.id === request.servedVersion) return { kind: 'unchanged', fingerprint: before };

	const code = request.snapshotDir ? loaderCodeId() : '';
	let note = '';
	if (request.snapshotDir) {
		const snap = readSnapshot(request.snapshotDir, version.id, code);
		if (snap.data) {
			// The snapshot's own loadedAt is when its files were first read; the data is the same.
			return {
				kind: 'loaded',
				data: snap.data,
				origin: 'snapshot',
				note: '',
				fingerprint: before,
				ms: performance.now() - started
			};
		}
		note = snap.reason;
	}
	const { dataset, issues } = buildDataset(decodeDataFiles(bytes), new Date(version.loadedAt));
	if (!dataset) return { kind: 'rejected', issues, version: version.id, fingerprint: before };
	const data = columnar(dataset, version);
	if (request.snapshotDir) {
		try {
			writeSnapshot(request.snapshotDir, data, code);
		} catch (e) {
			note += `${note ? '; ' : ''}snapshot not written: ${(e as Error).message}`;
		}
	}
	return { kind: 'loaded', data, origin: 'csv', note, fingerprint: before, ms: performance.now() - started };
}

/**
 * Lowers this thread's priority (Linux: a thread has its own nice value): when the cores are busy the
 * serving thread goes first, and the load simply takes longer. Elsewhere a no-op.
 */
function yieldToServer(): void {
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
		if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
	} catch {
		// Not Linux, or not allowed: the load runs at normal priority.
	}
}

if (!isMainThread && parentPort && (workerData as LoadRequest | undefined)?.role === LOADER_ROLE) {
	const port = parentPort;
	yieldToServer();
	let result: LoadResult;
	try {
		result = load(workerData as LoadRequest);
	} catch (e) {
		const request = workerData as LoadRequest;
		result = {
			kind: 'rejected',
			version: null,
			fingerprint: '',
			issues: [{ file: request.dir, line: 0, column: '', value: String(e), expected: 'readable data files' }]
		};
	}
	port.postMessage(result, result.kind === 'loaded' ? transferList(result.data) : []);
}
