// Server-side chart images: Chart.js drawing the browser's own configuration (chartConfig) on a
// @napi-rs/canvas canvas, with the title, unit, sources and vintage drawn around it. PNG uses a
// bitmap canvas; SVG uses Skia's SVG canvas, which writes text as <text> elements.
import { createCanvas, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import type { ChartConfiguration, LegendItem, Plugin } from 'chart.js';
import { chartConfig, DARK_THEME, LIGHT_THEME } from '$lib/charts/config';
import { registerChartParts } from '$lib/charts/register';
import type { ChartSpec } from '$lib/charts/spec';
import { m } from '$lib/paraglide/messages';
import { IMAGE_FONT as FONT, registerImageFonts } from './fonts';
import { fitText, wrapText, type ImageCaption, type ImageSize } from './imageLayout';

// Skia writes the font it used for each run of text by the font's own name (e.g. "Noto Sans KR Bold");
// a viewer of the SVG may not have it, so each gets fallbacks of similar width and script.
function svgFontFamily(used: string): string {
	if (used.startsWith('DejaVu Sans')) return "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', Arial, sans-serif";
	if (used.startsWith('Noto Sans KR')) return "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
	return used;
}
const PAD = 16;

const COLOURS = {
	light: { background: '#ffffff', muted: '#4d4d4d' },
	dark: { background: '#1b1b1b', muted: '#b8b8b8' }
} as const;

interface Block {
	font: string;
	colour: string;
	lineHeight: number;
	lines: string[];
}

/** Lays out the caption as blocks of wrapped lines, measured with the canvas that will draw them. */
function captionBlocks(ctx: SKRSContext2D, caption: ImageCaption, width: number, dark: boolean) {
	const text = dark ? DARK_THEME.text : LIGHT_THEME.text;
	const muted = COLOURS[dark ? 'dark' : 'light'].muted;
	const small = width < 520;
	const block = (font: string, colour: string, lineHeight: number, content: string[]): Block => {
		ctx.font = font;
		const lines = content.flatMap((t) => wrapText(t, width - 2 * PAD, (s) => ctx.measureText(s).width));
		return { font, colour, lineHeight, lines };
	};
	const header = [
		block(`bold ${small ? 16 : 19}px ${FONT}`, text, small ? 20 : 24, [caption.title]),
		block(`${small ? 12 : 13}px ${FONT}`, muted, 18, [caption.unit])
	];
	const footer = [block(`${small ? 10 : 11}px ${FONT}`, muted, small ? 13 : 15, caption.footer)];
	const height = (blocks: Block[]) => blocks.reduce((h, b) => h + b.lines.length * b.lineHeight, 0);
	// A bare image (the embed's first paint: its page has the title and source as HTML) keeps a thin margin.
	const headerHeight = height(header) ? PAD + height(header) + 12 : 8;
	const footerHeight = height(footer) ? height(footer) + PAD : 4;
	return { header, footer, headerHeight, footerHeight };
}

/**
 * Legend entries that look like the marks they stand for (the page draws its legend in HTML; an
 * image has only this one): solid or dashed lines, triangles for sparse figures, and both colours of
 * two-coloured bars.
 */
function legendItems(spec: ChartSpec, textColour: string, fit: (text: string) => string = (t) => t): LegendItem[] {
	return spec.series.flatMap((s, datasetIndex): LegendItem[] => {
		const base = { datasetIndex, hidden: false, fontColor: textColour, strokeStyle: s.color, fillStyle: s.color };
		if (s.kind === 'line') {
			return [{ ...base, text: fit(s.label), pointStyle: 'line', lineWidth: 2.5, lineDash: s.dashed ? [5, 3] : [] }];
		}
		if (s.kind === 'points')
			return [
				{
					...base,
					text: fit(s.label),
					pointStyle: s.marker === 'star' ? 'star' : 'triangle',
					lineWidth: s.marker === 'star' ? 2 : 1
				}
			];
		const other = s.colors?.find((c) => c !== s.color);
		if (!other) return [{ ...base, text: fit(s.label), pointStyle: 'rect', lineWidth: 0 }];
		return [
			{ ...base, text: fit(m.charts_legend_above_zero({ label: s.label })), pointStyle: 'rect', lineWidth: 0 },
			{
				...base,
				text: fit(m.charts_legend_below_zero({ label: s.label })),
				pointStyle: 'rect',
				lineWidth: 0,
				fillStyle: other,
				strokeStyle: other
			}
		];
	});
}

function drawBlocks(ctx: SKRSContext2D, blocks: Block[], top: number): void {
	let y = top;
	ctx.textBaseline = 'top';
	ctx.textAlign = 'left';
	for (const b of blocks) {
		ctx.font = b.font;
		ctx.fillStyle = b.colour;
		for (const line of b.lines) {
			ctx.fillText(line, PAD, y);
			y += b.lineHeight;
		}
	}
}

/**
 * Draws a spec with its caption on a canvas of the given size and hands the canvas to `output` before
 * the chart is destroyed (destroying clears the canvas). The chart is the browser's configuration with
 * what only a live page needs turned off (responsiveness, animation, events).
 */
function draw<C extends { getContext(type: '2d'): SKRSContext2D }, T>(
	canvas: C,
	spec: ChartSpec,
	caption: ImageCaption,
	{ width, height, scale }: ImageSize,
	dark: boolean,
	legend: boolean,
	output: (canvas: C) => T
): T {
	registerImageFonts();
	const Chart = registerChartParts();
	// Ticks, axis titles and legend read the global default, not the config's root font. Only images
	// use Chart.js on the server, so setting it here changes nothing else.
	Chart.defaults.font.family = FONT;
	const ctx = canvas.getContext('2d');
	const layout = captionBlocks(ctx, caption, width, dark);
	const theme = { ...(dark ? DARK_THEME : LIGHT_THEME), font: FONT };
	const config = chartConfig(spec, theme, { legend }) as ChartConfiguration<'line' | 'bar'>;
	const frame: Plugin<'line' | 'bar'> = {
		id: 'imageFrame',
		// Chart.js clears the canvas before drawing: paint the background after that, under the chart.
		beforeDraw: (chart) => {
			chart.ctx.save();
			chart.ctx.fillStyle = COLOURS[dark ? 'dark' : 'light'].background;
			chart.ctx.fillRect(0, 0, width, height);
			chart.ctx.restore();
		},
		afterDraw: (chart) => {
			const c = chart.ctx as unknown as SKRSContext2D;
			c.save();
			drawBlocks(c, layout.header, PAD);
			drawBlocks(c, layout.footer, height - layout.footerHeight + 4);
			c.restore();
		}
	};
	const options = config.options ?? {};
	const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
		...config,
		options: {
			...options,
			responsive: false,
			animation: false,
			devicePixelRatio: scale,
			events: [],
			layout: { padding: { top: layout.headerHeight, bottom: layout.footerHeight, left: PAD, right: PAD + 10 } },
			plugins: {
				...options.plugins,
				tooltip: { enabled: false },
				legend: {
					...options.plugins?.legend,
					labels: {
						...options.plugins?.legend?.labels,
						usePointStyle: true,
						pointStyleWidth: 24,
						boxHeight: 8,
						generateLabels: () => {
							// Legend font (Chart.js default 12px) and room: the width less padding and the swatch.
							ctx.font = `12px ${FONT}`;
							const room = width - 2 * PAD - 60;
							return legendItems(spec, theme.text, (t) => fitText(t, room, (x) => ctx.measureText(x).width));
						}
					}
				}
			}
		},
		plugins: [...(config.plugins ?? []), frame]
	});
	try {
		return output(canvas);
	} finally {
		chart.destroy();
	}
}

/** A PNG of the chart; `scale` 2 gives a sharp image for print at the same layout. */
export function renderChartPng(
	spec: ChartSpec,
	caption: ImageCaption,
	size: ImageSize,
	dark = false,
	legend = true
): Buffer {
	// encodeSync: the pixels must be read before draw() destroys the chart, and the chart is small. The
	// text travels in the file too, and the resolution makes a 2× image print at the 1× size.
	const metadata = {
		title: caption.title,
		description: [caption.unit, ...caption.footer].join('\n'),
		resolution: 96 * size.scale
	};
	return draw(createCanvas(size.width, size.height), spec, caption, size, dark, legend, (c) =>
		c.encodeSync('png', metadata)
	);
}

/**
 * An SVG of the chart with its text kept as text (selectable, searchable, translatable). Without a
 * legend (legend = false) for a page that shows the chart's legend in HTML (the embed's drawing).
 */
export function renderChartSvg(
	spec: ChartSpec,
	caption: ImageCaption,
	size: ImageSize,
	dark = false,
	legend = true
): Buffer {
	const canvas = createCanvas(size.width, size.height, SvgExportFlag.NoPrettyXML);
	const svg = draw(canvas, spec, caption, { ...size, scale: 1 }, dark, legend, (c) => c.getContent().toString('utf8'));
	return Buffer.from(
		svg
			.replace(/<text[^>]*x="" y=""><\/text>/g, '')
			.replace(/font-family="([^"]*)"/g, (_, family: string) => `font-family="${svgFontFamily(family)}"`)
			// Skia places every glyph (x="16, 25.5, 33.8, …"): keep where each run starts and let the
			// viewer's font set the rest. A third of the bytes, and text drawn with a fallback font keeps
			// its own spacing instead of glyphs placed for DejaVu's widths.
			.replace(/ (x|y)="([^",]+),[^"]*"/g, ' $1="$2"')
			// Hundredths of a pixel are finer than any screen or printer. Attribute values only: in the
			// text, "1.000" is a thousand in Dutch.
			.replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/(\d\.\d\d)\d+/g, '$1')}"`),
		'utf8'
	);
}
