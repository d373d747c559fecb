import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RenderDropped, RenderPool, RenderQueueFull, type Renderer } from './renderPool';
import type { RenderJob } from './renderWorker';

/** A renderer that finishes a job only when the test says so; `started` lists the jobs it began. */
function manualRenderer(started: string[]): Renderer & { finish: () => void } {
	let done: (() => void) | null = null;
	return {
		run: (job) =>
			new Promise((resolve) => {
				started.push(job.spec.id);
				done = () => resolve(new Uint8Array([1]));
			}),
		finish: () => done?.()
	};
}
const job = (id: string) =>
	({ format: 'png', spec: { id }, caption: {}, size: {}, dark: false, legend: true }) as unknown as RenderJob;
const run = promisify(execFile);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('RenderPool', () => {
	it('runs jobs in arrival order on free renderers, and refuses beyond the queue with a retry time', async () => {
		const started: string[] = [];
		const a = manualRenderer(started);
		const pool = new RenderPool([a], 2);
		const results = ['1', '2', '3'].map((id) => pool.render(job(id)));
		await expect(pool.render(job('4'))).rejects.toBeInstanceOf(RenderQueueFull);
		expect(started).toEqual(['1']);
		expect(pool.queued).toBe(2);
		for (let i = 0; i < 3; i++) {
			a.finish();
			await tick();
		}
		await Promise.all(results);
		expect(started).toEqual(['1', '2', '3']);
		expect(pool.counts).toEqual({ rendered: 3, dropped: 0, refused: 1, failed: 0 });
	});

	it('never starts a job whose client has gone, and frees its place at once', async () => {
		const started: string[] = [];
		const a = manualRenderer(started);
		const dropped: number[] = [];
		const pool = new RenderPool([a], 1, (n) => dropped.push(n));
		const first = pool.render(job('1'));
		const client = new AbortController();
		const gone = pool.render(job('2'), client.signal);
		client.abort();
		await expect(gone).rejects.toBeInstanceOf(RenderDropped);
		expect(pool.queued).toBe(0);
		// An already-aborted request is not even queued.
		await expect(pool.render(job('3'), AbortSignal.abort())).rejects.toBeInstanceOf(RenderDropped);
		a.finish();
		await first;
		expect(started).toEqual(['1']);
		expect(dropped).toEqual([1, 1]);
	});

	it('a failing job fails alone; the renderer takes the next one', async () => {
		let calls = 0;
		const flaky: Renderer = {
			run: async () => (++calls === 1 ? Promise.reject(new Error('boom')) : new Uint8Array([2]))
		};
		const pool = new RenderPool([flaky], 4);
		const [bad, good] = [pool.render(job('1')), pool.render(job('2'))];
		await expect(bad).rejects.toThrow('boom');
		expect(await good).toEqual(new Uint8Array([2]));
	});
});

describe('workerRenderer', () => {
	it('draws in a worker thread, and the worker does not keep the process alive afterwards', async () => {
		// A process that runs one job on a worker and then has nothing left to do must end by itself: a
		// worker that held it would keep the server from stopping on SIGTERM.
		const dir = mkdtempSync(path.join(tmpdir(), 'render-pool-'));
		const worker = path.join(dir, 'worker.mjs');
		writeFileSync(
			worker,
			`import { parentPort } from 'node:worker_threads';
			parentPort.on('message', ({ id, job }) => parentPort.postMessage({ id, body: new TextEncoder().encode(job.format) }));`
		);
		const main = path.join(dir, 'main.mts');
		writeFileSync(
			main,
			`import { workerRenderer } from ${JSON.stringify(path.resolve('src/lib/server/render/renderPool.ts'))};
			// The server's open socket keeps the process alive while a job runs; a timer stands in for it.
			const server = setInterval(() => {}, 1000);
			const body = await workerRenderer(${JSON.stringify(pathToFileURL(worker).href)}, null).run({ format: 'svg' } as never);
			clearInterval(server);
			console.log(new TextDecoder().decode(body));`
		);
		try {
			const { stdout } = await run(process.execPath, ['--import', 'tsx', main], { timeout: 15_000 });
			expect(stdout.trim()).toBe('svg');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 30_000);
});
