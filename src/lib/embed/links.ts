// The addresses and copy-ready code that take a chart out of the dashboard: embed iframe, images,
// CSV, and the dashboard link back. Pure string functions, shared by the pages, the oEmbed endpoint
// and the tests, so a snippet shown in the dialog and one served by /oembed are the same text.
import { chartPage } from '../charts/chartIds';
// The runtime itself, not $lib/i18n/locale: browser tests import this module outside SvelteKit's aliases.
import { baseLocale, getLocale, type Locale } from '../paraglide/runtime';
import { m } from '../paraglide/messages';

/** The site's name in the reader's language (a function: the language is known per request). */
export function siteName(): string {
	return m.embed_site_name();
}

/**
 * A state query that says its language: an artefact (embed, image, CSV, oEmbed, citation link) made on a
 * Korean or Dutch page must speak it wherever it is opened, and an artefact without `lang` is English
 * (isArtefactPath). English adds nothing, so English links stay as they were; a `lang` already in the
 * query is kept.
 * @example withLang('reporter=KOR', 'ko') → 'reporter=KOR&lang=ko'; withLang('reporter=KOR', 'en') → 'reporter=KOR'
 * @example withLang('reporter=KOR&lang=nl', 'ko') → 'reporter=KOR&lang=nl'
 */
export function withLang(query: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale || new URLSearchParams(query).has('lang')) return query;
	return withParams(query, { lang: locale });
}

/** The message an embed posts to its host page with its content height. */
export const EMBED_HEIGHT_MESSAGE = 'bilateral-embed-height';

/** The iframe height before (or without) the resize script: fits a chart, its legend and the source line. */
export const EMBED_DEFAULT_HEIGHT = 560;
export const EMBED_DEFAULT_WIDTH = 640;
export const EMBED_MIN_WIDTH = 280;

export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * The embed's colour theme from its `theme` parameter; anything else is light.
 * @example embedTheme('dark') → 'dark'; embedTheme('purple') → 'light'; embedTheme(null) → 'light'
 */
export function embedTheme(raw: string | null): EmbedTheme {
	return raw === 'dark' || raw === 'auto' ? raw : 'light';
}

/**
 * The state query of a snippet. Pinned (the default) keeps the years, so a cited chart never changes
 * silently; "latest" drops the end year, so the chart grows with each data release.
 * @example stateQuery('reporter=KOR&partner=NLD&from=2000&to=2020', { latest: true }) → 'reporter=KOR&partner=NLD&from=2000'
 * @example stateQuery('reporter=AAA&partner=BBB&year=2022', { latest: true }) → 'reporter=AAA&partner=BBB'
 */
export function stateQuery(query: string, { latest = false }: { latest?: boolean } = {}): string {
	const q = new URLSearchParams(query);
	// The end year of time charts; the one year of a products chart (without it, the latest year is shown).
	if (latest) {
		q.delete('to');
		q.delete('year');
	}
	return q.toString();
}

/** Appends extra parameters to a state query. @example withParams('a=1', { theme: 'dark' }) → 'a=1&theme=dark' */
export function withParams(query: string, extra: Record<string, string | undefined>): string {
	const q = new URLSearchParams(query);
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) q.set(k, v);
	return q.toString();
}

/** @example embedUrl('https://x.org', 'flows', 'reporter=KOR') → 'https://x.org/embed/flows?reporter=KOR' */
export function embedUrl(origin: string, chart: string, query: string, theme?: EmbedTheme): string {
	return `${origin}/embed/${chart}?${withParams(query, { theme: theme && theme !== 'light' ? theme : undefined })}`;
}

/**
 * The dashboard page showing the chart, scrolled to it.
 * @example dashboardUrl('', 'balance', 'q=1') → '/trade?q=1#chart-balance'
 * @example dashboardUrl('', 'mirror-gap', 'q=1') → '/mirror?q=1#chart-mirror-gap'
 */
export function dashboardUrl(origin: string, chart: string, query: string): string {
	return `${origin}${chartPage(chart) ?? '/trade'}?${query}#chart-${chart}`;
}

/** @example chartFileUrl('', 'flows', 'png', 'q=1') → '/chart/flows.png?q=1' */
export function chartFileUrl(origin: string, chart: string, format: 'png' | 'svg' | 'csv', query: string): string {
	return `${origin}/chart/${chart}.${format}?${query}`;
}

/** Escapes text for a double-quoted HTML attribute. @example attr('a "b" & <c>') → 'a &quot;b&quot; &amp; &lt;c&gt;' */
export function attr(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The host-page script that sets each embed iframe's height from the embed's messages. It only trusts
 * messages from this site's origin and from the iframe they name, and it is idempotent: pasting two
 * snippets on one page adds two listeners that set the same heights.
 */
export function resizeScript(origin: string): string {
	return (
		`<script>(function(){var o=${JSON.stringify(origin)};addEventListener("message",function(e){` +
		`var d=e.data;if(e.origin!==o||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
		`var f=document.querySelectorAll("iframe[data-bilateral-embed]");for(var i=0;i<f.length;i++)` +
		`if(f[i].contentWindow===e.source)f[i].style.height=Math.min(Math.max(+d.height||0,120),4000)+"px"})})();</script>`
	);
}

/**
 * The iframe alone: a fixed height that works with no script on the host page, full width from 280 px.
 * @example iframeHtml({ src: 'https://x.org/embed/flows?…', title: 'Trade' }) → '<iframe src="…" title="Trade" … height="560" …></iframe>'
 */
export function iframeHtml({
	src,
	title,
	height = EMBED_DEFAULT_HEIGHT,
	width
}: {
	src: string;
	title: string;
	height?: number;
	width?: number;
}): string {
	const w = width ? `${width}px` : '100%';
	return (
		`<iframe src="${attr(src)}" title="${attr(title)}"${width ? ` width="${width}"` : ''} height="${height}" ` +
		`style="width:${w};max-width:100%;min-width:${EMBED_MIN_WIDTH}px;height:${height}px;border:0" loading="lazy" data-bilateral-embed></iframe>`
	);
}

/** The full copy-ready snippet: the iframe, then the resize script (harmless when scripts are stripped). */
export function embedSnippet(options: {
	origin: string;
	src: string;
	title: string;
	height?: number;
	width?: number;
}): string {
	return `${iframeHtml(options)}\n${resizeScript(options.origin)}`;
}
