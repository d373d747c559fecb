import { error } from '@sveltejs/kit';
import { chartPage } from '$lib/charts/chartIds';
import { compositionChartSpecs } from '$lib/charts/compositionSpec';
import type { ChartSpec } from '$lib/charts/spec';
import { m } from '$lib/paraglide/messages';
import { productStateToQuery } from '$lib/data/productState';
import { viewStateToQuery, type ViewState } from '$lib/data/viewState';
import { productViewFromUrl } from '$lib/server/productView';
import type { TradeStore } from '$lib/server/store/types';
import { fdiPageCharts, mirrorPageCharts, tradePageCharts } from '$lib/server/pageCharts';

export interface ChartOutput {
	id: string;
	spec: ChartSpec;
	/** The resolved state (years filled in, invalid values replaced). */
	state: ViewState;
	/** The same state as a query string. */
	query: string;
}

/**
 * One chart for a URL's state, whichever page it lives on: the single entry point of the embed page,
 * the images, the chart CSV and oEmbed, so every output of a chart is made from the spec its page
 * draws. 404 for an unknown chart id or a state without that chart.
 */
export async function chartFromUrl(store: TradeStore, chart: string, url: URL): Promise<ChartOutput> {
	const page = chartPage(chart);
	if (!page) error(404, m.charts_error_unknown({ chart }));
	if (page === '/products') return productChart(store, chart, url);
	const { state, specs } =
		page === '/fdi'
			? await fdiPageCharts(store, url)
			: page === '/trade'
				? await tradePageCharts(store, url)
				: await mirrorPageCharts(store, url);
	const spec = specs.find((s) => s.id === chart);
	if (!spec)
		error(
			404,
			m.charts_error_no_figures({
				chart,
				reporter: state.reporter,
				partner: state.partner,
				years: `${state.from}–${state.to}`
			})
		);
	return { id: chart, spec, state, query: viewStateToQuery(state) };
}

/**
 * A chart of the products view. Its state is the pair and side, with the one year as both ends of the
 * span (for file names); its query is the products view's own (year and product set).
 */
async function productChart(store: TradeStore, chart: string, url: URL): Promise<ChartOutput> {
	const { view } = await productViewFromUrl(store, url);
	if (!view) error(404, m.charts_error_no_products());
	const spec = compositionChartSpecs(view).find((s) => s.id === chart);
	const { reporter, partner, by, year } = view.state;
	if (!spec) error(404, m.charts_error_no_figures({ chart, reporter, partner, years: String(year) }));
	return {
		id: chart,
		spec,
		state: { reporter, partner, by, from: year, to: year },
		query: productStateToQuery(view.state)
	};
}
