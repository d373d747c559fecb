// The headline figures of a trade view, as the summary shows them: the latest figure of each measure,
// the growth rates and the latest coverage ratio with World shares. Built on the server, so the page
// receives these few figures instead of every row of every source group.
import type { Precision } from './format';
import { latestValue, type SourceGroup, type TradeView } from './tradeView';
import type { Iso3 } from './types';

export const SUMMARY_MEASURES = ['exports', 'imports', 'balance', 'total'] as const;
export type SummaryMeasure = (typeof SUMMARY_MEASURES)[number];

/** A headline figure: the latest plain value of a measure, as precisely as it was published. */
export interface SummaryFigure {
	period: string;
	value: number;
	precision: Precision | null;
}

export interface TradeSummary {
	reporter: Iso3;
	partner: Iso3;
	/** Whose figures the summary gives. */
	by: Iso3;
	from: number;
	to: number;
	reporterName: string;
	partnerName: string;
	byName: string;
	/** The figures of the view's main group (the one drawn as lines); null when it has none in the years. */
	primary: {
		currency: string;
		unitLabel: string;
		publisher: string;
		latest: Record<SummaryMeasure, SummaryFigure | null>;
		cagr: SourceGroup['cagr'];
		/** The latest period with a coverage ratio (both flows plain), with the World shares of that period. */
		ratios: { period: string; coverage: number; exportsShare: number | null; importsShare: number | null } | null;
	} | null;
}

/**
 * The summary of a trade view.
 * @example tradeSummary(view KOR–NLD by KOR 2000–2020).primary.latest.exports
 *   → { period: '2020', value: 3987.104, precision: { unit: 'millions', decimals: 3 } }
 */
export function tradeSummary(view: TradeView): TradeSummary {
	const { reporter, partner, by, from, to } = view.state;
	const names = { reporterName: view.reporterName, partnerName: view.partnerName, byName: view.byName };
	const group = view.groups[0];
	if (!group) return { reporter, partner, by, from, to, ...names, primary: null };
	const latest = (measure: SummaryMeasure): SummaryFigure | null => {
		const figure = latestValue(group, measure);
		return figure && { period: figure.period, value: figure.value, precision: figure.precision };
	};
	const ratios = group.rows.findLast((r) => r.coverage !== null);
	return {
		reporter,
		partner,
		by,
		from,
		to,
		...names,
		primary: {
			currency: group.currency,
			unitLabel: group.unitLabel,
			publisher: group.source.publisher,
			latest: Object.fromEntries(SUMMARY_MEASURES.map((m) => [m, latest(m)])) as Record<
				SummaryMeasure,
				SummaryFigure | null
			>,
			cagr: group.cagr,
			ratios: ratios
				? {
						period: ratios.period,
						coverage: ratios.coverage as number,
						exportsShare: ratios.exportsShare,
						importsShare: ratios.importsShare
					}
				: null
		}
	};
}
