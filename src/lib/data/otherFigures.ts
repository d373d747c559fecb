// The figures a trade view holds but does not draw (published in another currency than its main series),
// as the rows of the table that lists them, so nothing is hidden. Built on the server: the page gets the
// rows it lists, not the source groups they come from.
import type { Precision } from './format';
import type { TradeView } from './tradeView';
import type { Qualifier, Source, TradeConcept } from './types';

export interface OtherFigureLine {
	/** Unique within the table: reporting country, source and period. */
	key: string;
	period: string;
	/** The name of the country that reported the figures. */
	reportedBy: string;
	exports: number | null;
	exportsPrecision: Precision | null;
	exportsQualifier: Qualifier;
	imports: number | null;
	importsPrecision: Precision | null;
	importsQualifier: Qualifier;
	currency: string;
	concept: TradeConcept;
	/** The source's notes on the two figures, joined; '' when none. */
	note: string;
	source: Source;
}

export interface OtherFigures {
	reporterName: string;
	partnerName: string;
	/** Oldest first; periods where the source gives neither flow are left out. */
	lines: OtherFigureLine[];
}

/**
 * The figures of either side in another currency than the main group's, or null when there are none
 * (the page then shows no such section).
 * @example otherFigures(view KOR–NLD 1960–2024).lines[0]
 *   → { period: '1993', reportedBy: 'Netherlands', currency: 'NLG', … } (when a group is in guilders)
 */
export function otherFigures(view: TradeView): OtherFigures | null {
	const primaryCurrency = view.groups[0]?.currency;
	const others = [...view.groups, ...view.mirrorGroups].filter((g) => g.currency !== primaryCurrency);
	if (others.length === 0) return null;
	const lines = others
		.flatMap((g) =>
			g.rows
				.filter((r) => r.exports !== null || r.imports !== null)
				.map((row) => ({
					year: row.year,
					line: {
						key: g.by + g.source.id + row.period,
						period: row.period,
						reportedBy: g.by === view.state.reporter ? view.reporterName : view.partnerName,
						exports: row.exports,
						exportsPrecision: row.exportsPrecision,
						exportsQualifier: row.exportsQualifier,
						imports: row.imports,
						importsPrecision: row.importsPrecision,
						importsQualifier: row.importsQualifier,
						currency: g.currency,
						concept: g.concept,
						note: [row.exportsNote, row.importsNote].filter(Boolean).join('; '),
						source: g.source
					}
				}))
		)
		.sort((a, b) => a.year - b.year || a.line.period.localeCompare(b.line.period))
		.map((x) => x.line);
	return { reporterName: view.reporterName, partnerName: view.partnerName, lines };
}
