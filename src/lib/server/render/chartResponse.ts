import { tradeCsvName } from '$lib/data/csv';
import { chartCsv } from '$lib/data/chartCsv';
import { SITE_NAME, dashboardUrl } from '$lib/embed/links';
import type { TradeStore } from '$lib/server/store/types';
import { renderChartPng, renderChartSvg } from './chartImage';
import { chartFromUrl, type ChartOutput } from './chartFromUrl';
import { imageCaption, imageSize } from './imageLayout';

// Images and CSVs change only when the data does; a short public cache spares the renderer when a
// document with many embedded images is opened, without holding revised figures for long.
const CACHE = 'public, max-age=300';

/** The file name of a chart's download. @example 'kor-nld-balance-2000-2020.png' */
function fileName(chart: ChartOutput, extension: string): string {
	return tradeCsvName(chart, chart.id).replace(/\.csv$/, `.${extension}`);
}

/** `/chart/<id>.png` and `.svg`: the chart of the URL's state, drawn on the server. */
export async function chartImageResponse(
	store: TradeStore,
	id: string,
	url: URL,
	format: 'png' | 'svg'
): Promise<Response> {
	const chart = await chartFromUrl(store, id, url);
	const { loadedAt } = await store.version();
	const caption = imageCaption(chart.spec, {
		siteName: SITE_NAME,
		url: dashboardUrl(url.origin, chart.id, chart.query),
		loadedAt
	});
	const size = imageSize(url.searchParams);
	const dark = url.searchParams.get('theme') === 'dark';
	const body =
		format === 'png'
			? renderChartPng(chart.spec, caption, size, dark)
			: renderChartSvg(chart.spec, caption, size, dark);
	return new Response(new Uint8Array(body), {
		headers: {
			'content-type': format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8',
			'content-disposition': `inline; filename="${fileName(chart, format)}"`,
			'cache-control': CACHE,
			// Documents and other sites may load the image (oEmbed thumbnails, <img> in a report).
			'cross-origin-resource-policy': 'cross-origin'
		}
	});
}

/** `/chart/<id>.csv`: exactly the chart's figures, with unit, currency, basis and sources. */
export async function chartCsvResponse(store: TradeStore, id: string, url: URL): Promise<Response> {
	const chart = await chartFromUrl(store, id, url);
	return new Response(chartCsv(chart.spec, { currency: chart.spec.currency }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${fileName(chart, 'csv')}"`,
			'cache-control': CACHE
		}
	});
}
