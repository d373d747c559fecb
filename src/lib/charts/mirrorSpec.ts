import type { MirrorFlow } from '../data/mirror';
import { filledPeriodKeys } from '../data/period';
import { countryName } from '../i18n/countryNames';
import { m } from '../paraglide/messages';
import { PALETTE } from './palette';
import type { SeriesBreakMarker } from '../data/tradeView';
import { unitOf, type ChartSeriesSpec, type ChartSpec } from './spec';

/**
 * Mirror charts: each direction as reported by its exporter (solid) and its importer (dashed), then the
 * gap of both directions in per cent of the importer's figure.
 * @example mirrorChartSpecs(flows, names, 'KOR').map((s) => s.id) → ['mirror-KOR-NLD', 'mirror-NLD-KOR', 'mirror-gap']
 */
export function mirrorChartSpecs(flows: MirrorFlow[], names: Record<string, string>, reporter: string): ChartSpec[] {
	if (flows.length === 0) return [];
	const labels = filledPeriodKeys(flows.flatMap((f) => f.rows.map((r) => r.period)));
	const name = (c: string) => countryName(c, names[c]);
	const color = (c: string) => (c === reporter ? PALETTE.reporter : PALETTE.partner);
	const at = (f: MirrorFlow) => new Map(f.rows.map((r) => [r.period, r]));

	const flowCharts = flows.map((f): ChartSpec => {
		const rows = at(f);
		const series = (who: 'exporter' | 'importer'): ChartSeriesSpec => {
			const country = who === 'exporter' ? f.exporter : f.importer;
			const valuation = who === 'exporter' ? f.exporterValuation : f.importerValuation;
			return {
				key: `${f.exporter}-${f.importer}-${who}`,
				label: `${f.exporter}→${f.importer} · ${m.charts_reported_by({ who: country })}${valuation && valuation !== 'not stated' ? ` (${valuation})` : ''}`,
				kind: 'line',
				color: color(f.exporter),
				dashed: who === 'importer',
				values: labels.map((l) => rows.get(l)?.[who === 'exporter' ? 'exporterReported' : 'importerReported'] ?? null),
				qualifiers: labels.map(
					(l) => rows.get(l)?.[who === 'exporter' ? 'exporterQualifier' : 'importerQualifier'] ?? ''
				),
				source: who === 'exporter' ? f.exporterSource : f.importerSource,
				basis: m.charts_mirror_basis({
					valuation:
						valuation === null
							? m.charts_valuation_not_stated()
							: valuation === 'not stated'
								? m.charts_not_stated()
								: valuation,
					who: name(country)
				}),
				precisions: labels.map(
					(l) => rows.get(l)?.[who === 'exporter' ? 'exporterPrecision' : 'importerPrecision'] ?? null
				)
			};
		};
		return {
			id: `mirror-${f.exporter}-${f.importer}`,
			currency: f.currency,
			title: m.charts_mirror_title({ exporter: name(f.exporter), importer: name(f.importer) }),
			unit: m.charts_current_prices({ unit: unitOf(f) }),
			yTitle: m.charts_currency_million({ currency: f.currency }),
			format: 'money',
			labels,
			series: [series('exporter'), series('importer')],
			sources: [...new Map([f.exporterSource, f.importerSource].map((s) => [s.id, s])).values()],
			notes: [
				m.charts_mirror_note({ exporter: name(f.exporter), importer: name(f.importer) }),
				...breakNotes(f.breaks)
			],
			...(f.breaks.length ? { breaks: f.breaks } : {})
		};
	});

	const gapBreaks = [...new Map(flows.flatMap((f) => f.breaks).map((b) => [`${b.reporter}|${b.period}`, b])).values()];
	const gapChart: ChartSpec = {
		id: 'mirror-gap',
		currency: flows[0]?.currency ?? '',
		title: m.charts_gap_title(),
		unit: m.charts_gap_unit(),
		yTitle: m.charts_gap_axis(),
		format: 'percent',
		labels,
		series: flows.map((f) => {
			const rows = at(f);
			return {
				key: `gap-${f.exporter}-${f.importer}`,
				label: `${f.exporter}→${f.importer}`,
				kind: 'line' as const,
				color: color(f.exporter),
				values: labels.map((l) => {
					const share = rows.get(l)?.gapShare;
					return share === undefined || share === null ? null : share * 100;
				}),
				qualifiers: labels.map(() => '' as const),
				source: f.exporterSource,
				basis: m.charts_gap_basis()
			};
		}),
		sources: [...new Map(flows.flatMap((f) => [f.exporterSource, f.importerSource]).map((s) => [s.id, s])).values()],
		notes: [m.charts_gap_note(), ...breakNotes(gapBreaks)],
		...(gapBreaks.length ? { breaks: gapBreaks } : {})
	};
	return [...flowCharts, gapChart];
}

/** @example breakNotes([{ reporter: 'NLD', period: '1999', description: 'New basis.' }]) → ['Series break (NLD 1999): New basis.'] */
function breakNotes(breaks: SeriesBreakMarker[]): string[] {
	return breaks.map((b) =>
		m.charts_note_break_one({ reporter: b.reporter, period: b.period, description: b.description })
	);
}
