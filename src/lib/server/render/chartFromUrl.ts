import { error } from '@sveltejs/kit';
import { tradeChartSpecs, type ChartSpec, type TradeChartId } from '$lib/charts/spec';
import type { TradeView } from '$lib/data/tradeView';
import { viewStateToQuery } from '$lib/data/viewState';
import { isTradeChartId } from '$lib/embed/links';
import { tradeViewFromUrl } from '$lib/server/views';

export interface TradeChartOutput {
	id: TradeChartId;
	spec: ChartSpec;
	view: TradeView;
	/** The resolved state as a query string (years filled in, invalid values replaced). */
	query: string;
	/** The currency the chart's money values are in (the first group's, as the spec draws it). */
	currency: string;
}

/**
 * One trade chart for a URL's state: the single entry point of the embed page, the images, the
 * chart CSV and oEmbed, so every output of a chart is made from the same spec. 404 for an unknown
 * chart id or a state with no figures.
 */
export function tradeChartFromUrl(chart: string, url: URL): TradeChartOutput {
	if (!isTradeChartId(chart)) error(404, `There is no chart called "${chart}". Charts: flows, balance, total, growth.`);
	const { view } = tradeViewFromUrl(url);
	const spec = tradeChartSpecs(view).find((s) => s.id === chart);
	if (!spec) error(404, `No trade figures for ${view.state.reporter} and ${view.state.partner}.`);
	return { id: chart, spec, view, query: viewStateToQuery(view.state), currency: view.groups[0]?.currency ?? '' };
}
