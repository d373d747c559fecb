// The overview's few sentences, generated from the data of any pair: the latest year with both flows,
// the balance against the year before, the partner's mirror figure, ten-year growth and any later total.
// Pure: words and numbers only, each number with the source it comes from; the page turns sources into
// links. Nothing here names a country: every name comes from the view (in the reader's language).
import { compoundAnnualGrowth } from './derive';
import { m } from '../paraglide/messages';
import { nameAtStart, nameInText, nameWhose } from './countryInText';
import { messageParts } from '../i18n/messageParts';
import { coarser, formatMoney, formatPercent, formatShare, type Precision } from './format';
import type { SourceGroup, TradeRow, TradeView } from './tradeView';
import type { PairTotal, Source } from './types';

/** A piece of a sentence: words, a number with its source, or a link to another page of the dashboard. */
export type StoryPart = { text: string } | { figure: string; source: Source } | { text: string; page: 'mirror' | 'trade' };
export type StorySentence = StoryPart[];

/** Story numbers in billions with one decimal, or coarser when the source published them coarser. */
const STORY_PRECISION: Precision = { unit: 'billions', decimals: 1 };
const money = (currency: string, millions: number, published: Precision | null = null) =>
	formatMoney(currency, Math.abs(millions), coarser(STORY_PRECISION, published));

/** A balance this small against total trade reads as "small" (2019: a surplus of 114 on 8,379). */
const SMALL_BALANCE_SHARE = 0.05;

/**
 * Three or four sentences that tell a pair's story from its trade view and totals, in the reader's
 * language (each sentence is one message, so every language orders words its own way).
 * @example pairStory(view, totals).map(storyText)[0]
 *   → "In 2020 the Republic of Korea's exports to the Netherlands were USD 4.0 bn and its imports USD 6.2 bn, a deficit of USD 2.2 bn after a small surplus in 2019 (USD 0.1 bn)."
 */
export function pairStory(view: TradeView, totals: { total: PairTotal; source: Source }[] = []): StorySentence[] {
	const primary = view.groups[0];
	if (!primary) return [];
	const rows = primary.rows.filter((r) => plainBoth(r));
	const latest = rows[rows.length - 1];
	if (!latest) return [];
	const { reporter, partner } = view.state;
	const cur = primary.currency;
	const src = primary.source;
	const sentences: StorySentence[] = [];

	const balance = latest.balance as number;
	const previous = primary.rows.find((x) => x.year === latest.year - 1 && plainBoth(x));
	const words = {
		year: latest.period,
		reporter: nameWhose(reporter, view.reporterName),
		partner: nameInText(partner, view.partnerName),
		balanceWord: balanceWord(balance, false)
	};
	const figures = {
		exports: { figure: money(cur, latest.exports as number, latest.exportsPrecision), source: src },
		imports: { figure: money(cur, latest.imports as number, latest.importsPrecision), source: src },
		balance: { figure: money(cur, balance, latest.derivedPrecision), source: src }
	};
	if (previous && previous.balance !== null) {
		const small = Math.abs(previous.balance) < SMALL_BALANCE_SHARE * (previous.total ?? Infinity);
		const same = Math.sign(previous.balance) === Math.sign(balance);
		const before = {
			...figures,
			previous: { figure: money(cur, previous.balance, previous.derivedPrecision), source: src }
		};
		const previousWords = { ...words, previousYear: previous.period };
		sentences.push(
			same
				? sentence((x) => m.story_balance_same({ ...previousWords, ...x }), before)
				: sentence(
						(x) => m.story_balance_after({ ...previousWords, previousWord: balanceWord(previous.balance as number, small), ...x }),
						before
					)
		);
	} else sentences.push(sentence((x) => m.story_balance({ ...words, ...x }), figures));

	const mirror = mirrorSentence(view, latest);
	if (mirror) sentences.push(mirror);

	const growth = growthSentence(view, primary, latest);
	if (growth) sentences.push(growth);

	const later = totals
		.filter((t) => t.total.measure === 'trade total' && t.total.period.year > latest.year)
		.sort((a, b) => b.total.period.year - a.total.period.year)[0];
	if (later) {
		const t = later.total;
		sentences.push(
			sentence((x) => m.story_later_total({ period: t.period.key, publisher: later.source.publisher, ...x }), {
				figure: { figure: money(t.currency, t.value / 1e6), source: later.source }
			})
		);
	}
	return sentences;
}

/** The partner's own report of the reporter's exports, set against them: the mirror gap in one sentence. */
function mirrorSentence(view: TradeView, latest: TradeRow): StorySentence | null {
	const mirror = view.mirrorGroups.find((g) => g.currency === view.groups[0]?.currency);
	const row = mirror?.rows.find((x) => x.period === latest.period);
	if (!mirror || !row || row.exports === null || row.exportsQualifier !== '' || latest.exports === null) return null;
	const { reporter, partner } = view.state;
	const [other, by] = mirror.by === partner ? [partner, reporter] : [reporter, partner];
	const nameOf = (code: string) => (code === partner ? view.partnerName : view.reporterName);
	const gap = row.exports / latest.exports - 1;
	const words = { other: nameAtStart(other, nameOf(other)), by: nameInText(by, nameOf(by)), share: formatShare(Math.abs(gap)) };
	// "exports" in a mirror group are the other side's imports from the reporter (tradeView's perspective).
	const parts = {
		figure: { figure: money(mirror.currency, row.exports, row.exportsPrecision), source: mirror.source },
		link: { text: m.story_see_why(), page: 'mirror' as const }
	};
	return sentence((x) => (gap >= 0 ? m.story_mirror_more({ ...words, ...x }) : m.story_mirror_less({ ...words, ...x })), parts);
}

/** Total trade's compound growth over the ten years to the latest (or as many as there are). */
function growthSentence(view: TradeView, group: SourceGroup, latest: TradeRow): StorySentence | null {
	const start = group.rows.find((x) => x.year >= latest.year - 10 && x.total !== null && x.year < latest.year);
	if (!start || start.total === null || latest.total === null) return null;
	const rate = compoundAnnualGrowth(start.total, latest.total, latest.year - start.year);
	if (rate === null) return null;
	const brk = group.breaks.find((b) => Number(b.period) > start.year && Number(b.period) <= latest.year);
	const words = { from: start.period, to: latest.period, rate: formatPercent(rate) };
	const parts = {
		start: { figure: money(group.currency, start.total, start.derivedPrecision), source: group.source },
		end: { figure: money(group.currency, latest.total, latest.derivedPrecision), source: group.source },
		link: { text: m.story_trade_page(), page: 'trade' as const }
	};
	return brk
		? sentence((x) => m.story_growth_break({ ...words, reporter: brk.reporter, period: brk.period, ...x }), parts)
		: sentence((x) => m.story_growth({ ...words, ...x }), parts);
}

/** A message cut at its figures and links (messageParts), each slot replaced by its part. */
function sentence<K extends string>(message: (slots: Record<K, string>) => string, slots: Record<K, StoryPart>): StorySentence {
	return messageParts(message, Object.keys(slots) as K[]).map((part) => ('slot' in part ? slots[part.slot] : part));
}

const plainBoth = (r: TradeRow) =>
	r.exports !== null && r.imports !== null && r.exportsQualifier === '' && r.importsQualifier === '';

/** "deficit" or "surplus" ("small …" when `small`), in the reader's language. */
const balanceWord = (balance: number, small: boolean) =>
	balance < 0
		? small
			? m.story_small_deficit()
			: m.story_deficit()
		: small
			? m.story_small_surplus()
			: m.story_surplus();

/** A sentence as plain text (tests, meta descriptions). @example storyText([{ text: 'In ' }, { figure: 'USD 4.0 bn', source }]) → 'In USD 4.0 bn' */
export function storyText(sentence: StorySentence): string {
	return sentence.map((part) => ('figure' in part ? part.figure : part.text)).join('');
}
