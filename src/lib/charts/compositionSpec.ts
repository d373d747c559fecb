// Chart specifications of the products view: the largest products of each flow in a year and the HS
// chapters they roll up to, as horizontal bars beside the previous year's. Pure: the page, the embed,
// the server-drawn image and the chart CSV are all made from these specs.
import type { ChapterLine, Composition, ProductLine } from '../data/composition';
import { formatCount, formatMillions, formatPercent, formatShare } from '../data/format';
import { countryName } from '../i18n/countryNames';
import { m } from '../paraglide/messages';
import { FLOWS, type Flow, type Iso3, type Qualifier, type Source } from '../data/types';
import { PALETTE } from './palette';
import type { ChartSeriesSpec, ChartSpec } from './spec';

/** How many products (and chapters) a chart draws; the rest are in the page's table. */
export const TOP_PRODUCTS = 10;
const MILLION = 1e6;

export interface CompositionChartInput {
	state: { reporter: Iso3; partner: Iso3; by: Iso3 };
	names: Record<Iso3, string>;
	source: Source | null;
	compositions: Record<Flow, Composition | null>;
}

/** A bar item of either chart: a product or a chapter. */
interface Bar {
	label: string;
	/** The code alone ("8486", "Ch. 84"), for notes. */
	short: string;
	value: number;
	qualifier: Qualifier;
	previous: number | null;
	previousQualifier: Qualifier;
	changePct: number | null;
	share: number | null;
}

/**
 * The charts of a products view: `products-<flow>` for each flow with figures, and `chapters-<flow>`
 * where the classification is HS.
 * @example compositionChartSpecs(view).map((s) => s.id) → ['products-export', 'chapters-export', 'products-import', 'chapters-import']
 */
export function compositionChartSpecs(view: CompositionChartInput, top = TOP_PRODUCTS): ChartSpec[] {
	const specs: ChartSpec[] = [];
	for (const flow of FLOWS) {
		const c = view.compositions[flow];
		if (!c) continue;
		specs.push(productsSpec(view, c, top));
		if (c.chapters?.length) specs.push(chaptersSpec(view, c, c.chapters, top));
	}
	return specs;
}

/** "Country A exports to Country B" / "Country A imports from Country B", from the reporting side. */
export function flowPhrase(view: Pick<CompositionChartInput, 'state' | 'names'>, flow: Flow): string {
	const { by, reporter, partner } = view.state;
	const other = by === reporter ? partner : reporter;
	const name = (c: Iso3) => countryName(c, view.names[c]);
	return flow === 'export'
		? m.charts_exports_to({ who: name(by), other: name(other) })
		: m.charts_imports_from({ who: name(by), other: name(other) });
}

/** The product's line in charts and tables: its code and the publisher's label. */
export function productName(p: Pick<ProductLine, 'code' | 'label'>): string {
	return p.label ? `${p.code} ${p.label}` : p.code;
}

/** @example chapterName({ chapter: '84', title: 'Nuclear reactors, …' }) → 'Ch. 84 Nuclear reactors, …' */
export function chapterName(c: Pick<ChapterLine, 'chapter' | 'title'>): string {
	return `${m.charts_chapter({ chapter: c.chapter })}${c.title ? ` ${c.title}` : ''}`;
}

/** What the shares are of, in words, for the chart notes and the page. */
export function totalNote(view: Pick<CompositionChartInput, 'state' | 'names'>, c: Composition): string {
	const who = countryName(view.state.by, view.names[view.state.by]);
	if (!c.total) return m.charts_total_none();
	const value = formatMillions(c.total.value / MILLION);
	const currency = c.set.currency;
	if (c.total.basis === 'all goods')
		return m.charts_total_all_goods({ value, currency, who, year: String(c.year), line: String(c.total.line) });
	return m.charts_total_listed({ count: c.total.codes, value, currency, year: String(c.year) });
}

function productsSpec(view: CompositionChartInput, c: Composition, top: number): ChartSpec {
	const shown = c.products.slice(0, top);
	const bars: Bar[] = shown.map((p) => ({ ...p, label: productName(p), short: p.code }));
	const notes = [
		totalNote(view, c),
		c.products.length > top
			? m.charts_products_top({ top: formatCount(top), count: formatCount(c.products.length) })
			: m.charts_products_all({ count: c.products.length }),
		...(shown.some((p) => p.within) ? [m.charts_products_within()] : []),
		...missingPreviousNote(bars, c.year)
	];
	return barSpec(view, c, {
		id: `products-${c.flow}`,
		title: m.charts_products_title({ flow: flowPhrase(view, c.flow) }),
		axisTitle: m.charts_products_axis(),
		bars,
		notes
	});
}

function chaptersSpec(view: CompositionChartInput, c: Composition, chapters: ChapterLine[], top: number): ChartSpec {
	const shown = chapters.slice(0, top);
	const bars: Bar[] = shown.map((ch) => ({
		...ch,
		label: chapterName(ch),
		short: m.charts_chapter({ chapter: ch.chapter }),
		qualifier: '',
		previousQualifier: ''
	}));
	const summed = shown.filter((ch) => !ch.published);
	const notes = [
		totalNote(view, c),
		chapters.length > top
			? m.charts_chapters_top({ top: formatCount(top), count: formatCount(chapters.length) })
			: m.charts_chapters_all(),
		...(summed.length ? [m.charts_chapters_summed({ chapters: summed.map((ch) => ch.chapter).join(', ') })] : []),
		...(c.unplaced.length ? [m.charts_chapters_unplaced({ codes: c.unplaced.join(', ') })] : []),
		...(c.qualifiedCodes.length ? [m.charts_chapters_qualified({ codes: c.qualifiedCodes.join(', ') })] : []),
		...missingPreviousNote(bars, c.year),
		m.charts_chapters_wco()
	];
	return barSpec(view, c, {
		id: `chapters-${c.flow}`,
		title: m.charts_chapters_title({ flow: flowPhrase(view, c.flow) }),
		axisTitle: m.charts_chapters_axis(),
		bars,
		notes
	});
}

function missingPreviousNote(bars: Bar[], year: number): string[] {
	const missing = bars.filter((b) => b.previous === null).map((b) => b.short);
	return missing.length ? [m.charts_missing_previous({ previous: String(year - 1), codes: missing.join(', ') })] : [];
}

function barSpec(
	view: CompositionChartInput,
	c: Composition,
	{ id, title, axisTitle, bars, notes }: { id: string; title: string; axisTitle: string; bars: Bar[]; notes: string[] }
): ChartSpec {
	const { by, reporter } = view.state;
	const who = countryName(by, view.names[by]);
	// A flow keeps the colour of the country it leaves: the reporter's exports, the other side's imports.
	const leavesReporter = (c.flow === 'export') === (by === reporter);
	const colour = leavesReporter ? PALETTE.reporter : PALETTE.partner;
	const basis = m.charts_products_basis({ classification: c.set.classification, who });
	const source: Source = view.source ?? {
		id: c.set.source,
		title: c.set.source,
		publisher: '',
		url: '',
		vintage: '',
		accessed: '',
		notes: ''
	};
	const series: ChartSeriesSpec[] = [
		{
			key: `${id}-${c.year}`,
			label: String(c.year),
			kind: 'bar',
			color: colour,
			values: bars.map((b) => b.value / MILLION),
			qualifiers: bars.map((b) => b.qualifier),
			source,
			basis,
			pointNotes: bars.map((b) =>
				[
					b.share === null ? '' : m.charts_share_of_total({ share: formatShare(b.share) }),
					b.changePct === null
						? ''
						: m.charts_change_on({ change: formatPercent(b.changePct), year: String(c.year - 1) })
				]
					.filter(Boolean)
					.join('; ')
			)
		},
		{
			key: `${id}-${c.year - 1}`,
			label: String(c.year - 1),
			kind: 'bar',
			// The previous year in the same hue, lighter (hex alpha), so the two years read as one product.
			color: `${colour}66`,
			values: bars.map((b) => (b.previous === null ? null : b.previous / MILLION)),
			qualifiers: bars.map((b) => b.previousQualifier),
			source,
			basis
		}
	];
	return {
		id,
		currency: c.set.currency,
		title,
		unit: m.charts_products_unit({
			currency: c.set.currency,
			year: String(c.year),
			previous: String(c.year - 1),
			classification: c.set.classification,
			who
		}),
		yTitle: m.charts_currency_million({ currency: c.set.currency }),
		format: 'money',
		labels: bars.map((b) => b.label),
		series,
		sources: [source],
		notes: [...notes, m.charts_products_note_parts()],
		categoryAxis: { title: axisTitle, period: String(c.year) }
	};
}
