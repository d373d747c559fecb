// The embed's first paint: the chart drawn on the server as SVG, in the HTML. The markup travels to
// the browser once, as markup; src/hooks.ts tells SvelteKit not to copy it again into the page's
// hydration data. In the browser the drawing's markup is IN_PAGE: Svelte adopts the nodes of an
// {@html} block from the server's HTML when it hydrates, without comparing them with the value (it
// only warns in development, silenced where the block is), so the string is never needed there.

/** Chart SVG drawn on the server, ready to sit inline (see inlineSvg). */
export class ServerDrawnSvg {
	/** The markup in the browser: "already in the page" (non-empty, so hydration adopts the nodes). */
	static readonly IN_PAGE = '<!-- drawn on the server -->';
	constructor(readonly markup: string) {}
}

/** One drawing per frame width. */
export interface SizedDrawings {
	/** Frames up to 520 px wide (the media query in EmbedChart.svelte). */
	narrow: ServerDrawnSvg;
	wide: ServerDrawnSvg;
}

/**
 * The drawings an embed paints before its script runs, in the colours it may need: light ones always
 * (theme=light on screen, and every theme on paper), dark ones for theme=dark and theme=auto. Both are
 * in the first response for auto, because only the reader's browser knows its colour scheme: a CSS
 * media query picks the drawing, at first paint (EmbedChart.svelte).
 */
export interface EmbedDrawings {
	light: SizedDrawings;
	/** Null for theme=light. */
	dark: SizedDrawings | null;
}

/**
 * Drawing sizes: near the frames they serve, so text stays close to its drawn size (12 px ticks), and
 * as tall as the interactive chart's box (300 px), which takes its place with the same HTML legend.
 */
export const EMBED_DRAWING_SIZES = {
	narrow: { width: 360, height: 300, scale: 1 },
	wide: { width: 640, height: 300, scale: 1 }
} as const;
