// Chart images are drawn off the event loop, in a pool of worker threads sized to the cores, so a page,
// a CSV or a 404 never waits behind a 1600 × 1200 PNG. Work is bounded: a short queue, and beyond it
// an immediate 503 with Retry-After; a request whose client has gone before its turn is never drawn.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderJob, WorkerReply } from './renderWorker';

/** Thrown when the queue is full; the response is a 503 that says when to come back. */
export class RenderQueueFull extends Error {
	constructor(readonly retryAfterSeconds: number) {
		super(`the image renderer is busy; retry in ${retryAfterSeconds} s`);
	}
}

/** Thrown for a job whose client went away before it started: nobody would read the image. */
export class RenderDropped extends Error {
	constructor() {
		super('the client went away before the image was drawn');
	}
}

/** Something that draws one job at a time: a worker thread, or (under `vite dev`) the main thread. */
export interface Renderer {
	run(job: RenderJob): Promise<Uint8Array>;
}

interface Waiting {
	job: RenderJob;
	signal: AbortSignal | undefined;
	resolve: (body: Uint8Array) => void;
	reject: (error: Error) => void;
	forget: () => void;
}

export interface PoolCounts {
	rendered: number;
	/** Jobs whose client had gone before their turn (never drawn). */
	dropped: number;
	/** Jobs refused with a 503 because the queue was full. */
	refused: number;
	failed: number;
}

/**
 * Hands jobs to free renderers in arrival order; at most `maxQueue` jobs wait. Pure scheduling: the
 * renderers are given, so the rules can be tested with fake ones.
 */
export class RenderPool {
	private readonly idle: Renderer[];
	private readonly queue: Waiting[] = [];
	private busy = 0;
	/** Recent milliseconds per image (moving average), to tell a refused client when to come back. */
	private averageMs = 250;
	readonly counts: PoolCounts = { rendered: 0, dropped: 0, refused: 0, failed: 0 };

	constructor(
		renderers: Renderer[],
		private readonly maxQueue: number,
		private readonly onDropped: (count: number) => void = () => {}
	) {
		this.idle = [...renderers];
	}

	get size(): number {
		return this.idle.length + this.busy;
	}

	get queued(): number {
		return this.queue.length;
	}

	/**
	 * Draws `job` when a renderer is free. Rejects with RenderQueueFull at once when `maxQueue` jobs
	 * already wait, and with RenderDropped if `signal` aborts before the job starts (it is then never
	 * drawn); a job already drawing runs to its end (a renderer cannot be interrupted mid-image).
	 */
	render(job: RenderJob, signal?: AbortSignal): Promise<Uint8Array> {
		if (signal?.aborted) return this.drop();
		if (this.idle.length === 0 && this.queue.length >= this.maxQueue) {
			this.counts.refused++;
			const seconds = Math.ceil(((this.queue.length + this.busy) * this.averageMs) / this.size / 1000);
			return Promise.reject(new RenderQueueFull(Math.max(1, seconds)));
		}
		return new Promise<Uint8Array>((resolve, reject) => {
			const waiting: Waiting = { job, signal, resolve, reject, forget: () => {} };
			if (signal) {
				// Leaving the queue as soon as the client goes frees its place for someone still waiting.
				const onAbort = () => {
					const at = this.queue.indexOf(waiting);
					if (at < 0) return;
					this.queue.splice(at, 1);
					this.drop().catch(reject);
				};
				signal.addEventListener('abort', onAbort, { once: true });
				waiting.forget = () => signal.removeEventListener('abort', onAbort);
			}
			this.queue.push(waiting);
			this.next();
		});
	}

	private drop(): Promise<never> {
		this.counts.dropped++;
		this.onDropped(1);
		return Promise.reject(new RenderDropped());
	}

	private next(): void {
		for (;;) {
			const renderer = this.idle.pop();
			if (!renderer) return;
			const waiting = this.queue.shift();
			if (!waiting) {
				this.idle.push(renderer);
				return;
			}
			waiting.forget();
			this.busy++;
			const started = performance.now();
			renderer
				.run(waiting.job)
				.then(
					(body) => {
						this.counts.rendered++;
						this.averageMs = 0.8 * this.averageMs + 0.2 * (performance.now() - started);
						waiting.resolve(body);
					},
					(error: unknown) => {
						this.counts.failed++;
						waiting.reject(error instanceof Error ? error : new Error(String(error)));
					}
				)
				.finally(() => {
					this.busy--;
					this.idle.push(renderer);
					this.next();
				});
		}
	}
}

/** A worker thread running renderWorker.ts; a worker that dies is replaced, failing only its own job. */
export function workerRenderer(url: string, workerData: unknown): Renderer {
	let worker: Worker | null = null;
	let nextId = 1;
	let current: { id: number; resolve: (b: Uint8Array) => void; reject: (e: Error) => void } | null = null;
	const start = () => {
		const w = new Worker(new URL(url), { workerData });
		w.on('message', (reply: WorkerReply) => {
			if (!current || reply.id !== current.id) return;
			const { resolve, reject } = current;
			current = null;
			if ('error' in reply) reject(new Error(reply.error));
			else resolve(reply.body);
		});
		const fail = (error: Error) => {
			if (worker === w) worker = null;
			const job = current;
			current = null;
			job?.reject(error);
		};
		w.on('error', fail);
		w.on('exit', (code) => fail(new Error(`the render worker exited (code ${code})`)));
		// Workers must not keep the process alive when the server closes (SIGTERM). After the listeners:
		// adding a 'message' listener refs the worker's port again.
		w.unref();
		return w;
	};
	return {
		run(job) {
			worker ??= start();
			const id = nextId++;
			return new Promise((resolve, reject) => {
				current = { id, resolve, reject };
				worker?.postMessage({ id, job });
			});
		}
	};
}

/** Jobs that may wait per renderer: a few seconds of work at most, then 503s. */
const QUEUE_PER_RENDERER = 4;

let pool: Promise<RenderPool> | null = null;
let droppedSinceLog = 0;

/** Drops are logged once a second at most, as a count: the log stays readable under load. */
function logDropped(count: number): void {
	if (droppedSinceLog === 0)
		setTimeout(() => {
			console.warn(`[render] dropped ${droppedSinceLog} image request(s): the client went away before drawing started`);
			droppedSinceLog = 0;
		}, 1000).unref();
	droppedSinceLog += count;
}

/**
 * The server's pool, started on first use. The worker script is renderWorker.ts's own module; under
 * `vite dev` that module is TypeScript, which a worker thread cannot load, so images are drawn on the
 * main thread there (one at a time, with the same queue rules).
 */
export function renderPool(): Promise<RenderPool> {
	pool ??= import('./renderWorker').then(({ RENDER_WORKER_URL, RENDER_WORKER_DATA, renderJob }) => {
		const bundled = /\.m?js$/.test(new URL(RENDER_WORKER_URL).pathname);
		const renderers: Renderer[] = bundled
			? Array.from({ length: availableParallelism() }, () => workerRenderer(RENDER_WORKER_URL, RENDER_WORKER_DATA))
			: [{ run: async (job) => renderJob(job) }];
		return new RenderPool(renderers, renderers.length * QUEUE_PER_RENDERER, logDropped);
	});
	return pool;
}
