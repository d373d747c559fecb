import { existsSync, watch, type FSWatcher } from 'node:fs';
import { buildDataset } from '$lib/data/dataset';
import { formatIssue } from '$lib/data/issues';
import type { Dataset, ParseIssue } from '$lib/data/types';
import { dataDirectory, readDataFiles } from './dataFiles';

export interface DataStatus {
	directory: string;
	/** When the data now being served was loaded; null if no good data was ever loaded. */
	servingSince: string | null;
	lastCheckedAt: string;
	/** Problems found the last time the files were read; empty when they were good. */
	issues: ParseIssue[];
}

/**
 * Holds the last good data set. Files are read once at start and again when they change; a bad change
 * is reported and ignored, so the server keeps answering with the last good figures.
 */
class DataStore {
	private dataset: Dataset | null = null;
	private status: DataStatus;
	private watcher: FSWatcher | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(private readonly dir: string) {
		this.status = { directory: dir, servingSince: null, lastCheckedAt: '', issues: [] };
		this.reload();
		this.watch();
	}

	get current(): Dataset | null {
		return this.dataset;
	}

	get health(): DataStatus {
		return this.status;
	}

	reload(): void {
		const now = new Date();
		let issues: ParseIssue[];
		let next: Dataset | null = null;
		try {
			const result = buildDataset(readDataFiles(this.dir), now);
			issues = result.issues;
			next = result.dataset;
		} catch (error) {
			// A file vanishing between existsSync and readFileSync, say: report it, keep serving.
			issues = [{ file: this.dir, line: 0, column: '', value: String(error), expected: 'readable data files' }];
		}
		if (next) {
			this.dataset = next;
			this.status = { directory: this.dir, servingSince: next.loadedAt, lastCheckedAt: now.toISOString(), issues: [] };
			return;
		}
		this.status = { ...this.status, lastCheckedAt: now.toISOString(), issues };
		console.error(
			`[data] ${issues.length} problem(s) in ${this.dir}; ${this.dataset ? 'still serving the data loaded at ' + this.dataset.loadedAt : 'no data to serve'}:\n` +
				issues.map((i) => '  ' + formatIssue(i)).join('\n')
		);
	}

	private watch(): void {
		if (!existsSync(this.dir)) return;
		try {
			this.watcher = watch(this.dir, () => {
				// Editors write in several steps (truncate, write, rename): wait for the burst to end.
				if (this.timer) clearTimeout(this.timer);
				this.timer = setTimeout(() => this.reload(), 250);
			});
			this.watcher.unref();
		} catch {
			// Without file watching the data still loads once; changes then need a restart.
		}
	}
}

let store: DataStore | null = null;

/** The process-wide store, created on first use. */
export function dataStore(): DataStore {
	store ??= new DataStore(dataDirectory());
	return store;
}
