import { embedTheme, type EmbedTheme } from '$lib/embed/links';
import { inlineSvg } from '$lib/embed/inlineSvg';
import { EMBED_DRAWING_SIZES, ServerDrawnSvg, type EmbedDrawings, type SizedDrawings } from '$lib/embed/serverDrawnSvg';
import type { TradeStore } from '$lib/server/store/types';
import { chartFromUrl, type ChartOutput } from './chartFromUrl';
import { renderedChart } from './chartResponse';

const inlined = new WeakMap<Uint8Array, string>();

/**
 * The SVG drawings an embed shows before (and instead of) its script: the same renderer and cache as
 * /chart/<id>.svg, without the title and source lines (the embed has them as HTML). Null when the
 * renderer is too busy or the reader has gone: the embed then draws in the browser as before.
 */
export async function embedDrawings(
	store: TradeStore,
	chart: ChartOutput,
	origin: string,
	theme: EmbedTheme,
	signal?: AbortSignal
): Promise<EmbedDrawings | null> {
	const draw = async (size: 'narrow' | 'wide', dark: boolean) => {
		const { body } = await renderedChart(
			store,
			chart,
			{ format: 'svg', size: EMBED_DRAWING_SIZES[size], dark, origin, bare: true },
			signal
		);
		// The cache hands out the same bytes for the same view: prepare them for the page once.
		let markup = inlined.get(body);
		if (markup === undefined) {
			markup = inlineSvg(Buffer.from(body).toString('utf8'), `${chart.id}-${size}-${dark ? 'dark' : 'light'}`);
			inlined.set(body, markup);
		}
		return new ServerDrawnSvg(markup);
	};
	const sized = async (dark: boolean): Promise<SizedDrawings> => {
		const [narrow, wide] = await Promise.all([draw('narrow', dark), draw('wide', dark)]);
		return { narrow, wide };
	};
	try {
		// Light drawings always: paper is light whatever the theme. Dark ones for dark, and for auto,
		// which follows the reader's setting that only the browser knows: both travel, CSS chooses.
		const [light, dark] = await Promise.all([sized(false), theme === 'light' ? null : sized(true)]);
		return { light, dark };
	} catch (error) {
		console.warn(`[render] embed ${chart.id} without its server drawing: ${(error as Error).message}`);
		return null;
	}
}

/**
 * What both embed pages (the server-drawn one and the interactive one) show: the one chart's spec (an
 * embed must stay light: nothing else of the view travels), its state and theme, and the drawings.
 */
export async function embedPageData(store: TradeStore, chart: string, url: URL, signal?: AbortSignal) {
	const output = await chartFromUrl(store, chart, url);
	const theme = embedTheme(url.searchParams.get('theme'));
	const { id, spec, query } = output;
	return { id, spec, query, theme, drawings: await embedDrawings(store, output, url.origin, theme, signal) };
}
