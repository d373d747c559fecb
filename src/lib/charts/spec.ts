// Chart specifications: what a chart shows, as plain data. The browser chart, its data table, its CSV
// and its server-rendered image are all made from the same spec, so they cannot disagree.
import { comparePeriods, parsePeriod, previousPeriod } from '../data/period';
import type { SourceGroup, TradeRow, TradeView } from '../data/tradeView';
import type { Qualifier, Source } from '../data/types';
import { PALETTE } from './palette';

export const TRADE_CHART_IDS = ['flows', 'balance', 'total', 'growth'] as const;
export type TradeChartId = (typeof TRADE_CHART_IDS)[number];

export type ValueFormat = 'money' | 'percent';

export interface ChartSeriesSpec {
	key: string;
	label: string;
	kind: 'line' | 'bar' | 'points';
	color: string;
	/** Per-bar colours (balance: surplus vs deficit). */
	colors?: string[];
	dashed?: boolean;
	/** One value per label; null is a gap. */
	values: (number | null)[];
	qualifiers: Qualifier[];
	source: Source;
	/** Whose figures these are, and how they are valued, in words: "as reported by Korea, FOB". */
	basis: string;
}

export interface ChartSpec {
	id: string;
	title: string;
	/** Unit line shown with the chart: "USD million, current prices". */
	unit: string;
	yTitle: string;
	format: ValueFormat;
	labels: string[];
	series: ChartSeriesSpec[];
	sources: Source[];
	notes: string[];
}

/**
 * Builds the four trade charts of a view: flows (with the mirror figures dashed), balance, total, growth.
 * @example tradeChartSpecs(view).map((s) => s.id) → ['flows', 'balance', 'total', 'growth']
 */
export function tradeChartSpecs(view: TradeView): ChartSpec[] {
	const primary = view.groups[0];
	if (!primary) return [];
	const currency = primary.currency;
	const sameCurrency = (g: SourceGroup) => g.currency === currency;
	const groups = view.groups.filter(sameCurrency);
	const mirrors = view.mirrorGroups.filter(sameCurrency);
	const mainMirror = mirrors[0];
	const labels = periodLabels([...groups, ...mirrors]);
	const { reporterName: r, partnerName: p } = view;
	const unit = `${currency} ${primary.unitLabel.split(' ').slice(1).join(' ')}, current prices`;
	const otherCurrencies = [...view.groups, ...view.mirrorGroups].filter((g) => !sameCurrency(g));
	const notes = otherCurrencies.length
		? [
				`Figures in ${[...new Set(otherCurrencies.map((g) => g.currency))].join(', ')} from ` +
					`${[...new Set(otherCurrencies.map((g) => g.source.title))].join('; ')} are listed in the table of other figures, not drawn here.`
			]
		: [];
	const qualifiedNote = [...groups, ...mirrors].some((g) =>
		g.rows.some((row) => row.exportsQualifier !== '' || row.importsQualifier !== '')
	)
		? ['Hollow markers are approximate or lower-bound statements, not measurements; they are left out of derived measures.']
		: [];

	// Legends use country codes: on a phone, full names would push the chart off the screen.
	const rc = view.state.reporter;
	const pc = view.state.partner;
	const exportsLabel = `Exports ${rc}→${pc}`;
	const importsLabel = `Imports ${rc}←${pc}`;
	const flowSeries: ChartSeriesSpec[] = [];
	for (const g of groups) {
		const main = g === primary;
		const who = `reported by ${g.by}${main ? '' : ', ' + g.source.publisher}`;
		flowSeries.push(
			seriesOf(g, labels, 'exports', `${exportsLabel} · ${who}`, PALETTE.reporter, main ? 'line' : 'points'),
			seriesOf(g, labels, 'imports', `${importsLabel} · ${who}`, PALETTE.partner, main ? 'line' : 'points')
		);
	}
	if (mainMirror) {
		const who = `reported by ${mainMirror.by} (mirror)`;
		flowSeries.push(
			{ ...seriesOf(mainMirror, labels, 'exports', `${exportsLabel} · ${who}`, PALETTE.reporter, 'line'), dashed: true },
			{ ...seriesOf(mainMirror, labels, 'imports', `${importsLabel} · ${who}`, PALETTE.partner, 'line'), dashed: true }
		);
	}
	const flowSources = uniqueSources([...groups, ...(mainMirror ? [mainMirror] : [])]);

	const balance = seriesOf(primary, labels, 'balance', `Balance ${rc}–${pc} · reported by ${primary.by}`, PALETTE.surplus, 'bar');
	balance.colors = balance.values.map((v) => (v !== null && v < 0 ? PALETTE.deficit : PALETTE.surplus));
	const total = seriesOf(primary, labels, 'total', `Total trade ${rc}–${pc} · reported by ${primary.by}`, PALETTE.total, 'bar');
	const growth = [
		seriesOf(primary, labels, 'exportsGrowth', `${exportsLabel}, change · reported by ${primary.by}`, PALETTE.reporter, 'line'),
		seriesOf(primary, labels, 'importsGrowth', `${importsLabel}, change · reported by ${primary.by}`, PALETTE.partner, 'line')
	];

	const derivedNote = `Computed from ${sideLabel(primary, view)} (${primary.source.title}).`;
	return [
		{
			id: 'flows',
			title: `${r} trade with ${p}: exports and imports`,
			unit,
			yTitle: `${currency} million`,
			format: 'money',
			labels,
			series: flowSeries,
			sources: flowSources,
			notes: [
				`Solid: ${sideLabel(primary, view)}. Dashed: the same flows ${mainMirror ? sideLabel(mainMirror, view) : ''} (mirror figures).`,
				...qualifiedNote,
				...notes
			]
		},
		{
			id: 'balance',
			title: `${r} trade balance with ${p} (exports − imports)`,
			unit,
			yTitle: `${currency} million`,
			format: 'money',
			labels,
			series: [balance],
			sources: [primary.source],
			notes: [derivedNote, 'Bars below zero: the first country imports more than it exports.']
		},
		{
			id: 'total',
			title: `Total trade between ${r} and ${p} (exports + imports)`,
			unit,
			yTitle: `${currency} million`,
			format: 'money',
			labels,
			series: [total],
			sources: [primary.source],
			notes: [derivedNote]
		},
		{
			id: 'growth',
			title: `Year-on-year change of ${r}'s trade with ${p}`,
			unit: 'per cent change on the previous period, in current prices',
			yTitle: '% change',
			format: 'percent',
			labels,
			series: growth,
			sources: [primary.source],
			notes: [derivedNote, 'No value where the previous period is missing.']
		}
	];
}

/** "as reported by Korea (FOB/CIF)" — whose figures, and the valuation of the two flows. */
export function sideLabel(group: SourceGroup, view: TradeView): string {
	const name = group.by === view.state.reporter ? view.reporterName : view.partnerName;
	return `as reported by ${name}`;
}

type RowMeasure = 'exports' | 'imports' | 'balance' | 'total' | 'exportsGrowth' | 'importsGrowth';

function seriesOf(
	group: SourceGroup,
	labels: string[],
	measure: RowMeasure,
	label: string,
	color: string,
	kind: ChartSeriesSpec['kind']
): ChartSeriesSpec {
	const byPeriod = new Map<string, TradeRow>(group.rows.map((row) => [row.period, row]));
	const percent = measure.endsWith('Growth');
	return {
		key: `${group.by}-${group.source.id}-${measure}`,
		label,
		kind,
		color,
		values: labels.map((l) => {
			const v = byPeriod.get(l)?.[measure] ?? null;
			return v === null ? null : percent ? v * 100 : v;
		}),
		qualifiers: labels.map((l) => {
			const row = byPeriod.get(l);
			if (!row) return '';
			return measure === 'exports' ? row.exportsQualifier : measure === 'imports' ? row.importsQualifier : '';
		}),
		source: group.source,
		basis: basisOf(group, measure)
	};
}

function basisOf(group: SourceGroup, measure: RowMeasure): string {
	const valuation =
		measure === 'exports' ? group.exportsValuation : measure === 'imports' ? group.importsValuation : null;
	const concept = group.concept === 'not stated' ? 'concept not stated' : `${group.concept} concept`;
	return [valuation && valuation !== 'not stated' ? valuation : null, concept].filter(Boolean).join(', ');
}

/** Every period from the first to the last figure of the groups, gaps included. */
function periodLabels(groups: SourceGroup[]): string[] {
	const keys = new Set<string>();
	for (const g of groups) for (const row of g.rows) keys.add(row.period);
	const periods = [...keys].map((k) => parsePeriod(k)).filter((p) => p !== null).sort(comparePeriods);
	const first = periods[0];
	const last = periods[periods.length - 1];
	if (!first || !last) return [];
	const out: string[] = [];
	for (let p = last; comparePeriods(p, first) >= 0; p = previousPeriod(p)) out.push(p.key);
	return out.reverse();
}

function uniqueSources(groups: SourceGroup[]): Source[] {
	const seen = new Map<string, Source>();
	for (const g of groups) seen.set(g.source.id, g.source);
	return [...seen.values()];
}
