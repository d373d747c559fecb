// The loader, run in a worker thread so the server keeps answering while a data set is read: it hashes
// the files and loads the snapshot of that version if there is a good one; otherwise a child process
// parses and validates the CSV and writes the snapshot, and the worker then loads that. The columns
// reach the server by transfer (no copy) and the worker exits.
//
// Why a child process for the parse: it needs ~10× the data's size in short-lived objects (2 GB for
// the IMF matrix); in a thread, the allocator keeps much of that memory after it is freed (the server
// stayed at 600 MB after a cold load, against 220 MB after a restart from the snapshot), while a
// process gives all of it back when it exits. Both paths then serve the same bytes: the snapshot's.
//
// This same module is the worker's entry file and the child's script: the server starts a Worker on
// LOADER_MODULE (this file's own URL: the source file under `vite dev` and in tests, its own chunk in
// the adapter-node build, where service.ts imports it dynamically so the bundler gives it a chunk of
// its own). Relative imports only.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { buildDataset } from '../../data/dataset';
import type { ParseIssue } from '../../data/types';
import { columnar, transferList, type StoreData } from './columnar';
import type { DataVersion } from './types';
import { decodeDataFiles, fingerprintSync, hashDataFiles, readDataFileBytes } from './files';
import { encodeSnapshot, readLatestSnapshot, readSnapshot, writeSnapshot } from './snapshot';

export const LOADER_MODULE = import.meta.url;
export const LOADER_ROLE = 'trade-store-loader';

export interface LoadRequest {
	role: typeof LOADER_ROLE;
	dir: string;
	snapshotDir: string | null;
	/** The version being served: when the files still hash to it, nothing is rebuilt. */
	servedVersion: string | null;
	/** Yield the cores to the server (a reload while data is served); a first load runs at full speed. */
	lowPriority?: boolean;
}

export type LoadResult =
	| {
			kind: 'loaded';
			data: StoreData;
			origin: 'csv' | 'snapshot';
			note: string;
			fingerprint: string;
			ms: number;
			/** Milliseconds until the files were hashed (and, on a first load, the snapshot read), then the rest. */
			phases: { files: number; load: number };
	  }
	| { kind: 'unchanged'; fingerprint: string }
	| { kind: 'rejected'; issues: ParseIssue[]; version: string | null; fingerprint: string }
	/** The files changed while being read: try again once they are still. */
	| { kind: 'unstable' };

/**
 * Which code built a snapshot: a hash of the loader's module graph (the source files in development,
 * the server chunks in a build). New code never reads a snapshot made by old code.
 */
export function loaderCodeId(): string {
	const hash = createHash('sha256');
	const seen = new Set<string>();
	// This module and every module it imports, relatively, transitively: a change anywhere else (a page,
	// a chart) leaves the snapshots valid.
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		hash.update(path.basename(file)).update(text);
		for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
			const dep = path.resolve(path.dirname(file), spec as string);
			const found = [dep, `${dep}.ts`, `${dep}.js`].find((f) => existsSync(f) && statSync(f).isFile());
			if (found) visit(found);
		}
	};
	visit(fileURLToPath(LOADER_MODULE));
	return hash.digest('hex').slice(0, 8);
}

/** The whole load (it runs in the worker). Exported for tests. */
export async function load(request: Omit<LoadRequest, 'role'>): Promise<LoadResult> {
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
	const code = loaderCodeId();
	// A first load reads the latest snapshot while it hashes the files (both on the thread pool): a
	// restart then costs the longer of the two, not their sum. The snapshot is used only if its version
	// is the files' version.
	const [version, candidate] = await Promise.all([
		hashDataFiles(request.dir),
		request.snapshotDir && request.servedVersion === null ? readLatestSnapshot(request.snapshotDir, code) : null
	]);
	const read = performance.now();
	const phases = () => ({ files: read - started, load: performance.now() - read });
	// A file that changed while it was read may be half written: never build from it.
	if (fingerprintSync(request.dir) !== before) return { kind: 'unstable' };
	if (version.id === request.servedVersion) return { kind: 'unchanged', fingerprint: before };

	const snapshotDir = request.snapshotDir ?? mkdtempSync(path.join(tmpdir(), 'trade-dashboard-build-'));
	try {
		let note = '';
		if (request.snapshotDir) {
			let snap = candidate ?? readSnapshot(snapshotDir, version.id, code);
			if (snap.data && snap.data.version.id !== version.id)
				snap = { data: null, reason: 'stale snapshot (another data version)' };
			if (snap.data) {
				// The snapshot's own loadedAt is when its files were first read; the data is the same.
				const ms = performance.now() - started;
				return { kind: 'loaded', data: snap.data, origin: 'snapshot', note, fingerprint: before, ms, phases: phases() };
			}
			note = snap.reason;
		}
		const built = await buildInChildProcess({ dir: request.dir, snapshotDir, code }, request.lowPriority ?? false);
		if (built.kind === 'rejected') return { ...built, fingerprint: before };
		// The child read the files again: if they changed in between, this is not the version hashed above.
		if (built.version !== version.id) return { kind: 'unstable' };
		const snap = readSnapshot(snapshotDir, version.id, code);
		if (!snap.data) throw new Error(`the snapshot just built cannot be read: ${snap.reason}`);
		if (built.note) note += `${note ? '; ' : ''}${built.note}`;
		const ms = performance.now() - started;
		return { kind: 'loaded', data: snap.data, origin: 'csv', note, fingerprint: before, ms, phases: phases() };
	} finally {
		if (!request.snapshotDir) rmSync(snapshotDir, { recursive: true, force: true });
	}
}

interface BuildRequest {
	dir: string;
	snapshotDir: string;
	code: string;
}
type BuildResult =
	{ kind: 'built'; version: string; note: string } | { kind: 'rejected'; issues: ParseIssue[]; version: string | null };

/** In the child process: parse, validate, write the snapshot (or report the issues). */
function buildSnapshot(request: BuildRequest): BuildResult {
	const { bytes, version } = readDataFileBytes(request.dir);
	const { dataset, issues } = buildDataset(decodeDataFiles(bytes), new Date(version.loadedAt));
	if (!dataset) return { kind: 'rejected', issues, version: version.id };
	const data = columnar(dataset, version as DataVersion);
	writeSnapshot(request.snapshotDir, data, request.code, encodeSnapshot(data));
	return { kind: 'built', version: version.id, note: '' };
}

const BUILD_FLAG = '--build-snapshot';

/** Runs buildSnapshot in a child process of this module; resolves with its result. */
function buildInChildProcess(request: BuildRequest, lowPriority: boolean): Promise<BuildResult> {
	const self = fileURLToPath(LOADER_MODULE);
	// The TypeScript source (dev, tests) runs through tsx's loader, a dev dependency present beside it.
	const tsx = self.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(self).resolve('tsx')).href] : [];
	const child = spawn(process.execPath, [...tsx, self, BUILD_FLAG, JSON.stringify(request)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	try {
		if (child.pid && lowPriority) setPriority(child.pid, 19);
	} catch {
		// Not allowed: it runs at normal priority.
	}
	let out = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('close', (code) => {
			try {
				if (code !== 0) throw new Error(`exit code ${code}`);
				resolve(JSON.parse(out) as BuildResult);
			} catch (e) {
				reject(new Error(`the CSV parser process failed (${(e as Error).message})`));
			}
		});
	});
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

if (
	isMainThread &&
	process.argv[2] === BUILD_FLAG &&
	path.resolve(process.argv[1] ?? '') === fileURLToPath(LOADER_MODULE)
) {
	process.stdout.write(JSON.stringify(buildSnapshot(JSON.parse(process.argv[3] ?? '{}') as BuildRequest)));
}

if (!isMainThread && parentPort && (workerData as LoadRequest | undefined)?.role === LOADER_ROLE) {
	const port = parentPort;
	if ((workerData as LoadRequest).lowPriority) yieldToServer();
	let result: LoadResult;
	try {
		result = await load(workerData as LoadRequest);
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
