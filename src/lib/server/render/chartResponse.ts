import { LRUCache } from 'lru-cache';
import { tradeCsvName } from '$lib/data/csv';
import { chartCsv } from '$lib/data/chartCsv';
import { dashboardUrl, siteName, withLang } from '$lib/embed/links';
import { getLocale, withLocale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import type { TradeStore } from '$lib/server/store/types';
import { chartFromUrl, type ChartOutput } from './chartFromUrl';
import { imageCaption, imageSize, type ImageSize } from './imageLayout';
import { RenderDropped, RenderQueueFull, renderPool } from './renderPool';
import type { RenderJob } from './renderWorker';

// Images and CSVs change only when the data does; a short public cache spares the renderer when a
// document with many embedded images is opened, without holding revised figures for long.
const CACHE = 'public, max-age=300';

/** The file name of a chart's download. @example 'kor-nld-balance-2000-2020.png' */
function fileName(chart: ChartOutput, extension: string): string {
	return tradeCsvName(chart, chart.id).replace(/\.csv$/, `.${extension}`);
}

// Rendered images by data version and normalised view: the same view is drawn once, however often and
// however its URL was spelled. Bounded by bytes (a 1600 × 1200 @2× PNG is ~0.3 MB), least recently
// used out first; a new data version makes old keys unreachable and they age out.
const images = new LRUCache<string, Uint8Array>({
	maxSize: 64 * 1024 * 1024,
	sizeCalculation: (b) => b.byteLength || 1
});

// Images being drawn, so concurrent requests for one view wait for one drawing. The drawing is
// abandoned (if not started) only when every request waiting for it has gone.
const drawing = new Map<string, { body: Promise<Uint8Array>; waiting: number; abandon: AbortController }>();

/** Whether an image came from the cache, was drawn for this request, or was being drawn for another. */
export type RenderCache = 'hit' | 'miss' | 'shared';

export interface ImageRequest {
	format: 'png' | 'svg';
	size: ImageSize;
	dark: boolean;
	/** Scheme, host and port the image's caption links back to. */
	origin: string;
	/** Without title, unit, legend and source lines: for a page that shows them as HTML around the image. */
	bare?: boolean;
}

/** The chart drawn as asked, from the cache when it was drawn before for the same data and view. */
export async function renderedChart(
	store: TradeStore,
	chart: ChartOutput,
	{ format, size, dark, origin, bare = false }: ImageRequest,
	signal?: AbortSignal
): Promise<{ body: Uint8Array; cache: RenderCache }> {
	const version = await store.version();
	const { width, height } = size;
	const scale = format === 'svg' ? 1 : size.scale;
	// The language too: the spec's words are in it, and the query need not say it (products views drop `lang`).
	const locale = getLocale();
	const key = JSON.stringify([
		version.id,
		locale,
		format,
		chart.id,
		chart.query,
		origin,
		width,
		height,
		scale,
		dark,
		bare
	]);
	const cached = images.get(key);
	if (cached) return { body: cached, cache: 'hit' };

	const pool = await renderPool();
	let entry = drawing.get(key);
	const cache: RenderCache = entry ? 'shared' : 'miss';
	if (!entry) {
		const caption = bare
			? { title: '', unit: '', footer: [] }
			: imageCaption(chart.spec, {
					siteName: siteName(),
					url: dashboardUrl(origin, chart.id, withLang(chart.query)),
					loadedAt: version.loadedAt
				});
		const job: RenderJob = {
			format,
			spec: chart.spec,
			caption,
			size: { width, height, scale },
			dark,
			legend: !bare,
			locale
		};
		const abandon = new AbortController();
		const body = pool.render(job, abandon.signal);
		entry = { body, waiting: 0, abandon };
		drawing.set(key, entry);
		body
			.then((b) => images.set(key, b))
			.finally(() => drawing.delete(key))
			.catch(() => {});
	}
	const shared = entry;
	if (signal?.aborted) throw new RenderDropped();
	shared.waiting++;
	signal?.addEventListener('abort', () => --shared.waiting === 0 && shared.abandon.abort(), { once: true });
	return { body: await shared.body, cache };
}

/** `/chart/<id>.png` and `.svg`: the chart of the URL's state, drawn on the server. */
export async function chartImageResponse(
	store: TradeStore,
	id: string,
	url: URL,
	format: 'png' | 'svg',
	signal?: AbortSignal
): Promise<Response> {
	const chart = await chartFromUrl(store, id, url);
	const request: ImageRequest = {
		format,
		size: imageSize(url.searchParams),
		dark: url.searchParams.get('theme') === 'dark',
		origin: url.origin
	};
	try {
		const { body, cache } = await renderedChart(store, chart, request, signal);
		return new Response(body.slice(), {
			headers: {
				'content-type': format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8',
				'content-disposition': `inline; filename="${fileName(chart, format)}"`,
				'cache-control': CACHE,
				// Documents and other sites may load the image (oEmbed thumbnails, <img> in a report).
				'cross-origin-resource-policy': 'cross-origin',
				'x-render-cache': cache
			}
		});
	} catch (error) {
		if (error instanceof RenderQueueFull)
			return busy(m.charts_error_busy({ seconds: String(error.retryAfterSeconds) }), error.retryAfterSeconds);
		// Nobody reads this answer: the client has gone.
		if (error instanceof RenderDropped) return busy(m.charts_error_cancelled(), 1);
		throw error;
	}
}

function busy(message: string, retryAfterSeconds: number): Response {
	return new Response(message + '\n', {
		status: 503,
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'retry-after': String(retryAfterSeconds),
			'cache-control': 'no-store'
		}
	});
}

/**
 * `/chart/<id>.csv`: exactly the chart's figures, with unit, currency, basis and sources. Always built
 * in English, whatever `lang` says: its column keys are the series labels, and a download must stay
 * machine-readable with the same keys in every language.
 */
export async function chartCsvResponse(store: TradeStore, id: string, url: URL): Promise<Response> {
	const chart = await withLocale('en', () => chartFromUrl(store, id, url));
	return new Response(chartCsv(chart.spec, { currency: chart.spec.currency }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${fileName(chart, 'csv')}"`,
			'cache-control': CACHE
		}
	});
}
