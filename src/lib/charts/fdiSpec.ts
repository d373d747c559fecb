import type { FdiSeries } from '../data/fdiView';
import { filledPeriodKeys } from '../data/period';
import { countryName } from '../i18n/countryNames';
import { m } from '../paraglide/messages';
import { PALETTE } from './palette';
import type { ChartSpec } from './spec';

/** What a measure is, in words (functions: the words are the reader's language's, known per call). */
const MEASURE_WORDS: Record<string, () => string> = {
	flow: () => m.charts_fdi_flows(),
	position: () => m.charts_fdi_positions(),
	notified: () => m.charts_fdi_notified(),
	arrived: () => m.charts_fdi_arrived()
};

/**
 * One bar chart of the pair's FDI figures: a series per direction, measure and source, labelled with its
 * basis. Years without a figure are gaps.
 * @example fdiChartSpec(series, names, 'KOR').series[0].label → 'Netherlands → Republic of Korea, net flows (UNCTAD)'
 */
export function fdiChartSpec(series: FdiSeries[], names: Record<string, string>, first: string): ChartSpec | null {
	if (series.length === 0) return null;
	const labels = filledPeriodKeys(series.flatMap((s) => s.points.map((p) => p.period)));
	const currency = series[0]?.currency ?? '';
	const name = (c: string) => countryName(c, names[c]);
	const second = series.find((s) => s.investor !== first)?.investor;
	return {
		id: 'fdi',
		currency,
		title: m.charts_fdi_title({
			first: name(first),
			second: second && names[second] !== undefined ? name(second) : m.charts_fdi_partner()
		}),
		unit: m.charts_fdi_unit({ currency }),
		yTitle: m.charts_currency_million({ currency }),
		format: 'money',
		labels,
		series: series.map((s) => {
			const byYear = new Map(s.points.map((p) => [p.period, p]));
			const comparable = s.measure !== 'flow' || isNetFlow(s.basis);
			return {
				key: `${s.investor}-${s.host}-${s.measure}-${s.source.id}`,
				label: `${name(s.investor)} → ${name(s.host)}, ${fdiMeasureWords(s)} (${s.source.publisher})`,
				// A figure whose basis is not stated is a point beside the bars, not a bar among them.
				kind: comparable ? ('bar' as const) : ('points' as const),
				precisions: labels.map((l) => byYear.get(l)?.precision ?? null),
				pointNotes: labels.map((l) => byYear.get(l)?.note ?? ''),
				color: s.investor === first ? PALETTE.reporter : PALETTE.partner,
				values: labels.map((l) => byYear.get(l)?.value ?? null),
				qualifiers: labels.map((l) => byYear.get(l)?.qualifier ?? ''),
				source: s.source,
				basis: s.basis
			};
		}),
		sources: [...new Map(series.map((s) => [s.source.id, s.source])).values()],
		notes: [
			m.charts_fdi_note_net(),
			...(series.some((s) => s.measure === 'flow' && !isNetFlow(s.basis)) ? [m.charts_fdi_note_points()] : []),
			m.charts_fdi_note_additive()
		]
	};
}

/** @example isNetFlow('UNCTAD net FDI flow into Korea by geographical origin') → true */
export function isNetFlow(basis: string): boolean {
	return /\bnet\b/i.test(basis);
}

/** @example fdiMeasureWords({ measure: 'flow', basis: '…; basis not stated' }) → 'flows, basis not stated' */
export function fdiMeasureWords(s: Pick<FdiSeries, 'measure' | 'basis'>): string {
	if (s.measure !== 'flow') return MEASURE_WORDS[s.measure]?.() ?? s.measure;
	return isNetFlow(s.basis) ? m.charts_fdi_net_flows() : m.charts_fdi_flows_unstated();
}
