// Keeps the store being served. Loads the data folder at start (before the server listens: see
// hooks.server.ts), then polls it: a change is picked up once the files have stopped changing
// (fingerprint unchanged for DATA_STABLE_MS), is loaded in a worker thread, and the new store replaces
// the old one in one assignment only when it is complete and valid. Meanwhile, and after any bad
// change, the last good store keeps answering.
//
// Polling rather than fs.watch: a watcher follows the folder's inode, so it goes deaf when the folder
// is replaced (`mv data-new data`) and cannot watch a folder that does not exist yet; a stat of the
// folder and its seven files every DATA_POLL_MS costs nothing and sees all three cases.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssue } from '../../data/issues';
import type { ParseIssue } from '../../data/types';
import { dataDirectory, fingerprint, snapshotDirectory } from './files';
import type { LoadRequest, LoadResult } from './loadWorker';
import { MemoryTradeStore } from './memoryStore';
import type { StoreStatus, TradeStore, TradeStoreProvider } from './types';

const numberFromEnv = (name: string, fallback: number) => {
	const n = Number(process.env[name]);
	return Number.isFinite(n) && n >= 0 ? n : fallback;
};

export interface ServiceOptions {
	dir: string;
	/** null: no snapshots (SNAPSHOT_DIR=off). */
	snapshotDir: string | null;
	/** How long the files must stay unchanged before a change is loaded. */
	stableMs: number;
	pollMs: number;
}

export function defaultOptions(): ServiceOptions {
	const dir = dataDirectory();
	return {
		dir,
		snapshotDir: process.env.SNAPSHOT_DIR === 'off' ? null : snapshotDirectory(dir),
		// Longer than a pause between two writes of a careless writer; atomic replacement (write a
		// temporary file, then rename it over the old one) needs no wait at all: see README.
		stableMs: numberFromEnv('DATA_STABLE_MS', 1000),
		pollMs: numberFromEnv('DATA_POLL_MS', 250)
	};
}

export class DataService implements TradeStoreProvider {
	private store: MemoryTradeStore | null = null;
	private state: StoreStatus;
	/** Fingerprint of the files the last load read (good or bad): no reload until they change. */
	private loadedPrint: string | null = null;
	private seenPrint: string | null = null;
	private seenSince = 0;
	private loading: Promise<void> | null = null;
	private timer: ReturnType<typeof setInterval> | null = null;
	private statusTag = 0;
	/** A loaded store is in memory and answers every query until the next swap, which changes the tag. */
	readonly steady = true;

	constructor(readonly options: ServiceOptions) {
		this.state = {
			directory: options.dir,
			servingSince: null,
			lastCheckedAt: '',
			issues: [],
			origin: null,
			version: null
		};
	}

	/** Loads the folder once (awaited by the server before it listens) and starts watching it. */
	async start(): Promise<void> {
		await this.reload();
		this.timer ??= setInterval(() => void this.poll(), this.options.pollMs);
		this.timer.unref();
	}

	stop(): void {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}

	/** The store of the data being served, or null when no good data was ever loaded. */
	current(): TradeStore | null {
		return this.store;
	}

	status(): StoreStatus {
		return { ...this.state, issues: [...this.state.issues] };
	}

	/** Changes whenever what a page shows about the data could change: the version or the problems found. */
	get tag(): string {
		return `${this.state.version ?? 'none'}.${this.statusTag}`;
	}

	/** Reads the folder now, in a worker. Concurrent calls share one load. */
	reload(): Promise<void> {
		this.loading ??= this.loadOnce().finally(() => (this.loading = null));
		return this.loading;
	}

	private async poll(): Promise<void> {
		if (this.loading) return;
		const print = await fingerprint(this.options.dir);
		const now = Date.now();
		if (print !== this.seenPrint) {
			this.seenPrint = print;
			this.seenSince = now;
			return;
		}
		if (print !== this.loadedPrint && now - this.seenSince >= this.options.stableMs) await this.reload();
	}

	private async loadOnce(): Promise<void> {
		const request: LoadRequest = {
			role: 'trade-store-loader',
			dir: this.options.dir,
			snapshotDir: this.options.snapshotDir,
			servedVersion: this.state.version,
			lowPriority: this.store !== null
		};
		let result: LoadResult;
		try {
			result = await runLoader(request);
		} catch (e) {
			result = {
				kind: 'rejected',
				version: null,
				fingerprint: '',
				issues: [{ file: this.options.dir, line: 0, column: '', value: String(e), expected: 'a loader that finishes' }]
			};
		}
		const now = new Date().toISOString();
		if (result.kind === 'unstable') return; // the poll tries again once the files are still
		this.loadedPrint = result.fingerprint;
		if (result.kind === 'unchanged') {
			this.setState({ ...this.state, lastCheckedAt: now, issues: [] });
			return;
		}
		if (result.kind === 'loaded') {
			// The swap: one assignment. Requests that already hold the old store finish with it.
			this.store = new MemoryTradeStore(result.data);
			this.setState({
				directory: this.options.dir,
				servingSince: result.data.version.loadedAt,
				lastCheckedAt: now,
				issues: [],
				origin: result.origin,
				version: result.data.version.id
			});
			console.log(
				`[data] serving ${this.options.dir} (version ${result.data.version.id}, ${result.data.trade.length} trade rows) ` +
					`from ${result.origin === 'snapshot' ? 'its snapshot' : 'CSV'} in ${Math.round(result.ms)} ms ` +
					`(files hashed${result.origin === 'snapshot' ? ', snapshot read,' : ''} in ${Math.round(result.phases.files)} ms)` +
					(result.note ? ` (${result.note})` : '')
			);
			return;
		}
		this.setState({ ...this.state, lastCheckedAt: now, issues: result.issues });
		reportProblems(this.options.dir, result.issues, this.state.servingSince);
	}

	private setState(next: StoreStatus): void {
		if (next.version !== this.state.version || JSON.stringify(next.issues) !== JSON.stringify(this.state.issues))
			this.statusTag++;
		this.state = next;
	}
}

function reportProblems(dir: string, issues: ParseIssue[], servingSince: string | null): void {
	const shown = issues.slice(0, 50).map((i) => '  ' + formatIssue(i));
	if (issues.length > shown.length) shown.push(`  … and ${issues.length - shown.length} more`);
	console.error(
		`[data] ${issues.length} problem(s) in ${dir}; ${servingSince ? 'still serving the data loaded at ' + servingSince : 'no data to serve'}:\n` +
			shown.join('\n')
	);
}

/**
 * Runs one load in a new worker thread. The worker's entry is loadWorker's own module file: the built
 * chunk in production; under `vite dev` and Vitest the TypeScript source, which Node runs through tsx
 * (a dev dependency, present wherever the sources are).
 */
async function runLoader(request: LoadRequest): Promise<LoadResult> {
	const { LOADER_MODULE } = await import('./loadWorker');
	let worker: Worker;
	if (LOADER_MODULE.endsWith('.ts')) {
		const require = createRequire(path.join(process.cwd(), 'package.json'));
		const tsx = pathToFileURL(
			path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')
		).href;
		const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(LOADER_MODULE)}); });`;
		worker = new Worker(boot, { eval: true, workerData: request });
	} else {
		worker = new Worker(new URL(LOADER_MODULE), { workerData: request });
	}
	return new Promise<LoadResult>((resolve, reject) => {
		worker.once('message', (result: LoadResult) => {
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the loader worker exited with code ${code} before answering`)));
	});
}

// On globalThis, not in a module variable: `vite dev` re-evaluates a changed module, and a second service
// would load and poll the folder beside the first.
const KEY = Symbol.for('trade-dashboard.data-service');
const holder = globalThis as typeof globalThis & { [KEY]?: DataService };

/** The process-wide data service. */
export function dataService(): DataService {
	holder[KEY] ??= new DataService(defaultOptions());
	return holder[KEY];
}
