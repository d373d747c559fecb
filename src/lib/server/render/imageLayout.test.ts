import { describe, expect, it } from 'vitest';
import { MAX_DEVICE_PIXELS, fitText, imageCaption, imageSize, wrapText } from './imageLayout';
import { withLocale } from '$lib/i18n/locale';

describe('imageSize', () => {
	it.each([
		['', { width: 800, height: 500, scale: 1 }],
		['width=640&height=400&scale=2', { width: 640, height: 400, scale: 2 }],
		['width=5000&height=10', { width: 1600, height: 240, scale: 1 }],
		['width=100&height=99999', { width: 320, height: 1200, scale: 1 }],
		['width=abc&height=&scale=-1', { width: 800, height: 500, scale: 1 }],
		['width=640.6&scale=1.3', { width: 641, height: 500, scale: 1.5 }],
		['scale=10', { width: 800, height: 500, scale: 3 }],
		['width=Infinity&scale=NaN', { width: 800, height: 500, scale: 1 }],
		// 1600 × 1200 at 3× would be 17 M device pixels: the scale comes down to 2 (7.7 M).
		['width=1600&height=1200&scale=3', { width: 1600, height: 1200, scale: 2 }]
	])('%j → %j', (query, size) => {
		expect(imageSize(new URLSearchParams(query))).toEqual(size);
	});

	it('never exceeds the device-pixel budget', () => {
		for (const scale of [1, 2, 3]) {
			const s = imageSize(new URLSearchParams(`width=1600&height=1200&scale=${scale}`));
			expect(s.width * s.height * s.scale ** 2).toBeLessThanOrEqual(MAX_DEVICE_PIXELS);
		}
	});
});

describe('wrapText', () => {
	const len = (s: string) => s.length;
	it.each([
		['a bb ccc', 4, ['a bb', 'ccc']],
		['one', 10, ['one']],
		['', 10, []],
		['  spaced   out  ', 20, ['spaced out']],
		['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
		['x abcdefghij y', 4, ['x', 'abcd', 'efgh', 'ij y']]
	])('%j at %i → %j', (text, width, lines) => {
		expect(wrapText(text, width, len)).toEqual(lines);
	});

	it('keeps every line within the width', () => {
		const text = 'Republic of Korea trade balance with Netherlands (exports − imports) as reported by Korea';
		for (const width of [5, 12, 30]) {
			for (const line of wrapText(text, width, len)) expect(line.length).toBeLessThanOrEqual(width);
		}
	});
});

describe('imageCaption', () => {
	const source = { title: 'DOTS', publisher: 'International Monetary Fund', vintage: 'Feb 2022' };
	const where = {
		siteName: 'Bilateral trade dashboard',
		url: 'https://x.org/trade?a=1',
		loadedAt: '2025-11-23T10:00:00.000Z'
	};

	it('bakes in title, unit, sources with their vintage, the load date and the URL', () => {
		expect(imageCaption({ title: 'T', unit: 'USD million', sources: [source] }, where)).toEqual({
			title: 'T',
			unit: 'USD million',
			footer: [
				'Source: DOTS, International Monetary Fund (vintage: Feb 2022)',
				'Bilateral trade dashboard · data loaded 2025-11-23 · https://x.org/trade?a=1'
			]
		});
	});

	it('names the events the dotted lines mark', () => {
		const events = [
			{ period: '2016', title: 'Partnership' },
			{ period: '2022', title: 'Strategic partnership' }
		];
		expect(imageCaption({ title: 'T', unit: 'u', sources: [source], events }, where).footer[0]).toBe(
			'Dotted lines: 2016 Partnership; 2022 Strategic partnership'
		);
	});

	it('lists several sources, and leaves out what a source does not give', () => {
		const bare = { title: 'News item', publisher: '', vintage: '' };
		expect(imageCaption({ title: 'T', unit: 'u', sources: [source, bare] }, where).footer[0]).toBe(
			'Sources: DOTS, International Monetary Fund (vintage: Feb 2022); News item'
		);
	});
});

describe('imageCaption in Korean and Dutch', () => {
	const sources = [
		{ title: 'DOTS', publisher: 'International Monetary Fund', vintage: 'Feb 2022' },
		{ title: 'CBS StatLine', publisher: '', vintage: '' }
	];
	const where = { siteName: 'Site', url: 'https://x.org/trade?lang=ko', loadedAt: '2025-11-23T10:00:00.000Z' };
	const events = [{ period: '2011', title: 'EU–Korea FTA' }];
	it.each([
		[
			'ko',
			[
				'점선: 2011 EU–Korea FTA',
				'출처: DOTS, International Monetary Fund (자료 시점: Feb 2022); CBS StatLine',
				'Site · 자료 적재 2025-11-23 · https://x.org/trade?lang=ko'
			]
		],
		[
			'nl',
			[
				'Stippellijnen: 2011 EU–Korea FTA',
				'Bronnen: DOTS, International Monetary Fund (versie: Feb 2022); CBS StatLine',
				'Site · gegevens geladen 2025-11-23 · https://x.org/trade?lang=ko'
			]
		]
	] as const)('%s: the fixed words are translated, source titles and event names are data', (locale, footer) => {
		const caption = withLocale(locale, () => imageCaption({ title: 'T', unit: 'u', sources, events }, where));
		expect(caption.footer).toEqual(footer);
	});
});

describe('fitText', () => {
	const measure = (s: string) => s.length;
	it.each([
		['short', 10, 'short'],
		['Netherlands → Korea, net flows', 12, 'Netherlands…'],
		['abcdef', 4, 'abc…']
	])('fits %s into %i', (text, width, fitted) => {
		expect(fitText(text, width, measure)).toBe(fitted);
		expect(measure(fitText(text, width, measure))).toBeLessThanOrEqual(width);
	});
});
