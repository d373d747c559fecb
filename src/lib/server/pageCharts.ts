// URL → view → chart specs, once per page: the pages' loads and chartFromUrl (embeds, images, chart CSV,
// oEmbed) call these, so a chart on a page and the same chart anywhere else come from one pipeline, and
// the browser receives finished specs instead of the view model and the builders.
import { fdiChartSpec } from '$lib/charts/fdiSpec';
import { mirrorChartSpecs } from '$lib/charts/mirrorSpec';
import { tradeChartSpecs } from '$lib/charts/spec';
import { mirrorFlows } from '$lib/data/mirror';
import type { TradeView } from '$lib/data/tradeView';
import type { TradeStore } from './store/types';
import { fdiViewFromUrl, tradeViewFromUrl } from './views';

/** The two countries' names by code, as the view gives them (in the reader's language). */
export function viewNames(view: Pick<TradeView, 'state' | 'reporterName' | 'partnerName'>): Record<string, string> {
	return { [view.state.reporter]: view.reporterName, [view.state.partner]: view.partnerName };
}

/**
 * What every pair page with a year range shows of its view besides the charts: the state, the two names,
 * the selectable years, the picker's pairs and the notices about the URL.
 */
export function pairPageHeader(page: Awaited<ReturnType<typeof tradeViewFromUrl>>) {
	const { view, pairs, notices } = page;
	return { state: view.state, names: viewNames(view), span: view.span, pairs, notices };
}

/** /trade: the trade view of a URL and its four charts (flows, balance, total, growth). */
export async function tradePageCharts(store: TradeStore, url: URL) {
	const page = await tradeViewFromUrl(store, url);
	return { ...page, state: page.view.state, specs: tradeChartSpecs(page.view) };
}

/**
 * /mirror: the trade view of a URL, both directions seen from both ends, and their charts: one per
 * direction (in the order of `flows`), then the gap chart.
 */
export async function mirrorPageCharts(store: TradeStore, url: URL) {
	const page = await tradeViewFromUrl(store, url);
	const { view } = page;
	const flows = mirrorFlows(view);
	return { ...page, state: view.state, flows, specs: mirrorChartSpecs(flows, viewNames(view), view.state.reporter) };
}

/** /fdi: the FDI view of a URL and its chart (none when the pair has no FDI figures in the years). */
export async function fdiPageCharts(store: TradeStore, url: URL) {
	const page = await fdiViewFromUrl(store, url);
	const spec = fdiChartSpec(page.series, page.names, page.state.reporter);
	return { ...page, specs: spec ? [spec] : [] };
}
