// Chart specifications: what a chart shows, as plain data. The browser chart, its data table, its CSV
// and its server-rendered image are all made from the same spec, so they cannot disagree.
import { filledPeriodKeys } from '../data/period';
import { conceptWords } from '../data/concept';
import { conversionText } from '../data/fx';
import type { Precision } from '../data/format';
import { countryName } from '../i18n/countryNames';
import { m } from '../paraglide/messages';
import type { ClaimPoint, EventMarker, SeriesBreakMarker, SourceGroup, TradeRow, TradeView } from '../data/tradeView';
import type { Qualifier, Source } from '../data/types';
import { PALETTE } from './palette';

export { TRADE_CHART_IDS, type TradeChartId } from './chartIds';

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
	/** Per-label remarks for tooltips and tables, e.g. the exchange rate a value was converted with. */
	pointNotes?: string[];
	/** Point shape for point series: triangles for other sources, stars for quoted claims. */
	marker?: 'triangle' | 'star';
	/** Per-label published precision: every figure is shown as precisely as it was published, no more. */
	precisions?: (Precision | null)[];
	/** Per-label figures that could not be converted (no rate that year), in their published currency. */
	unconverted?: ({ value: number; currency: string; precision: Precision | null } | null)[];
}

export interface ChartSpec {
	id: string;
	title: string;
	/** The currency of the figures (of the underlying figures, for percentages). */
	currency: string;
	/** Unit line shown with the chart: "USD million, current prices". */
	unit: string;
	yTitle: string;
	format: ValueFormat;
	labels: string[];
	series: ChartSeriesSpec[];
	sources: Source[];
	notes: string[];
	/** Policy events drawn as vertical markers on time charts. */
	events?: EventMarker[];
	/**
	 * Set when the labels are categories (products), not periods: the chart is drawn as horizontal bars,
	 * `title` names the label column of the table and CSV, and `period` is the one period shown.
	 */
	categoryAxis?: { title: string; period: string };
	/** Series breaks in the drawn series (breaks.csv), drawn as markers. */
	breaks?: SeriesBreakMarker[];
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
	// Claims and events the reader turned on extend the axis to their years (within the selection).
	const labels = periodLabels(
		[...groups, ...mirrors],
		[...view.claims.map((c) => c.period), ...view.events.map((e) => e.period)]
	);
	const r = countryName(view.state.reporter, view.reporterName);
	const p = countryName(view.state.partner, view.partnerName);
	const unit = m.charts_current_prices({ unit: unitOf(primary) });
	const otherCurrencies = [...view.groups, ...view.mirrorGroups].filter((g) => !sameCurrency(g));
	// Figures, not year-rows: a year with both flows is two figures.
	const otherCount = otherCurrencies.reduce(
		(n, g) => n + g.rows.reduce((k, r) => k + (r.exports !== null ? 1 : 0) + (r.imports !== null ? 1 : 0), 0),
		0
	);
	const notes = otherCurrencies.length
		? [
				m.charts_note_other_currencies({
					figures: m.charts_further_figures({ count: otherCount }),
					currencies: [...new Set(otherCurrencies.map((g) => g.currency))].join(', '),
					sources: m.charts_sources_count({ count: new Set(otherCurrencies.map((g) => g.source.id)).size })
				})
			]
		: [];
	const qualifiedNote = [...groups, ...mirrors].some((g) =>
		g.rows.some((row) => row.exportsQualifier !== '' || row.importsQualifier !== '')
	)
		? [m.charts_note_hollow()]
		: [];

	// Legends use country codes: on a phone, full names would push the chart off the screen.
	const rc = view.state.reporter;
	const pc = view.state.partner;
	const exportsLabel = m.charts_exports_label({ reporter: rc, partner: pc });
	const importsLabel = m.charts_imports_label({ reporter: rc, partner: pc });
	const conversionNotes = conversionNotesOf([...groups, ...mirrors]);
	const flowSeries: ChartSeriesSpec[] = [];
	// Plain by default: the two reporters' primary series; other sources' single figures are a layer.
	const drawn = view.state.figures ? groups : groups.filter((g) => g === primary);
	const whoOf = whoLabels(drawn, primary);
	for (const g of drawn) {
		const main = g === primary;
		const who = whoOf.get(g) as string;
		flowSeries.push(
			...[
				seriesOf(g, labels, 'exports', `${exportsLabel} · ${who}`, PALETTE.reporter, main ? 'line' : 'points'),
				seriesOf(g, labels, 'imports', `${importsLabel} · ${who}`, PALETTE.partner, main ? 'line' : 'points')
			].filter((x) => main || x.values.some((v) => v !== null))
		);
	}
	if (mainMirror) {
		const who = m.charts_reported_by_mirror({ who: mainMirror.by });
		flowSeries.push(
			{
				...seriesOf(mainMirror, labels, 'exports', `${exportsLabel} · ${who}`, PALETTE.reporter, 'line'),
				dashed: true
			},
			{ ...seriesOf(mainMirror, labels, 'imports', `${importsLabel} · ${who}`, PALETTE.partner, 'line'), dashed: true }
		);
	}
	flowSeries.push(...claimSeries(view.claims, labels, exportsLabel, importsLabel));
	const flowSources = uniqueSources([...drawn, ...(mainMirror ? [mainMirror] : [])]);
	const flowBreaks = breaksOf([...drawn, ...(mainMirror ? [mainMirror] : [])]);
	const primaryBreaks = breaksOf([primary]);
	const breakNote = (b: SeriesBreakMarker[]) =>
		b.length
			? [
					m.charts_note_break({
						breaks: b.map((x) => `${x.reporter} ${x.period}`).join(', '),
						descriptions: b.map((x) => x.description).join(' ')
					})
				]
			: [];
	const claimNote = view.claims.length ? [m.charts_note_claims()] : [];
	const byPrimary = m.charts_reported_by({ who: primary.by });
	const events = view.events.length ? view.events : undefined;

	const balance = seriesOf(
		primary,
		labels,
		'balance',
		`${m.charts_balance_label({ reporter: rc, partner: pc })} · ${byPrimary}`,
		PALETTE.surplus,
		'bar'
	);
	balance.colors = balance.values.map((v) => (v !== null && v < 0 ? PALETTE.deficit : PALETTE.surplus));
	const total = seriesOf(
		primary,
		labels,
		'total',
		`${m.charts_total_label({ reporter: rc, partner: pc })} · ${byPrimary}`,
		PALETTE.total,
		'bar'
	);
	const growth = [
		seriesOf(
			primary,
			labels,
			'exportsGrowth',
			`${m.charts_change_label({ label: exportsLabel })} · ${byPrimary}`,
			PALETTE.reporter,
			'line'
		),
		seriesOf(
			primary,
			labels,
			'importsGrowth',
			`${m.charts_change_label({ label: importsLabel })} · ${byPrimary}`,
			PALETTE.partner,
			'line'
		)
	];

	const derivedNote = m.charts_note_computed({ who: sideName(primary, view), source: primary.source.title });
	const million = m.charts_currency_million({ currency });
	return [
		{
			id: 'flows',
			currency,
			title: m.charts_title_flows({ reporter: r, partner: p }),
			unit,
			yTitle: million,
			format: 'money',
			labels,
			series: flowSeries,
			sources: flowSources,
			notes: [
				mainMirror
					? m.charts_note_solid_dashed({ who: sideName(primary, view), mirror: sideName(mainMirror, view) })
					: m.charts_note_no_mirror({ who: sideName(primary, view), currency }),
				...qualifiedNote,
				...claimNote,
				...conversionNotes,
				...notes,
				...breakNote(flowBreaks)
			],
			events,
			...(flowBreaks.length ? { breaks: flowBreaks } : {})
		},
		{
			id: 'balance',
			currency,
			title: m.charts_title_balance({ reporter: r, partner: p }),
			unit,
			yTitle: million,
			format: 'money',
			labels,
			series: [balance],
			sources: [primary.source],
			notes: [derivedNote, m.charts_note_balance_bars(), ...conversionNotesOf([primary]), ...breakNote(primaryBreaks)],
			events,
			...(primaryBreaks.length ? { breaks: primaryBreaks } : {})
		},
		{
			id: 'total',
			currency,
			title: m.charts_title_total({ reporter: r, partner: p }),
			unit,
			yTitle: million,
			format: 'money',
			labels,
			series: [total],
			sources: [primary.source],
			notes: [derivedNote, ...conversionNotesOf([primary]), ...breakNote(primaryBreaks)],
			events,
			...(primaryBreaks.length ? { breaks: primaryBreaks } : {})
		},
		{
			id: 'growth',
			currency,
			title: m.charts_title_growth({ reporter: r, partner: p }),
			unit: m.charts_growth_unit(),
			yTitle: m.charts_growth_axis(),
			format: 'percent',
			labels,
			series: growth,
			sources: [primary.source],
			notes: [
				derivedNote,
				m.charts_note_no_previous(),
				...(primary.convertedFrom ? [m.charts_note_growth_converted()] : []),
				...breakNote(primaryBreaks)
			],
			...(primaryBreaks.length ? { breaks: primaryBreaks } : {})
		}
	];
}

/**
 * Says how converted figures were converted, and which published figures could not be (no rate for the
 * year): those are not drawn, and the table and CSV keep them in their published currency.
 */
export function conversionNotesOf(groups: SourceGroup[]): string[] {
	const converted = groups.filter((g) => g.convertedFrom);
	if (converted.length === 0) return [];
	const notes: string[] = [];
	const derived = converted.some((g) => g.rows.some((r) => r.conversion?.derived));
	const from = [...new Set(converted.map((g) => g.convertedFrom))].join(', ');
	const to = converted[0]?.currency ?? '';
	notes.push(derived ? m.charts_note_converted_cross({ from, to }) : m.charts_note_converted({ from, to }));
	const missing = converted.flatMap((g) => g.rows.filter((r) => r.unconverted).map((r) => r.year));
	if (missing.length) {
		const years = [...new Set(missing)].sort((a, b) => a - b);
		notes.push(m.charts_note_no_rate({ years: rangeText(years) }));
	}
	return notes;
}

function rangeText(years: number[]): string {
	const parts: string[] = [];
	let start = years[0] as number;
	let prev = start;
	for (const y of [...years.slice(1), Infinity]) {
		if (y !== prev + 1) {
			parts.push(start === prev ? String(start) : `${start}–${prev}`);
			start = y;
		}
		prev = y;
	}
	return parts.join(', ');
}

/** Whose figures a group holds, by name in the reader's language: "Republic of Korea". */
function sideName(group: SourceGroup, view: TradeView): string {
	return group.by === view.state.reporter
		? countryName(view.state.reporter, view.reporterName)
		: countryName(view.state.partner, view.partnerName);
}

/**
 * The unit of a group's figures: "USD million", or "EUR million (converted from USD)" for a converted view.
 * @example unitOf({ currency: 'EUR', convertedFrom: 'USD' }) → 'EUR million (converted from USD)'
 */
export function unitOf(group: Pick<SourceGroup, 'currency' | 'convertedFrom'>): string {
	return group.convertedFrom
		? m.charts_currency_million_converted({ currency: group.currency, from: group.convertedFrom })
		: m.charts_currency_million({ currency: group.currency });
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
		basis: basisOf(group, measure),
		precisions: labels.map((l) => {
			const row = byPeriod.get(l);
			if (!row || percent) return null;
			if (measure === 'exports') return row.exportsPrecision;
			if (measure === 'imports') return row.importsPrecision;
			return row.derivedPrecision;
		}),
		pointNotes: labels.map((l) => pointNote(byPeriod.get(l), group, measure)),
		...(group.convertedFrom && (measure === 'exports' || measure === 'imports')
			? {
					unconverted: labels.map((l) => {
						const u = byPeriod.get(l)?.unconverted;
						const value = u?.[measure];
						return u && value !== null && value !== undefined ? { value, currency: u.currency, precision: null } : null;
					})
				}
			: {})
	};
}

/**
 * What a reader must know beside one figure: the source's own note on it, the exchange rate it was
 * converted with (or that none existed), and a series break between it and the previous period for
 * growth rates.
 */
function pointNote(row: TradeRow | undefined, group: SourceGroup, measure: RowMeasure): string {
	if (!row) return '';
	const parts: string[] = [];
	const sourceNote =
		measure === 'exports'
			? row.exportsNote
			: measure === 'imports'
				? row.importsNote
				: [row.exportsNote, row.importsNote].filter(Boolean).join('; ');
	if (sourceNote) parts.push(m.charts_point_source_note({ note: sourceNote }));
	if (group.convertedFrom) {
		if (row.unconverted) parts.push(m.charts_point_not_converted({ currency: group.currency, year: String(row.year) }));
		else if (row.conversion) parts.push(m.charts_point_converted({ path: conversionText(row.conversion) }));
	}
	if (row.breakBefore && measure.endsWith('Growth')) {
		parts.push(m.charts_point_break({ period: row.breakBefore }));
	}
	return parts.join('; ');
}

function basisOf(group: SourceGroup, measure: RowMeasure): string {
	const valuation =
		measure === 'exports' ? group.exportsValuation : measure === 'imports' ? group.importsValuation : null;
	const concept = conceptWords(group.concept);
	return [valuation && valuation !== 'not stated' ? valuation : null, concept].filter(Boolean).join(', ');
}

/**
 * Claims as star points: one series per flow and per claimed side, since "Korean imports from the
 * Netherlands" and "Dutch exports to Korea" are two claims about the same flow and both must show.
 */
function claimSeries(
	claims: ClaimPoint[],
	labels: string[],
	exportsLabel: string,
	importsLabel: string
): ChartSeriesSpec[] {
	const out: ChartSeriesSpec[] = [];
	for (const [measure, label, color] of [
		['exports', exportsLabel, PALETTE.reporter],
		['imports', importsLabel, PALETTE.partner]
	] as const) {
		const subjects = [...new Set(claims.filter((c) => c.measure === measure).map((c) => c.subject))];
		for (const subject of subjects) {
			const mine = claims.filter((c) => c.measure === measure && c.subject === subject);
			const first = mine[0];
			if (!first) continue;
			const at = new Map(mine.map((c) => [c.period, c]));
			out.push({
				key: `claim-${measure}-${subject}`,
				label: `${label} · ${first.flow === 'import' ? m.charts_claimed_imports({ subject }) : m.charts_claimed_exports({ subject })}`,
				kind: 'points',
				marker: 'star',
				color,
				values: labels.map((l) => at.get(l)?.value ?? null),
				qualifiers: labels.map((l) => at.get(l)?.qualifier ?? ''),
				source: first.source,
				basis: m.charts_claim_basis(),
				pointNotes: labels.map((l) => {
					const c = at.get(l);
					if (!c) return '';
					const said = { statement: c.statement, claimant: c.claimant };
					return c.conversion
						? m.charts_claim_point_note_converted({ ...said, conversion: conversionText(c.conversion) })
						: m.charts_claim_point_note(said);
				})
			});
		}
	}
	return out;
}

/** Every period from the first to the last figure of the groups (and claims), gaps included. */
function periodLabels(groups: SourceGroup[], extra: string[] = []): string[] {
	return filledPeriodKeys([...extra, ...groups.flatMap((g) => g.rows.map((row) => row.period))]);
}

/**
 * "reported by NLD" for the primary group, "reported by NLD, Eurostat" for others; when two groups
 * would read the same (two Eurostat releases), each gets its vintage so no legend entry repeats.
 */
function whoLabels(groups: SourceGroup[], primary: SourceGroup): Map<SourceGroup, string> {
	const base = (g: SourceGroup) =>
		g === primary
			? m.charts_reported_by({ who: g.by })
			: m.charts_reported_by_publisher({ who: g.by, publisher: g.source.publisher });
	const counts = new Map<string, number>();
	for (const g of groups) counts.set(base(g), (counts.get(base(g)) ?? 0) + 1);
	return new Map(
		groups.map((g) => [g, (counts.get(base(g)) ?? 0) > 1 ? `${base(g)} (${g.source.vintage || g.source.id})` : base(g)])
	);
}

/** The breaks of the drawn groups, once each. */
function breaksOf(groups: SourceGroup[]): SeriesBreakMarker[] {
	const seen = new Map<string, SeriesBreakMarker>();
	for (const g of groups) for (const b of g.breaks) seen.set(`${b.reporter}|${b.period}`, b);
	return [...seen.values()];
}

function uniqueSources(groups: SourceGroup[]): Source[] {
	const seen = new Map<string, Source>();
	for (const g of groups) seen.set(g.source.id, g.source);
	return [...seen.values()];
}
