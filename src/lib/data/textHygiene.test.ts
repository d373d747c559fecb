import { describe, expect, it } from 'vitest';
import {
	citationText,
	normaliseLineBreaks,
	safeFileName,
	showInvisible,
	singleLine,
	stripInvisible
} from './textHygiene';

// Every character some reader splits lines on, and every invisible formatting character the module
// knows: the tables below go through each one, so adding a character to one list and not the
// other shows up here.
const LINE_BREAKS = ['\n', '\r\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];

const hex = (c: string) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

describe('normaliseLineBreaks', () => {
	it.each(LINE_BREAKS.map((b) => [hex(b), b]))('turns U+%s into one LF', (_name, b) => {
		expect(normaliseLineBreaks(`a${b}b`)).toBe('a\nb');
	});
	it('keeps text without breaks as it is', () => {
		expect(normaliseLineBreaks('Trade, 2020 — “KOR”')).toBe('Trade, 2020 — “KOR”');
	});
});

describe('singleLine', () => {
	it.each(LINE_BREAKS.map((b) => [hex(b), b]))('turns U+%s and the spaces around it into one space', (_name, b) => {
		expect(singleLine(`Trade ${b}  balance`)).toBe('Trade balance');
	});
	it('keeps spaces that are not next to a break', () => {
		expect(singleLine('a  b\tc')).toBe('a  b\tc');
	});
});

describe('stripInvisible and showInvisible', () => {
	it.each([...BIDI, ...ZERO_WIDTH].map((c) => [hex(c), c]))('strips U+%s and shows it as <U+%s>', (h, c) => {
		expect(stripInvisible(`ab${c}c`)).toBe('abc');
		expect(showInvisible(`ab${c}c`)).toBe(`ab<U+${h}>c`);
	});
	it.each([
		['NUL', '\u0000', '<U+0000>'],
		['ESC', '\u001b', '<U+001B>'],
		['DEL', '\u007f', '<U+007F>'],
		['C1 CSI', '\u009b', '<U+009B>']
	])('strips and shows the control character %s', (_name, c, shown) => {
		expect(stripInvisible(`a${c}b`)).toBe('ab');
		expect(showInvisible(`a${c}b`)).toBe(`a${shown}b`);
	});
	it.each([
		['U+2028', '\u2028', '<U+2028>'],
		['U+2029', '\u2029', '<U+2029>'],
		['U+0085', '\u0085', '<U+0085>'],
		['LF', '\n', '\n'],
		['tab', '\t', '\t']
	])('shows the line separator %s only when it is unusual', (_name, c, shown) => {
		expect(showInvisible(`a${c}b`)).toBe(`a${shown}b`);
	});
	it('leaves letters of every script, accents and emoji alone', () => {
		const text = 'Statistics Netherlands (CBS) · 산업통상자원부 · Ünïcödé · 🇳🇱';
		expect(stripInvisible(text)).toBe(text);
		expect(showInvisible(text)).toBe(text);
	});
});

describe('citationText', () => {
	it.each([
		['a title split by U+2028', 'Trade\u2028statistics', 'Trade statistics'],
		['a reversed extension', 'report\u202efdp.exe', 'reportfdp.exe'],
		['leading and trailing breaks', '\u2029 IMF \r\n', 'IMF'],
		['a zero-width space inside a word', 'Euro\u200bstat', 'Eurostat']
	])('cleans %s', (_name, input, output) => {
		expect(citationText(input)).toBe(output);
	});
});

describe('safeFileName', () => {
	it.each([
		['a plain name', 'kor-nld-trade-2000-2020.csv', 'kor-nld-trade-2000-2020.csv'],
		['a bidi override', 'kor-nld\u202egpj.csv', 'kor-nldgpj.csv'],
		['a path and quotes', 'a/../b "c".csv', 'a-.-b--c-.csv'],
		['a header break', 'x\r\nSet-Cookie: a.csv', 'x-Set-Cookie--a.csv'],
		['non-ASCII letters (a header is Latin-1)', 'café-€.csv', 'caf---.csv']
	])('makes %s safe', (_name, input, output) => {
		expect(safeFileName(input)).toBe(output);
	});
});
