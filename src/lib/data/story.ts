// The overview's few sentences, generated from the data of any pair: the latest year with both flows,
// the balance against the year before, the partner's mirror figure, ten-year growth and any later total.
// Pure: words and numbers only, each number with the source it comes from; the page turns sources into
// links. Nothing here names a country: every name comes from the view.
import { compoundAnnualGrowth } from './derive';
import { coarser, formatFigure, formatPercent, formatShare, type Precision } from './format';
import type { SourceGroup, TradeRow, TradeView } from './tradeView';
import type { PairTotal, Source } from './types';

/** A piece of a sentence: words, a number with its source, or a link to another page of the dashboard. */
export type StoryPart = { text: string } | { figure: string; source: Source } | { text: string; page: 'mirror' | 'trade' };
export type StorySentence = StoryPart[];

/** Story numbers in billions with one decimal, or coarser when the source published them coarser. */
const STORY_PRECISION: Precision = { unit: 'billions', decimals: 1 };
const money = (currency: string, millions: number, published: Precision | null = null) =>
	`${currency} ${formatFigure(Math.abs(millions), coarser(STORY_PRECISION, published))}`;

/** A balance this small against total trade reads as "small" (2019: a surplus of 114 on 8,379). */
const SMALL_BALANCE_SHARE = 0.05;

/**
 * Three or four sentences that tell a pair's story from its trade view and totals.
 * @example pairStory(view, totals).map(storyText)[0]
 *   → 'In 2020 Republic of Korea's exports to Netherlands were USD 4.0 bn and its imports USD 6.2 bn, a deficit of USD 2.2 bn after a small surplus in 2019.'
 */
export function pairStory(view: TradeView, totals: { total: PairTotal; source: Source }[] = []): StorySentence[] {
	const primary = view.groups[0];
	if (!primary) return [];
	const rows = primary.rows.filter((r) => plainBoth(r));
	const latest = rows[rows.length - 1];
	if (!latest) return [];
	const { reporterName: r, partnerName: p } = view;
	const cur = primary.currency;
	const src = primary.source;
	const sentences: StorySentence[] = [];

	const balance = latest.balance as number;
	const previous = primary.rows.find((x) => x.year === latest.year - 1 && plainBoth(x));
	const first: StorySentence = [
		{ text: `In ${latest.period} ${r}'s exports to ${p} were ` },
		{ figure: money(cur, latest.exports as number, latest.exportsPrecision), source: src },
		{ text: ' and its imports ' },
		{ figure: money(cur, latest.imports as number, latest.importsPrecision), source: src },
		{ text: `, a ${balanceWord(balance)} of ` },
		{ figure: money(cur, balance, latest.derivedPrecision), source: src }
	];
	if (previous && previous.balance !== null) {
		const small = Math.abs(previous.balance) < SMALL_BALANCE_SHARE * (previous.total ?? Infinity);
		const same = Math.sign(previous.balance) === Math.sign(balance);
		first.push({
			text: same
				? `, as in ${previous.period} (`
				: ` after a ${small ? 'small ' : ''}${balanceWord(previous.balance)} in ${previous.period} (`
		});
		first.push({ figure: money(cur, previous.balance, previous.derivedPrecision), source: src }, { text: ').' });
	} else first.push({ text: '.' });
	sentences.push(first);

	const mirror = mirrorSentence(view, latest);
	if (mirror) sentences.push(mirror);

	const growth = growthSentence(view, primary, latest);
	if (growth) sentences.push(growth);

	const later = totals
		.filter((t) => t.total.measure === 'trade total' && t.total.period.year > latest.year)
		.sort((a, b) => b.total.period.year - a.total.period.year)[0];
	if (later) {
		const t = later.total;
		sentences.push([
			{ text: `For ${t.period.key}, ${later.source.publisher} gives total trade of ` },
			{ figure: money(t.currency, t.value / 1e6), source: later.source },
			{ text: ' (exports and imports together; no split by flow is published).' }
		]);
	}
	return sentences;
}

/** The partner's own report of the reporter's exports, set against them: the mirror gap in one sentence. */
function mirrorSentence(view: TradeView, latest: TradeRow): StorySentence | null {
	const mirror = view.mirrorGroups.find((g) => g.currency === view.groups[0]?.currency);
	const row = mirror?.rows.find((x) => x.period === latest.period);
	if (!mirror || !row || row.exports === null || row.exportsQualifier !== '' || latest.exports === null) return null;
	const otherName = mirror.by === view.state.partner ? view.partnerName : view.reporterName;
	const byName = mirror.by === view.state.partner ? view.reporterName : view.partnerName;
	const gap = row.exports / latest.exports - 1;
	// "exports" in a mirror group are the other side's imports from the reporter (tradeView's perspective).
	return [
		{ text: `${otherName} reports ` },
		{ figure: money(mirror.currency, row.exports, row.exportsPrecision), source: mirror.source },
		{ text: ` of imports from ${byName}, ${formatShare(Math.abs(gap))} ${gap >= 0 ? 'more' : 'less'} than ${byName} reports exporting — ` },
		{ text: 'see why', page: 'mirror' },
		{ text: '.' }
	];
}

/** Total trade's compound growth over the ten years to the latest (or as many as there are). */
function growthSentence(view: TradeView, group: SourceGroup, latest: TradeRow): StorySentence | null {
	const start = group.rows.find((x) => x.year >= latest.year - 10 && x.total !== null && x.year < latest.year);
	if (!start || start.total === null || latest.total === null) return null;
	const rate = compoundAnnualGrowth(start.total, latest.total, latest.year - start.year);
	if (rate === null) return null;
	const brk = group.breaks.find((b) => Number(b.period) > start.year && Number(b.period) <= latest.year);
	return [
		{ text: `From ${start.period} to ${latest.period} total trade went from ` },
		{ figure: money(group.currency, start.total, start.derivedPrecision), source: group.source },
		{ text: ' to ' },
		{ figure: money(group.currency, latest.total, latest.derivedPrecision), source: group.source },
		{
			text: `, ${formatPercent(rate)} a year${brk ? ` (across the ${brk.reporter} series break of ${brk.period})` : ''}; growth, balance and the other side's figures are on `
		},
		{ text: 'the trade page', page: 'trade' },
		{ text: '.' }
	];
}

const plainBoth = (r: TradeRow) =>
	r.exports !== null && r.imports !== null && r.exportsQualifier === '' && r.importsQualifier === '';

const balanceWord = (balance: number) => (balance < 0 ? 'deficit' : 'surplus');

/** A sentence as plain text (tests, meta descriptions). @example storyText([{ text: 'In ' }, { figure: 'USD 4.0 bn', source }]) → 'In USD 4.0 bn' */
export function storyText(sentence: StorySentence): string {
	return sentence.map((part) => ('figure' in part ? part.figure : part.text)).join('');
}
