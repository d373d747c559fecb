// Text from data files reaches people through many outputs (pages, CSV, RIS, BibTeX, file names). Two
// kinds of characters there do harm without being seen: line separators other than LF/CRLF (U+2028,
// U+2029, U+0085, VT, FF, a lone CR), which some readers split records on and others ignore, so a RIS or
// CSV record breaks in one program and not in another; and invisible formatting characters (bidi
// overrides and isolates, zero-width characters), which can make a source title or a file name read
// differently from what it is ("Trojan Source"). This module is the one place that knows them.

/** Every character some program treats as a line break: CRLF first so it counts as one break. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Invisible characters that change how text around them is displayed or joined: bidi embeddings and
 * overrides (U+202A–U+202E), isolates (U+2066–U+2069), the bidi marks LRM, RLM and ALM, and zero-width
 * characters (space, non-joiner, joiner, word joiner, byte-order mark / zero-width no-break space).
 */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/g;

/** Control characters with no business in data text (C0 except tab and line ends, DEL, C1 except NEL). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f\u0080-\u0084\u0086-\u009f]/g;

const codePoint = (c: string) => `<U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * Every kind of line break as one `\n`, for multi-line outputs (CSV cells, notes).
 * @example normaliseLineBreaks('a\u2028b\r\nc\u0085d') → 'a\nb\nc\nd'
 */
export function normaliseLineBreaks(text: string): string {
	return text.replace(LINE_BREAK, '\n');
}

/**
 * One line: every line break, with the spaces around it, becomes a single space. For outputs where a
 * break would start a new record (a RIS tag, a header value, a file name).
 * @example singleLine('Trade\u2028 balance \r\n2020') → 'Trade balance 2020'
 */
export function singleLine(text: string): string {
	return text.replace(/[^\S\r\n\v\f\u0085\u2028\u2029]*(?:\r\n|[\n\r\v\f\u0085\u2028\u2029])\s*/g, ' ');
}

/**
 * The text without invisible formatting characters or stray control characters.
 * @example stripInvisible('CBS\u202e stats\u200b') → 'CBS stats'
 */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '').replace(CONTROL, '');
}

/**
 * Invisible formatting characters, stray control characters and the unusual line separators made
 * visible as `<U+XXXX>`, so a page that lists data as written (e.g. /sources) shows what is there.
 * Ordinary line breaks (LF, CRLF) and tabs stay as they are.
 * @example showInvisible('ab\u202ec\u2028') → 'ab<U+202E>c<U+2028>'
 */
export function showInvisible(text: string): string {
	return text.replace(INVISIBLE, codePoint).replace(CONTROL, codePoint).replace(/[\v\f\u0085\u2028\u2029]/g, codePoint);
}

/**
 * Text for a citation (plain, BibTeX, RIS): one line, nothing invisible.
 * @example citationText('Trade\u2028statistics\u202e') → 'Trade statistics'
 */
export function citationText(text: string): string {
	return singleLine(stripInvisible(text)).trim();
}

/**
 * A download file name that cannot carry a header injection, a path or a spoofed extension: invisible
 * characters removed, anything but ASCII letters, digits, '.', '_' and '-' turned into '-' (an HTTP
 * header value must be Latin-1, so non-ASCII would make Node refuse the response), runs of dots as one.
 * @example safeFileName('kor-nld\u202egpj.csv') → 'kor-nldgpj.csv'; safeFileName('a/../b "c".csv') → 'a-.-b--c-.csv'
 */
export function safeFileName(name: string): string {
	return stripInvisible(singleLine(name))
		.replace(/[^A-Za-z0-9._-]/g, '-')
		.replace(/\.{2,}/g, '.');
}
