// Sizes and text layout of server-rendered chart images: pure, so the bounds and the wrapping can be
// tested without drawing anything.
import { m } from '$lib/paraglide/messages';

export const IMAGE_BOUNDS = {
	width: { min: 320, max: 1600, fallback: 800 },
	height: { min: 240, max: 1200, fallback: 500 },
	scale: { min: 1, max: 3, fallback: 1 }
} as const;

/** Device pixels one image may have: 1600 × 1200 at 2×, enough for print, small enough for a 2-core server. */
export const MAX_DEVICE_PIXELS = 8_000_000;

export interface ImageSize {
	width: number;
	height: number;
	/** Device pixels per CSS pixel (PNG only; SVG is resolution-free). */
	scale: number;
}

/**
 * The image size from `width`, `height` and `scale` parameters, never failing: missing or unreadable
 * values take the default, others are clamped to the bounds, and a scale that would exceed
 * MAX_DEVICE_PIXELS is lowered.
 * @example imageSize(new URLSearchParams('width=5000&scale=2')) → { width: 1600, height: 500, scale: 2 }
 * @example imageSize(new URLSearchParams('width=abc&scale=0')) → { width: 800, height: 500, scale: 1 }
 */
export function imageSize(query: URLSearchParams): ImageSize {
	const read = (name: keyof typeof IMAGE_BOUNDS, integer: boolean) => {
		const { min, max, fallback } = IMAGE_BOUNDS[name];
		const raw = query.get(name);
		const value = raw === null || raw.trim() === '' ? NaN : Number(raw);
		if (!Number.isFinite(value)) return fallback;
		const clamped = Math.min(max, Math.max(min, value));
		return integer ? Math.round(clamped) : Math.round(clamped * 2) / 2;
	};
	const width = read('width', true);
	const height = read('height', true);
	let scale = read('scale', false);
	while (scale > 1 && width * height * scale * scale > MAX_DEVICE_PIXELS) scale -= 0.5;
	return { width, height, scale };
}

/**
 * Breaks text into lines no wider than `maxWidth` by the given measure; a word longer than a line is
 * cut, so nothing is ever drawn past the edge.
 * @example wrapText('a bb ccc', 4, (s) => s.length) → ['a bb', 'ccc']
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= maxWidth) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (measure(line) > maxWidth && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && measure(line.slice(0, cut)) > maxWidth) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return lines;
}

export interface ImageCaption {
	title: string;
	unit: string;
	/** Lines under the chart: the sources with their vintage, then where the chart comes from. */
	footer: string[];
}

/**
 * The text baked into an image, so a chart pasted into a document still says what it shows, whose
 * figures they are, how current they are and where to find them.
 * @example imageCaption(spec, { siteName: 'Bilateral trade dashboard', url: 'https://x.org/trade?…', loadedAt: '2025-11-23T10:00:00Z' }).footer
 *   → ['Source: Direction of Trade Statistics (DOTS), International Monetary Fund (vintage: Feb 2022)',
 *      'Bilateral trade dashboard · data loaded 2025-11-23 · https://x.org/trade?…']
 */
export function imageCaption(
	spec: {
		title: string;
		unit: string;
		sources: { title: string; publisher: string; vintage: string }[];
		events?: { period: string; title: string }[];
	},
	{ siteName, url, loadedAt }: { siteName: string; url: string; loadedAt: string }
): ImageCaption {
	const sources = spec.sources
		.map(
			(s) =>
				`${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.vintage ? ` (${m.charts_caption_vintage({ vintage: s.vintage })})` : ''}`
		)
		.join('; ');
	return {
		title: spec.title,
		unit: spec.unit,
		footer: [
			// On the page an event's name shows on hover; on paper the dotted line needs its legend here.
			...(spec.events?.length
				? [m.charts_caption_events({ events: spec.events.map((e) => `${e.period} ${e.title}`).join('; ') })]
				: []),
			m.charts_caption_sources({ count: spec.sources.length, sources }),
			m.charts_caption_site({ site: siteName, date: loadedAt.slice(0, 10), url })
		]
	};
}

/**
 * Shortens a single-line text (a legend entry) to `maxWidth` with an ellipsis: a legend cannot wrap,
 * and a label running past the image edge would be cut mid-word without a sign.
 * @example fitText('Netherlands → Korea, net flows', 12, (s) => s.length) → 'Netherlands…'
 */
export function fitText(text: string, maxWidth: number, measure: (s: string) => number): string {
	if (measure(text) <= maxWidth) return text;
	let end = text.length - 1;
	while (end > 1 && measure(`${text.slice(0, end).trimEnd()}…`) > maxWidth) end--;
	return `${text.slice(0, end).trimEnd()}…`;
}
