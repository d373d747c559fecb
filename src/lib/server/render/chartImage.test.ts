import { createCanvas, loadImage } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '$lib/charts/spec';
import { renderChartPng, renderChartSvg } from './chartImage';
import { renderJob } from './renderWorker';
import type { ImageCaption } from './imageLayout';

const spec: ChartSpec = {
	id: 'balance',
	currency: 'USD',
	title: 'Republic of Korea trade balance with Netherlands (exports − imports) & <others>',
	unit: 'USD million, current prices',
	yTitle: 'USD million',
	format: 'money',
	labels: ['2018', '2019', '2020'],
	series: [
		{
			key: 'b',
			label: 'Balance KOR–NLD · reported by KOR',
			kind: 'bar',
			color: '#009E73',
			colors: ['#009E73', '#CC79A7', '#CC79A7'],
			values: [1200.5, -800, null],
			qualifiers: ['', '', ''],
			source: { id: 's', title: 'DOTS', publisher: 'IMF', url: '', vintage: '2022', accessed: '', notes: '' },
			basis: 'general concept'
		}
	],
	sources: [],
	notes: []
};
const caption: ImageCaption = {
	title: spec.title,
	unit: spec.unit,
	footer: ['Source: DOTS, IMF (vintage: 2022)', 'Bilateral trade dashboard']
};

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('renderChartPng', () => {
	it('is a PNG of the asked size, twice as many pixels at scale 2', () => {
		const png = renderChartPng(spec, caption, { width: 640, height: 400, scale: 1 });
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(pngSize(png)).toEqual({ width: 640, height: 400 });
		expect(pngSize(renderChartPng(spec, caption, { width: 640, height: 400, scale: 2 }))).toEqual({
			width: 1280,
			height: 800
		});
		// The caption travels in the file as PNG text too.
		expect(png.includes(Buffer.from('Republic of Korea trade balance'))).toBe(true);
		if (process.env.KEEP_IMAGES) writeFileSync(`${process.env.KEEP_IMAGES}/unit-balance.png`, png);
	});
});

describe('renderChartSvg', () => {
	it('is SVG of the asked size with the title, unit, sources and tick labels as text', () => {
		const svg = renderChartSvg(spec, caption, { width: 640, height: 400, scale: 2 }).toString('utf8');
		expect(svg).toMatch(/<svg [^>]*width="640" height="400"/);
		const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(texts.join('\n')).toContain('&amp; &lt;others&gt;');
		expect(texts).toContain('USD million, current prices');
		expect(texts).toContain('Source: DOTS, IMF (vintage: 2022)');
		expect(texts).toContain('2019');
		expect(svg).not.toContain('<script');
		if (process.env.KEEP_IMAGES) writeFileSync(`${process.env.KEEP_IMAGES}/unit-balance.svg`, svg);
	});
});

describe('non-Latin text', () => {
	/** Dark pixels of the title band (the first 48 rows) of a PNG, as a bitmap of 0/1. */
	async function titleInk(title: string): Promise<Uint8Array> {
		const png = renderChartPng(spec, { ...caption, title }, { width: 640, height: 400, scale: 1 });
		const image = await loadImage(png);
		const ctx = createCanvas(640, 48).getContext('2d');
		ctx.drawImage(image, 0, 0);
		const { data } = ctx.getImageData(0, 0, 640, 48);
		return Uint8Array.from({ length: data.length / 4 }, (_, i) => ((data[i * 4] ?? 255) < 128 ? 1 : 0));
	}
	const differing = (a: Uint8Array, b: Uint8Array) => a.reduce((n, v, i) => n + (v !== b[i] ? 1 : 0), 0);
	const ink = (a: Uint8Array) => a.reduce((n, v) => n + v, 0);

	it('draws Hangul with the shipped font, not as missing-glyph boxes', async () => {
		// Every missing glyph is the same box: two different words in tofu are the same picture, and
		// the same as four code points no font has (U+FFFF).
		const korea = await titleInk('대한민국');
		const trade = await titleInk('무역통계');
		const tofu = await titleInk('\uffff\uffff\uffff\uffff');
		expect(ink(korea)).toBeGreaterThan(100);
		expect(differing(korea, tofu)).toBeGreaterThan(200);
		expect(differing(korea, trade)).toBeGreaterThan(200);
		if (process.env.KEEP_IMAGES)
			writeFileSync(
				`${process.env.KEEP_IMAGES}/unit-hangul.png`,
				renderChartPng(spec, { ...caption, title: '대한민국 무역통계 · Korea' }, { width: 640, height: 400, scale: 1 })
			);
	});

	it('names a Korean font for Hangul in the SVG, so a viewer draws it too', () => {
		const svg = renderChartSvg(
			spec,
			{ ...caption, title: '대한민국' },
			{ width: 640, height: 400, scale: 1 }
		).toString();
		expect(svg).toMatch(/<text[^>]*font-family="'Noto Sans KR'[^"]*"[^>]*>대한민국<\/text>/);
	});
});

describe('renderJob', () => {
	// A worker has no request: the job's locale is the language of what only the renderer writes
	// (ticks, legend words, break markers); the spec and caption arrive already written in it.
	const job = (locale: 'en' | 'ko' | 'nl') =>
		Buffer.from(
			renderJob({
				format: 'svg',
				spec: { ...spec, breaks: [{ reporter: 'NLD', period: '2019', description: 'New basis.', evidence: '' }] },
				caption,
				size: { width: 640, height: 400, scale: 1 },
				dark: false,
				legend: true,
				locale
			})
		).toString('utf8');
	const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

	it.each([
		['en', '1,000', 'NLD series break', '(above zero)'],
		// "1.000" whole: the SVG's rounding of coordinates must not take a Dutch thousand for a decimal.
		['nl', '1.000', 'trendbreuk NLD', '(boven nul)'],
		['ko', '1,000', 'NLD 시계열 단절', '이상']
	] as const)(
		'%s: draws ticks, break markers and legend words in the job’s language',
		(locale, tick, marker, above) => {
			const all = texts(job(locale));
			expect(all).toContain(tick);
			// Skia writes a run of text per word (and per font: Hangul and Latin apart).
			expect(all.join(' ')).toContain(marker);
			expect(all.join(' ')).toContain(above);
		}
	);
});
