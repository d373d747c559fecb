// Citations of a chart in three forms people paste into documents and reference managers. The
// original data producers come first (they made the figures); the dashboard is named as where the
// chart was made, with the URL of the exact state and the date it was read, because the data behind
// a URL can be revised.
import { format } from 'date-fns';
import { m } from '../paraglide/messages';
import { formatCitationDate } from './format';
import { citationText } from './textHygiene';
import type { Source } from './types';

export interface CitationInput {
	/** The chart's title as shown ("Republic of Korea trade balance with Netherlands …"). */
	title: string;
	/** First and last period drawn, e.g. ['2000', '2020']; empty when the chart has no figures. */
	periods: string[];
	sources: Source[];
	/** The URL of the pinned state (years, side, currency) the citation is for. */
	url: string;
	accessed: Date;
	siteName: string;
	/** A stable identifier for the BibTeX key and RIS ID, e.g. 'kor-nld-balance-2000-2020'. */
	key: string;
}

export interface Citation {
	text: string;
	bibtex: string;
	ris: string;
}

/**
 * The data producers of a chart, in source order, each once.
 * @example publishersOf([imf, imf2, cbs]) → ['International Monetary Fund', 'Statistics Netherlands (CBS)']
 */
export function publishersOf(sources: Source[]): string[] {
	return [...new Set(sources.map((s) => s.publisher.trim()).filter(Boolean))];
}

/**
 * The publication year in a free-text vintage, or null: the latest four-digit year it mentions.
 * @example vintageYear('2002 (CBS news 2002/23)') → '2002'; vintageYear('publication date not recorded') → null
 */
export function vintageYear(vintage: string): string | null {
	const years = vintage.match(/\b(1[89]\d\d|20\d\d)\b/g);
	return years ? ([...years].sort().pop() ?? null) : null;
}

/**
 * APA-style list of names: "A", "A & B", "A, B, & C".
 * @example apaNames(['IMF', 'CBS', 'KCS']) → 'IMF, CBS, & KCS'
 */
export function apaNames(names: string[]): string {
	if (names.length <= 1) return names[0] ?? '';
	if (names.length === 2) return `${names[0]} & ${names[1]}`;
	return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

/**
 * Escapes the characters BibTeX treats as commands or comments, and keeps capitals as written by
 * bracing the whole value (done by the caller).
 * @example bibtexEscape('R&D: 50% of #1_a') → 'R\\&D: 50\\% of \\#1\\_a'
 */
export function bibtexEscape(text: string): string {
	return text.replace(/[\\{}&%$#_~^]/g, (c) => {
		if (c === '\\') return '\\textbackslash{}';
		if (c === '~') return '\\textasciitilde{}';
		if (c === '^') return '\\textasciicircum{}';
		return `\\${c}`;
	});
}

/** RIS fields are one line each: a line break of any kind inside a value would start a bogus tag. */
const risLine = (tag: string, value: string) => `${tag}  - ${citationText(value)}`;

/** The input with every text one line and free of invisible characters (see textHygiene.ts). */
function cleanInput(input: CitationInput): CitationInput {
	return {
		...input,
		title: citationText(input.title),
		siteName: citationText(input.siteName),
		url: citationText(input.url),
		key: citationText(input.key),
		periods: input.periods.map(citationText),
		sources: input.sources.map((s) => ({
			...s,
			title: citationText(s.title),
			publisher: citationText(s.publisher),
			vintage: citationText(s.vintage)
		}))
	};
}

/**
 * Plain text (APA-like), BibTeX and RIS for a chart, in the reader's language (the words of the text
 * and the values of the fields; BibTeX and RIS field names are standard and never translated).
 * Dates in fields stay ISO, as reference managers read them.
 * @example chartCitation({ title: 'KOR trade balance with NLD', periods: ['2000', '2020'], sources: [imf], … }).text
 *   → 'International Monetary Fund. (2022). KOR trade balance with NLD, 2000–2020 [Chart]. Data: Direction of Trade Statistics. Bilateral trade dashboard. Retrieved November 23, 2025, from https://…'
 */
export function chartCitation(raw: CitationInput): Citation {
	// Source titles come from data files: a U+2028 there would split a RIS record in some readers, and
	// a bidi override would make the citation read differently from what it says.
	const input = cleanInput(raw);
	const publishers = publishersOf(input.sources);
	const authors = publishers.length ? publishers : [input.siteName];
	const years = input.sources.map((s) => vintageYear(s.vintage)).filter((y): y is string => y !== null);
	const year = years.length ? ([...years].sort().pop() as string) : null;
	const span = spanText(input.periods);
	const title = span ? `${input.title}, ${span}` : input.title;
	const data = input.sources
		.map((s) => `${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.vintage ? ` (${s.vintage})` : ''}`)
		.join('; ');

	const noDate = m.actions_citation_no_date();
	const text =
		`${apaNames(authors)}. (${year ?? noDate}). ${m.actions_citation_title({ title })} ` +
		(data ? `${m.actions_citation_data({ data })} ` : '') +
		`${input.siteName}. ${m.actions_citation_retrieved({ date: formatCitationDate(input.accessed), url: input.url })}`;

	const isoDate = format(input.accessed, 'yyyy-MM-dd');
	const bibKey = input.key.replace(/[^A-Za-z0-9_:-]/g, '-');
	const field = (name: string, value: string) => `  ${name.padEnd(12)} = {${value}}`;
	const bibtex = [
		`@misc{${bibKey},`,
		[
			field('author', authors.map((a) => `{${bibtexEscape(a)}}`).join(' and ')),
			field('title', `{${bibtexEscape(title)}}`),
			field('year', year ?? noDate),
			field('publisher', bibtexEscape(input.siteName)),
			field('howpublished', m.actions_citation_howpublished({ site: bibtexEscape(input.siteName) })),
			...(data ? [field('note', m.actions_citation_note({ data: bibtexEscape(data), date: isoDate }))] : []),
			field('url', input.url),
			field('urldate', isoDate)
		].join(',\n'),
		'}'
	].join('\n');

	const ris = [
		risLine('TY', 'DATA'),
		risLine('ID', input.key),
		...authors.map((a) => risLine('AU', a)),
		risLine('TI', title),
		...(year ? [risLine('PY', year)] : []),
		risLine('PB', input.siteName),
		risLine('UR', input.url),
		risLine('Y2', format(input.accessed, 'yyyy/MM/dd')),
		...(data ? [risLine('N1', m.actions_citation_ris_note({ data }))] : []),
		// The RIS end tag keeps its trailing space: some importers match "ER  - " exactly.
		'ER  - '
	].join('\r\n');

	return { text, bibtex, ris };
}

function spanText(periods: string[]): string {
	const first = periods[0];
	const last = periods[periods.length - 1];
	if (!first || !last) return '';
	return first === last ? first : `${first}–${last}`;
}
