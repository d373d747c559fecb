import { describe, expect, it } from 'vitest';
import { apaNames, bibtexEscape, chartCitation, publishersOf, vintageYear, type CitationInput } from './citation';
import { withLocale } from '../i18n/locale';
import type { Source } from './types';

const source = (over: Partial<Source>): Source => ({
	id: 'imf-dots-2022',
	title: 'Direction of Trade Statistics (DOTS)',
	publisher: 'International Monetary Fund',
	url: 'https://data.imf.org',
	vintage: 'Feb 2022',
	accessed: '',
	notes: '',
	...over
});
const imf = source({});
const cbs = source({ id: 'cbs', title: 'Trade deficit with South Korea one billion euro', publisher: 'Statistics Netherlands (CBS)', vintage: '2002 (CBS news 2002/23)' });

const input = (over: Partial<CitationInput> = {}): CitationInput => ({
	title: 'Republic of Korea trade balance with Netherlands (exports − imports)',
	periods: ['2000', '2020'],
	sources: [imf],
	url: 'https://trade.example/trade?reporter=KOR&partner=NLD&from=2000&to=2020#chart-balance',
	accessed: new Date(Date.UTC(2025, 10, 23, 12)),
	siteName: 'Bilateral trade dashboard',
	key: 'kor-nld-balance-2000-2020',
	...over
});

describe('publishersOf', () => {
	it('lists each producer once, in source order', () => {
		expect(publishersOf([imf, cbs, source({ id: 'x' })])).toEqual(['International Monetary Fund', 'Statistics Netherlands (CBS)']);
	});
});

describe('vintageYear', () => {
	it.each([
		['Feb 2022', '2022'],
		['2002 (CBS news 2002/23)', '2002'],
		['2011-04-29', '2011'],
		['release on 2011 FDI; published 2012', '2012'],
		['publication date not recorded', null],
		['', null]
	])('%j → %j', (vintage, year) => {
		expect(vintageYear(vintage)).toBe(year);
	});
});

describe('apaNames', () => {
	it.each([
		[[], ''],
		[['IMF'], 'IMF'],
		[['IMF', 'CBS'], 'IMF & CBS'],
		[['IMF', 'CBS', 'KCS'], 'IMF, CBS, & KCS']
	])('%j → %j', (names, text) => {
		expect(apaNames(names)).toBe(text);
	});
});

describe('bibtexEscape', () => {
	it.each([
		['R&D 50% #1 a_b $x', 'R\\&D 50\\% \\#1 a\\_b \\$x'],
		['{braces}', '\\{braces\\}'],
		['a\\b ~ ^', 'a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}'],
		['Korea → Netherlands', 'Korea → Netherlands']
	])('%j → %j', (text, escaped) => {
		expect(bibtexEscape(text)).toBe(escaped);
	});
});

describe('chartCitation', () => {
	it('plain text names the producer, the years, the dashboard, the pinned URL and the access date', () => {
		expect(chartCitation(input()).text).toBe(
			'International Monetary Fund. (2022). Republic of Korea trade balance with Netherlands (exports − imports), 2000–2020 [Chart]. ' +
				'Data: Direction of Trade Statistics (DOTS), International Monetary Fund (Feb 2022). Bilateral trade dashboard. ' +
				'Retrieved November 23, 2025, from https://trade.example/trade?reporter=KOR&partner=NLD&from=2000&to=2020#chart-balance'
		);
	});

	it('names every producer and takes the latest vintage year', () => {
		const { text, bibtex, ris } = chartCitation(input({ sources: [cbs, imf] }));
		expect(text.startsWith('Statistics Netherlands (CBS) & International Monetary Fund. (2022).')).toBe(true);
		expect(bibtex).toContain('author       = {{Statistics Netherlands (CBS)} and {International Monetary Fund}}');
		expect(ris.split('\r\n').filter((l) => l.startsWith('AU  - '))).toEqual([
			'AU  - Statistics Netherlands (CBS)',
			'AU  - International Monetary Fund'
		]);
	});

	it('says n.d. when no vintage has a year, and falls back to the dashboard when no producer is named', () => {
		const anonymous = source({ publisher: '', vintage: 'publication date not recorded' });
		expect(chartCitation(input({ sources: [anonymous] })).text.startsWith('Bilateral trade dashboard. (n.d.).')).toBe(true);
	});

	it('writes a BibTeX @misc entry with escaped text, the URL as is and the access date', () => {
		const { bibtex } = chartCitation(input({ sources: [source({ title: 'Trade & FDI 100%' })] }));
		expect(bibtex).toBe(
			[
				'@misc{kor-nld-balance-2000-2020,',
				'  author       = {{International Monetary Fund}},',
				'  title        = {{Republic of Korea trade balance with Netherlands (exports − imports), 2000–2020}},',
				'  year         = {2022},',
				'  publisher    = {Bilateral trade dashboard},',
				'  howpublished = {Chart, Bilateral trade dashboard},',
				'  note         = {Data: Trade \\& FDI 100\\%, International Monetary Fund (Feb 2022). Accessed 2025-11-23},',
				'  url          = {https://trade.example/trade?reporter=KOR&partner=NLD&from=2000&to=2020#chart-balance},',
				'  urldate      = {2025-11-23}',
				'}'
			].join('\n')
		);
	});

	it('writes RIS with CRLF line ends, one tag per line, and the end tag', () => {
		const { ris } = chartCitation(input({ sources: [source({ title: 'Line one\nline two' })] }));
		expect(ris.split('\r\n')).toEqual([
			'TY  - DATA',
			'ID  - kor-nld-balance-2000-2020',
			'AU  - International Monetary Fund',
			'TI  - Republic of Korea trade balance with Netherlands (exports − imports), 2000–2020',
			'PY  - 2022',
			'PB  - Bilateral trade dashboard',
			'UR  - https://trade.example/trade?reporter=KOR&partner=NLD&from=2000&to=2020#chart-balance',
			'Y2  - 2025/11/23',
			'N1  - Data: Line one line two, International Monetary Fund (Feb 2022)',
			'ER  - '
		]);
	});

	it('gives a single year once, and no span when nothing is drawn', () => {
		expect(chartCitation(input({ periods: ['2020'] })).text).toContain('(exports − imports), 2020 [Chart]');
		expect(chartCitation(input({ periods: [] })).text).toContain('(exports − imports) [Chart]');
	});
});

describe('chartCitation of source text with hostile characters', () => {
	const hostile = source({
		title: 'Direction of Trade\u2028Statistics\u0085(DOTS)\u2029',
		publisher: 'International\u202e Monetary\u200b Fund',
		vintage: 'Feb\u2066 2022'
	});
	const citation = chartCitation(input({ title: 'Balance\u2028KOR–NLD\u202e', sources: [hostile] }));

	it.each([
		['text', citation.text],
		['bibtex', citation.bibtex],
		['ris', citation.ris]
	])('%s contains no unusual line separator and no invisible character', (_name, out) => {
		expect(out).not.toMatch(/[\u0085\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060]/);
	});

	it('keeps every RIS field on its own line, so a reader splitting on any separator finds the same tags', () => {
		const lines = citation.ris.split(/\r\n|[\n\r\u0085\u2028\u2029]/);
		expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
		expect(citation.ris).toContain('TI  - Balance KOR–NLD, 2000–2020');
		expect(citation.ris).toContain('AU  - International Monetary Fund');
		expect(citation.ris).toContain('N1  - Data: Direction of Trade Statistics (DOTS), International Monetary Fund (Feb 2022)');
	});
});

describe('chartCitation in Korean and Dutch', () => {
	// The page gives the title and site name in its language; the citation adds its own words and date.
	it.each([
		[
			'nl',
			'International Monetary Fund. (2022). Handelsbalans, 2000–2020 [Grafiek]. Gegevens: Direction of Trade Statistics (DOTS), International Monetary Fund (Feb 2022). Dashboard. Geraadpleegd op 23 november 2025, van https://x.org/trade?lang=nl'
		],
		[
			'ko',
			'International Monetary Fund. (2022). Handelsbalans, 2000–2020 [차트]. 자료: Direction of Trade Statistics (DOTS), International Monetary Fund (Feb 2022). Dashboard. 2025년 11월 23일 검색, https://x.org/trade?lang=nl'
		]
	] as const)('%s: the text in the language', (locale, text) => {
		const over = { title: 'Handelsbalans', siteName: 'Dashboard', url: 'https://x.org/trade?lang=nl' };
		expect(withLocale(locale, () => chartCitation(input(over)).text)).toBe(text);
	});

	it('keeps the BibTeX and RIS field names and ISO dates, translating only the values', () => {
		const { bibtex, ris } = withLocale('nl', () => chartCitation(input({ sources: [source({ vintage: '' })] })));
		expect(bibtex).toContain('  year         = {z.d.},');
		expect(bibtex).toContain('  howpublished = {Grafiek, Bilateral trade dashboard},');
		expect(bibtex).toContain('  note         = {Gegevens: Direction of Trade Statistics (DOTS), International Monetary Fund. Geraadpleegd 2025-11-23},');
		expect(ris).toContain('Y2  - 2025/11/23');
		expect(ris).toContain('N1  - Gegevens: Direction of Trade Statistics (DOTS), International Monetary Fund');
	});
});
