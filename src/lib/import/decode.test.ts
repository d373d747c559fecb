import { describe, expect, it } from 'vitest';
import { decodeLegacy, decodeUnicode, replacementLines } from './decode';
import { resolveArea } from './countries';

describe('decodeUnicode', () => {
	it.each([
		[[0xef, 0xbb, 0xbf, 0x61], { ok: true, text: 'a', encoding: 'utf-8 BOM' }],
		[[0xff, 0xfe, 0x61, 0x00], { ok: true, text: 'a', encoding: 'utf-16le' }],
		[[0x43, 0xc3, 0xa7], { ok: true, text: 'Cç', encoding: 'utf-8' }],
		[[0x43, 0xe7, 0x61], null],
		[[], { ok: false, reason: 'is empty' }],
		[[0x41, 0x00, 0x42], { ok: false, reason: 'is a binary file (it contains NUL bytes), not a CSV or TSV text file' }]
	])('%j', (bytes, expected) => expect(decodeUnicode(Uint8Array.from(bytes))).toEqual(expected));
});

describe('decodeLegacy', () => {
	it('reads Windows-1252 and CP949 bytes, and fails loudly on bytes an encoding cannot hold', () => {
		expect(decodeLegacy(Uint8Array.from([0x43, 0x75, 0x72, 0x61, 0xe7, 0x61, 0x6f]), 'windows-1252')).toBe('Curaçao');
		expect(decodeLegacy(Uint8Array.from([0xb3, 0xd7, 0xb4, 0xfa, 0xb6, 0xf5, 0xb5, 0xe5]), 'euc-kr')).toBe('네덜란드');
		expect(decodeLegacy(Uint8Array.from([0xe7, 0x61]), 'euc-kr')).toBeNull();
	});
});

describe('replacementLines', () => {
	it.each([
		['a\nb\uFFFD\n', [2]],
		['\uFFFD\n\n\uFFFD\uFFFD', [1, 3]],
		['plain', []]
	])('%j', (text, lines) => expect(replacementLines(text)).toEqual(lines));
});

describe('resolveArea', () => {
	it.each([
		['KOR', 'KOR'],
		['KR', 'KOR'],
		['410', 'KOR'],
		['Korea, Rep. of', 'KOR'],
		['대한민국', 'KOR'],
		['Zuid-Korea', 'KOR'],
		['Corée du Sud', 'KOR'],
		['Netherlands, The', 'NLD'],
		['Pays-Bas', 'NLD'],
		['네덜란드', 'NLD'],
		['EL', 'GRC'],
		['UK', 'GBR'],
		['XK', 'XKX'],
		['EU27_2020', 'EUU'],
		['W00', 'WLD'],
		['0', 'WLD'],
		['Curaçao', 'CUW'],
		['USSR', 'SUN']
	])('%s → %s', (text, code) => expect(resolveArea(text)?.code).toBe(code));

	it('keeps aggregates without a contract code apart, and never guesses a name it does not know', () => {
		expect(resolveArea('Other Asia, nes')).toEqual({ code: null, aggregate: true, via: 'UN Comtrade' });
		expect(resolveArea('S19')?.code).toBeNull();
		expect(resolveArea('Korea')).toBeNull();
		expect(resolveArea('Atlantis')).toBeNull();
	});
});
