import { cifFobRatio, mirrorGap } from './derive';
import type { Precision } from './format';
import type { SeriesBreakMarker, SourceGroup, TradeView } from './tradeView';
import type { Iso3, Qualifier, Source, Valuation } from './types';

export interface MirrorRow {
	period: string;
	year: number;
	/** The flow as the exporting country reports it (usually FOB), millions. */
	exporterReported: number | null;
	/** The same flow as the importing country reports it (usually CIF), millions. */
	importerReported: number | null;
	exporterQualifier: Qualifier;
	importerQualifier: Qualifier;
	/** How precisely each side published its figure. */
	exporterPrecision: Precision | null;
	importerPrecision: Precision | null;
	/** Exporter-reported minus importer-reported. */
	gap: number | null;
	/** The gap as a fraction of the importer-reported figure. */
	gapShare: number | null;
	/** Importer-reported over exporter-reported: the CIF/FOB ratio when valuations are CIF and FOB. */
	cifFob: number | null;
}

/** One direction of trade, seen from both ends. */
export interface MirrorFlow {
	exporter: Iso3;
	importer: Iso3;
	exporterSource: Source;
	importerSource: Source;
	exporterValuation: Valuation | null;
	importerValuation: Valuation | null;
	currency: string;
	/** The published currency when the view converted the figures, else null (the chart's unit says so). */
	convertedFrom: string | null;
	unitLabel: string;
	rows: MirrorRow[];
	/** Series breaks in either side's figures (breaks.csv): drawn as markers. */
	breaks: SeriesBreakMarker[];
}

/**
 * Both directions of a pair's trade as reported by the exporter and by the importer, with the gap and
 * the CIF/FOB ratio. Built from a trade view whose `by` is the reporter: its groups are the reporter's
 * figures, its mirror groups the partner's. Only figures in the same currency are compared.
 * @example mirrorFlows(view)[0].rows.find((r) => r.period === '2020')
 *   → { exporterReported: 3987.104, importerReported: 6414.84867, gap: -2427.74467, … }
 */
export function mirrorFlows(view: TradeView): MirrorFlow[] {
	const own = view.state.by === view.state.reporter ? view.groups : view.mirrorGroups;
	const other = view.state.by === view.state.reporter ? view.mirrorGroups : view.groups;
	const pair = matchGroups(own, other);
	if (!pair) return [];
	const [r, p] = pair;
	return [
		flow(view.state.reporter, view.state.partner, r, 'exports', p, 'exports'),
		flow(view.state.partner, view.state.reporter, p, 'imports', r, 'imports')
	];
}

/** The reporter's main group and the partner's group in the same currency (same source first). */
function matchGroups(own: SourceGroup[], other: SourceGroup[]): [SourceGroup, SourceGroup] | null {
	for (const g of own) {
		const same = other.find((m) => m.source.id === g.source.id && m.currency === g.currency);
		if (same) return [g, same];
	}
	for (const g of own) {
		const m = other.find((x) => x.currency === g.currency);
		if (m) return [g, m];
	}
	return null;
}

/**
 * `exporterGroup[exporterField]` is the flow as its exporter reports it; `importerGroup[importerField]`
 * the same flow as its importer reports it (both groups hold values from the reporter's perspective).
 */
function flow(
	exporter: Iso3,
	importer: Iso3,
	exporterGroup: SourceGroup,
	exporterField: 'exports' | 'imports',
	importerGroup: SourceGroup,
	importerField: 'exports' | 'imports'
): MirrorFlow {
	const importerRows = new Map(importerGroup.rows.map((r) => [r.period, r]));
	const periods = new Map<string, number>();
	for (const r of [...exporterGroup.rows, ...importerGroup.rows]) periods.set(r.period, r.year);
	const exporterRows = new Map(exporterGroup.rows.map((r) => [r.period, r]));
	const rows = [...periods.entries()]
		.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
		.map(([period, year]) => {
			const e = exporterRows.get(period);
			const i = importerRows.get(period);
			const x = e?.[exporterField] ?? null;
			const m = i?.[importerField] ?? null;
			const xq = e?.[`${exporterField}Qualifier`] ?? '';
			const mq = i?.[`${importerField}Qualifier`] ?? '';
			// Gaps and ratios only between plain figures: a statement "around 10 bn" has no gap to measure.
			const xPlain = xq === '' ? x : null;
			const mPlain = mq === '' ? m : null;
			const gap = mirrorGap(xPlain, mPlain);
			return {
				period,
				year,
				exporterReported: x,
				importerReported: m,
				exporterQualifier: xq,
				importerQualifier: mq,
				exporterPrecision: e?.[`${exporterField}Precision`] ?? null,
				importerPrecision: i?.[`${importerField}Precision`] ?? null,
				gap: gap.absolute,
				gapShare: gap.relative,
				cifFob: cifFobRatio(mPlain, xPlain)
			};
		})
		.filter((r) => r.exporterReported !== null || r.importerReported !== null);
	const valuation = (g: SourceGroup, f: 'exports' | 'imports') => (f === 'exports' ? g.exportsValuation : g.importsValuation);
	return {
		exporter,
		importer,
		exporterSource: exporterGroup.source,
		importerSource: importerGroup.source,
		exporterValuation: valuation(exporterGroup, exporterField),
		importerValuation: valuation(importerGroup, importerField),
		currency: exporterGroup.currency,
		convertedFrom: exporterGroup.convertedFrom,
		unitLabel: exporterGroup.unitLabel,
		rows,
		breaks: [...new Map([...exporterGroup.breaks, ...importerGroup.breaks].map((b) => [`${b.reporter}|${b.period}`, b])).values()]
	};
}

/** What the table of one direction shows: the flow's figures by period, without its sources and breaks. */
export interface MirrorTable {
	exporter: Iso3;
	importer: Iso3;
	exporterValuation: Valuation | null;
	importerValuation: Valuation | null;
	unitLabel: string;
	rows: Omit<MirrorRow, 'year'>[];
}

/**
 * The table of a mirror flow: the page receives these rows, its chart the spec of the same flow.
 * @example mirrorTable(flow).rows[0] → { period: '1995', exporterReported: 2097.9, importerReported: …, gap: …, … }
 */
export function mirrorTable(flow: MirrorFlow): MirrorTable {
	const { exporter, importer, exporterValuation, importerValuation, unitLabel } = flow;
	const rows = flow.rows.map((r) => ({
		period: r.period,
		exporterReported: r.exporterReported,
		importerReported: r.importerReported,
		exporterQualifier: r.exporterQualifier,
		importerQualifier: r.importerQualifier,
		exporterPrecision: r.exporterPrecision,
		importerPrecision: r.importerPrecision,
		gap: r.gap,
		gapShare: r.gapShare,
		cifFob: r.cifFob
	}));
	return { exporter, importer, exporterValuation, importerValuation, unitLabel, rows };
}
