// The code a render worker runs. This module is both: imported on the main thread (to learn its own
// address, and to render in-process under `vite dev`), and started as the worker script itself. The
// bundled server keeps it in a chunk of its own (renderPool imports it dynamically), so the worker
// loads only the renderer and its dependencies, wherever the build put the file.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ChartSpec } from '$lib/charts/spec';
import { withLocale, type Locale } from '$lib/i18n/locale';
import { renderChartPng, renderChartSvg } from './chartImage';
import type { ImageCaption, ImageSize } from './imageLayout';

export interface RenderJob {
	format: 'png' | 'svg';
	spec: ChartSpec;
	caption: ImageCaption;
	size: ImageSize;
	dark: boolean;
	/** Chart.js's legend in the image (false: the page shows the legend in HTML). */
	legend: boolean;
	/**
	 * The language the image speaks (ticks, break markers, legend words): a worker has no request to
	 * read it from, so it travels with the job. The spec and caption come already written in it.
	 */
	locale: Locale;
}

export type WorkerReply = { id: number; body: Uint8Array } | { id: number; error: string };

const ROLE = 'chart-render-worker';

/** This file's address: what `new Worker()` runs. In a bundle it is the chunk the bundler made of it. */
export const RENDER_WORKER_URL = import.meta.url;
export const RENDER_WORKER_DATA = { role: ROLE };

/** Renders one job (in the worker, or on the main thread where workers cannot run TypeScript). */
export function renderJob({ format, spec, caption, size, dark, legend, locale }: RenderJob): Uint8Array {
	const body = withLocale(locale, () =>
		format === 'png'
			? renderChartPng(spec, caption, size, dark, legend)
			: renderChartSvg(spec, caption, size, dark, legend)
	);
	return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === ROLE) {
	const port = parentPort;
	port.on('message', ({ id, job }: { id: number; job: RenderJob }) => {
		let reply: WorkerReply;
		try {
			reply = { id, body: renderJob(job) };
		} catch (error) {
			reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
		}
		port.postMessage(reply);
	});
}
