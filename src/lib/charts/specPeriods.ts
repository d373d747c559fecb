// A leaf module (type imports only): the embed, cite and chart components need a chart's periods
// without pulling the spec builders into the browser bundle.
import type { ChartSpec } from './spec';

/**
 * The first and last period a chart shows: its first and last label for time charts, the one period of
 * a chart of categories (products in a year); empty for a chart without figures. Both ends are given
 * even when they are the same period, as citation keys have always had them.
 * @example chartPeriods({ labels: ['2000', '2001', '2002'] }) → ['2000', '2002']
 * @example chartPeriods({ labels: ['8486 Machines', '27 Fuels'], categoryAxis: { title: 'Product', period: '2022' } }) → ['2022']
 */
export function chartPeriods(spec: Pick<ChartSpec, 'labels' | 'categoryAxis'>): string[] {
	if (spec.categoryAxis) return spec.labels.length ? [spec.categoryAxis.period] : [];
	const first = spec.labels[0];
	const last = spec.labels[spec.labels.length - 1];
	if (first === undefined || last === undefined) return [];
	return [first, last];
}
