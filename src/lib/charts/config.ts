import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { formatFigure, formatPercentTick, formatPercentValue, formatTick, qualifierText } from '../data/format';
import { m } from '../paraglide/messages';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { PALETTE } from './palette';
import type { ChartSpec } from './spec';

export interface ChartTheme {
	text: string;
	grid: string;
	font: string;
	/** Palette colours replaced on this background (dark: lighter shades that keep ≥ 3:1 contrast). */
	recolor?: Readonly<Record<string, string>>;
}

/**
 * The canvas's fonts: the reader's own, then the Noto Sans KR that Korean pages link (routes/+layout.svelte;
 * elsewhere the name is passed over) for Korean labels on a device without a Korean font.
 */
const CHART_FONT = "system-ui, sans-serif, 'Noto Sans KR'";

export const LIGHT_THEME: ChartTheme = { text: '#1a1a1a', grid: 'rgba(0,0,0,0.12)', font: CHART_FONT };
/**
 * A palette colour as drawn in a theme: the same colour, or its lighter kin on a dark background.
 * @example themedColor(PALETTE.reporter, DARK_THEME) → '#56B4E9'
 */
export function themedColor(color: string, theme: ChartTheme): string {
	return theme.recolor?.[color] ?? color;
}

export const DARK_THEME: ChartTheme = {
	text: '#e8e8e8',
	grid: 'rgba(255,255,255,0.18)',
	font: CHART_FONT,
	// Okabe–Ito blue, the event olive and black claims are too dark on #161616; their lighter kin are not.
	recolor: {
		[PALETTE.reporter]: '#56B4E9',
		[PALETTE.total]: '#8fd0f5',
		[PALETTE.event]: '#e0c400',
		[PALETTE.neutral]: '#b0b0b0',
		[PALETTE.claim]: '#ffffff'
	}
};

/**
 * The Chart.js configuration for a spec: pure, so the browser and the server-side image renderer
 * draw exactly the same chart.
 * @example chartConfig(flowsSpec).type → 'line'
 */
export function chartConfig(
	spec: ChartSpec,
	theme: ChartTheme = LIGHT_THEME,
	{ legend = true }: { legend?: boolean } = {}
): ChartConfiguration<'line' | 'bar'> {
	const hasBars = spec.series.some((s) => s.kind === 'bar');
	const paint = (c: string) => themedColor(c, theme);
	const datasets = spec.series.map((raw): ChartDataset<'line' | 'bar'> => {
		const s = { ...raw, color: paint(raw.color), colors: raw.colors?.map(paint) };
		if (s.kind === 'bar') {
			return {
				type: 'bar',
				label: s.label,
				data: s.values,
				backgroundColor: s.colors ?? s.color,
				borderWidth: 0
			} as ChartDataset<'bar'>;
		}
		const points = s.kind === 'points';
		return {
			type: 'line',
			label: s.label,
			data: s.values,
			borderColor: s.color,
			backgroundColor: s.qualifiers.map((q) => (q === '' ? s.color : 'transparent')),
			pointBorderColor: s.color,
			borderDash: s.dashed ? [6, 4] : [],
			borderWidth: points ? 0 : 2,
			showLine: !points,
			pointRadius: s.values.map((v, i) =>
				v === null ? 0 : s.marker === 'star' ? 8 : points || s.qualifiers[i] !== '' ? 5 : 0
			),
			pointHoverRadius: 5,
			pointStyle: s.marker === 'star' ? 'star' : points ? 'triangle' : 'circle',
			// Stars are drawn as outlines only; a thicker border keeps them visible.
			pointBorderWidth: s.marker === 'star' ? 2 : 1,
			spanGaps: false
		} as ChartDataset<'line'>;
	});
	const percent = spec.format === 'percent';
	// Products are categories with long names: horizontal bars (value axis across, names down the side).
	const horizontal = spec.categoryAxis !== undefined;
	const categoryScale = {
		type: 'category' as const,
		ticks: horizontal
			? {
					color: theme.text,
					autoSkip: false,
					// Names get the room a narrow chart has (a phone: about 15 characters; a desktop: 32).
					callback(this: { chart: { width: number } }, _: unknown, i: number) {
						return shortLabel(spec.labels[i] ?? '', Math.min(32, Math.max(10, Math.floor(this.chart.width / 22))));
					}
				}
			: { color: theme.text, autoSkip: true, maxRotation: 0, autoSkipPadding: 12 },
		grid: { display: false },
		title: { display: true, text: spec.categoryAxis?.title ?? m.charts_axis_year(), color: theme.text }
	};
	const valueScale = {
		type: 'linear' as const,
		ticks: {
			color: theme.text,
			callback: (v: string | number) => (percent ? formatPercentTick(Number(v)) : formatTick(Number(v)))
		},
		grid: { color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? theme.text : theme.grid) },
		title: { display: true, text: spec.yTitle, color: theme.text }
	};
	return {
		type: hasBars ? 'bar' : 'line',
		data: { labels: spec.labels, datasets },
		options: {
			animation: false,
			responsive: true,
			maintainAspectRatio: false,
			indexAxis: horizontal ? 'y' : 'x',
			interaction: { mode: 'index', intersect: false, axis: horizontal ? 'y' : 'x' },
			color: theme.text,
			font: { family: theme.font },
			scales: horizontal ? { x: valueScale, y: categoryScale } : { x: categoryScale, y: valueScale },
			plugins: {
				annotation: { annotations: { ...eventAnnotations(spec, theme), ...breakAnnotations(spec, theme) } },
				legend: {
					display: legend,
					position: 'bottom',
					labels: { color: theme.text, boxWidth: 14, usePointStyle: true }
				},
				tooltip: {
					callbacks: {
						label: (ctx) => {
							const s = spec.series[ctx.datasetIndex];
							const v = horizontal ? ctx.parsed.x : ctx.parsed.y;
							if (!s || v === null || v === undefined) return '';
							const q = s.qualifiers[ctx.dataIndex];
							const precision = s.precisions?.[ctx.dataIndex];
							const value = percent
								? formatPercentValue(v)
								: precision?.unit === 'billions'
									? `${spec.currency} ${formatFigure(v, precision)}`
									: `${formatFigure(v, precision)} ${spec.yTitle}`;
							return `${s.label}: ${q ? qualifierText(q) + ' ' : ''}${value}`;
						},
						afterLabel: (ctx) => spec.series[ctx.datasetIndex]?.pointNotes?.[ctx.dataIndex] || '',
						// The policy events of the hovered period, so they show wherever the pointer is in
						// that year's column, not only on the thin marker line.
						footer: (items) => {
							const period = spec.labels[items[0]?.dataIndex ?? -1];
							return (spec.events ?? []).filter((e) => e.period === period).map((e) => `${e.date}: ${e.title}`);
						}
					}
				}
			}
		}
	};
}

/**
 * A category name short enough for an axis beside the bars; the tooltip and the table give it whole.
 * @example shortLabel('8486 Machines for making semiconductors and displays') → '8486 Machines for making semico…'
 */
export function shortLabel(label: string, max = 32): string {
	return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Policy events as dashed vertical lines at their year; the event titles appear while the pointer is on
 * the line (the same text is listed under the chart and in the data table for keyboard users).
 */
function eventAnnotations(spec: ChartSpec, theme: ChartTheme): Record<string, AnnotationOptions> {
	const byPeriod = new Map<string, string[]>();
	for (const e of spec.events ?? []) {
		if (!spec.labels.includes(e.period)) continue;
		byPeriod.set(e.period, [...(byPeriod.get(e.period) ?? []), `${e.date}: ${e.title}`]);
	}
	const out: Record<string, AnnotationOptions> = {};
	for (const [period, titles] of byPeriod) {
		out[`event-${period}`] = {
			type: 'line',
			scaleID: 'x',
			value: period,
			borderColor: theme.recolor?.[PALETTE.event] ?? PALETTE.event,
			borderWidth: 1.5,
			borderDash: [3, 3],
			label: {
				display: false,
				content: titles,
				position: 'start',
				backgroundColor: 'rgba(255,255,255,0.95)',
				color: '#1a1a1a',
				borderColor: PALETTE.event,
				borderWidth: 1,
				font: { size: 11, family: theme.font },
				textAlign: 'left'
			},
			enter: (ctx) => {
				const el = ctx.element as { label?: { options: { display: boolean } } };
				if (el.label) el.label.options.display = true;
				return true;
			},
			leave: (ctx) => {
				const el = ctx.element as { label?: { options: { display: boolean } } };
				if (el.label) el.label.options.display = false;
				return true;
			}
		};
	}
	return out;
}

/**
 * Series breaks as solid vertical lines between the last period on the old basis and the first on the
 * new one, labelled "break" so they are not read as a policy event.
 */
function breakAnnotations(spec: ChartSpec, theme: ChartTheme): Record<string, AnnotationOptions> {
	const out: Record<string, AnnotationOptions> = {};
	for (const b of spec.breaks ?? []) {
		const i = spec.labels.indexOf(b.period);
		if (i <= 0) continue;
		out[`break-${b.reporter}-${b.period}`] = {
			type: 'line',
			scaleID: 'x',
			value: i - 0.5,
			borderColor: theme.text,
			borderWidth: 1,
			label: {
				display: true,
				content: m.charts_break_marker({ reporter: b.reporter }),
				// At the top: the lines are low around most breaks, and the label must not hide them.
				position: 'start',
				backgroundColor: 'transparent',
				color: theme.text,
				font: { size: 10, family: theme.font }
			}
		};
	}
	return out;
}
