import type { FdiSeries } from '../data/fdiView';
import { filledPeriodKeys } from '../data/period';
import { PALETTE } from './palette';
import type { ChartSpec } from './spec';

/** What a measure is; a `flow` is "net" only when its basis says so (Korean press figures do not). */
const MEASURE_WORDS: Record<string, string> = {
	flow: 'flows',
	position: 'positions (end of year)',
	notified: 'notified investment',
	arrived: 'arrived investment'
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
	return {
		id: 'fdi',
		currency,
		title: `Foreign direct investment between ${names[first] ?? first} and ${names[series.find((s) => s.investor !== first)?.investor ?? ''] ?? 'partner'}`,
		unit: `${currency} million, current prices; each series on its own basis (see below)`,
		yTitle: `${currency} million`,
		format: 'money',
		labels,
		series: series.map((s) => {
			const byYear = new Map(s.points.map((p) => [p.period, p]));
			const comparable = s.measure !== 'flow' || isNetFlow(s.basis);
			return {
				key: `${s.investor}-${s.host}-${s.measure}-${s.source.id}`,
				label: `${names[s.investor] ?? s.investor} → ${names[s.host] ?? s.host}, ${fdiMeasureWords(s)} (${s.source.publisher})`,
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
			'Net flows can be negative (disinvestment). Flows are transactions in the year; positions are stocks.',
			...(series.some((s) => s.measure === 'flow' && !isNetFlow(s.basis))
				? [
						'Points: flows whose basis (net or gross, notified or remitted) the source does not state; not comparable with the bars.'
					]
				: []),
			'Series come from different compilers and bases and are not additive.'
		]
	};
}

/** @example isNetFlow('UNCTAD net FDI flow into Korea by geographical origin') → true */
export function isNetFlow(basis: string): boolean {
	return /\bnet\b/i.test(basis);
}

/** @example fdiMeasureWords({ measure: 'flow', basis: '…; basis not stated' }) → 'flows, basis not stated' */
export function fdiMeasureWords(s: Pick<FdiSeries, 'measure' | 'basis'>): string {
	if (s.measure !== 'flow') return MEASURE_WORDS[s.measure] ?? s.measure;
	return isNetFlow(s.basis) ? 'net flows' : 'flows, basis not stated';
}
