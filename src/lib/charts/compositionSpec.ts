// Chart specifications of the products view: the largest products of each flow in a year and the HS
// chapters they roll up to, as horizontal bars beside the previous year's. Pure: the page, the embed,
// the server-drawn image and the chart CSV are all made from these specs.
import type { ChapterLine, Composition, ProductLine } from '../data/composition';
import { formatMillions, formatPercent, formatShare } from '../data/format';
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
	const name = (c: Iso3) => view.names[c] ?? c;
	return `${name(by)} ${flow === 'export' ? 'exports to' : 'imports from'} ${name(other)}`;
}

/** The product's line in charts and tables: its code and the publisher's label. */
export function productName(p: Pick<ProductLine, 'code' | 'label'>): string {
	return p.label ? `${p.code} ${p.label}` : p.code;
}

/** @example chapterName({ chapter: '84', title: 'Nuclear reactors, …' }) → 'Ch. 84 Nuclear reactors, …' */
export function chapterName(c: Pick<ChapterLine, 'chapter' | 'title'>): string {
	return `Ch. ${c.chapter}${c.title ? ` ${c.title}` : ''}`;
}

/** What the shares are of, in words, for the chart notes and the page. */
export function totalNote(view: Pick<CompositionChartInput, 'state' | 'names'>, c: Composition): string {
	const who = view.names[view.state.by] ?? view.state.by;
	if (!c.total) return 'No total: every figure is qualified, so no share is computed.';
	if (c.total.basis === 'all goods')
		return (
			`Shares are of all goods (${formatMillions(c.total.value / MILLION)} ${c.set.currency} million): ${who}'s all-goods figure ` +
			`for ${c.year} from the same source and currency (trade.csv line ${c.total.line}).`
		);
	return (
		`No all-goods figure from this source and currency for ${c.year}: shares are of the sum of the ` +
		`${c.total.codes} product figure${c.total.codes === 1 ? '' : 's'} listed (${formatMillions(c.total.value / MILLION)} ${c.set.currency} million; ` +
		`broadest codes only), which is a part of all goods, not all of it.`
	);
}

function productsSpec(view: CompositionChartInput, c: Composition, top: number): ChartSpec {
	const shown = c.products.slice(0, top);
	const bars: Bar[] = shown.map((p) => ({ ...p, label: productName(p), short: p.code }));
	const notes = [
		totalNote(view, c),
		c.products.length > top
			? `The ${top} largest of ${c.products.length} products; the page's table lists every one.`
			: `All ${c.products.length} product${c.products.length === 1 ? '' : 's'} with figures.`,
		...(shown.some((p) => p.within)
			? ['Codes inside another listed code (e.g. a 6-digit code within its 4-digit heading) are part of it, not extra.']
			: []),
		...missingPreviousNote(bars, c.year)
	];
	return barSpec(view, c, {
		id: `products-${c.flow}`,
		title: `${flowPhrase(view, c.flow)}: largest products`,
		axisTitle: 'Product',
		bars,
		notes
	});
}

function chaptersSpec(view: CompositionChartInput, c: Composition, chapters: ChapterLine[], top: number): ChartSpec {
	const shown = chapters.slice(0, top);
	const bars: Bar[] = shown.map((ch) => ({
		...ch,
		label: chapterName(ch),
		short: `Ch. ${ch.chapter}`,
		qualifier: '',
		previousQualifier: ''
	}));
	const summed = shown.filter((ch) => !ch.published);
	const notes = [
		totalNote(view, c),
		chapters.length > top ? `The ${top} largest of ${chapters.length} HS chapters.` : `Every HS chapter with figures.`,
		...(summed.length
			? [
					`Chapters ${summed.map((ch) => ch.chapter).join(', ')} are sums of the listed codes inside them ` +
						`(no 2-digit figure published); a chapter's previous year is compared only when every one of its codes has one.`
				]
			: []),
		...(c.unplaced.length ? [`Not placed in a chapter (not HS digits): ${c.unplaced.join(', ')}.`] : []),
		...(c.qualifiedCodes.length ? [`Qualified figures left out of the sums: ${c.qualifiedCodes.join(', ')}.`] : []),
		...missingPreviousNote(bars, c.year),
		'Chapter titles: WCO Harmonized System nomenclature (2017 edition wording).'
	];
	return barSpec(view, c, {
		id: `chapters-${c.flow}`,
		title: `${flowPhrase(view, c.flow)}: HS chapters`,
		axisTitle: 'HS chapter',
		bars,
		notes
	});
}

function missingPreviousNote(bars: Bar[], year: number): string[] {
	const missing = bars.filter((b) => b.previous === null).map((b) => b.short);
	return missing.length
		? [`No ${year - 1} bar and no change for ${missing.join(', ')}: no figure in ${year - 1} (a gap, not zero).`]
		: [];
}

function barSpec(
	view: CompositionChartInput,
	c: Composition,
	{ id, title, axisTitle, bars, notes }: { id: string; title: string; axisTitle: string; bars: Bar[]; notes: string[] }
): ChartSpec {
	const { by, reporter } = view.state;
	const who = view.names[by] ?? by;
	// A flow keeps the colour of the country it leaves: the reporter's exports, the other side's imports.
	const leavesReporter = (c.flow === 'export') === (by === reporter);
	const colour = leavesReporter ? PALETTE.reporter : PALETTE.partner;
	const basis = `${c.set.classification} product figures, as reported by ${who}`;
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
					b.share === null ? '' : `${formatShare(b.share)} of the total`,
					b.changePct === null ? '' : `${formatPercent(b.changePct)} on ${c.year - 1}`
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
		unit: `${c.set.currency} million in ${c.year} (lighter bars: ${c.year - 1}), ${c.set.classification}, as reported by ${who}`,
		yTitle: `${c.set.currency} million`,
		format: 'money',
		labels: bars.map((b) => b.label),
		series,
		sources: [source],
		notes: [...notes, 'Product figures are parts of the pair’s trade, never all goods.'],
		categoryAxis: { title: axisTitle, period: String(c.year) }
	};
}
