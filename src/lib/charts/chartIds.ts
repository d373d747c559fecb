// A leaf module (no imports): the embed page needs chart ids and links without the spec builders and
// the date parsing they pull in, to stay within its weight budget.

export const TRADE_CHART_IDS = ['flows', 'balance', 'total', 'growth'] as const;
export type TradeChartId = (typeof TRADE_CHART_IDS)[number];

/** Which dashboard page a chart lives on; null for an id that is no chart. */
export type ChartPage = '/trade' | '/mirror' | '/fdi' | '/products';

const MIRROR_ID = /^mirror-([A-Z]{3}-[A-Z]{3}|gap)$/;

/** The composition charts of /products: top products and HS chapters, one chart per flow. */
export const PRODUCT_CHART_IDS = ['products-export', 'products-import', 'chapters-export', 'chapters-import'] as const;

/**
 * The page a chart id belongs to: the four trade charts, the mirror charts (one per direction and the
 * gap chart), the FDI chart and the product composition charts. Every one of them can be downloaded,
 * embedded and cited.
 * @example chartPage('balance') → '/trade'; chartPage('mirror-KOR-NLD') → '/mirror'; chartPage('pie') → null
 * @example chartPage('products-export') → '/products'
 */
export function chartPage(id: string): ChartPage | null {
	if ((TRADE_CHART_IDS as readonly string[]).includes(id)) return '/trade';
	if (MIRROR_ID.test(id)) return '/mirror';
	if (id === 'fdi') return '/fdi';
	if ((PRODUCT_CHART_IDS as readonly string[]).includes(id)) return '/products';
	return null;
}

/** @example isChartId('fdi') → true; isChartId('pie') → false */
export function isChartId(id: string): boolean {
	return chartPage(id) !== null;
}
