// oEmbed (https://oembed.com): which of this site's URLs can be embedded, and the JSON answer. Pure,
// so the endpoint, the discovery links in the page head and the tests agree on the same rules.
import { chartPage, isChartId } from '../charts/chartIds';
import { PRODUCT_PARAM_NAMES } from '../data/productState';
import { stateParamsOf } from '../data/viewState';
import { m } from '../paraglide/messages';
import {
	attr,
	EMBED_DEFAULT_HEIGHT,
	EMBED_DEFAULT_WIDTH,
	EMBED_MIN_WIDTH,
	chartFileUrl,
	embedSnippet,
	embedTheme,
	embedUrl,
	siteName,
	withLang,
	type EmbedTheme
} from './links';

export interface OembedTarget {
	chart: string;
	/** The state part of the URL's query, in the URL's order. */
	query: string;
	theme: EmbedTheme;
	/** An embed URL without an end year was made with "always latest data": keep it so. Any other
	 *  URL is pinned to the years it shows now. */
	latest: boolean;
}

/**
 * What a URL pasted into a content system embeds, or null if it is not an embeddable page of this
 * site: `/embed/<chart>`, the trade page (the chart named by `#chart-<id>`, else flows) and the overview.
 * @example oembedTarget('https://x.org/trade?reporter=KOR#chart-balance', 'https://x.org')
 *   → { chart: 'balance', query: 'reporter=KOR', theme: 'light', latest: false }
 * @example oembedTarget('https://elsewhere.org/trade', 'https://x.org') → null
 */
export function oembedTarget(raw: string, origin: string): OembedTarget | null {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return null;
	}
	// Same host, either scheme: a site reached over http and https is one site (and adapter-node
	// assumes https when ORIGIN is not set, while a pasted link may say http).
	if (!/^https?:$/.test(url.protocol) || url.host !== new URL(origin).host) return null;
	const path = url.pathname.replace(/\/+$/, '') || '/';
	const fromHash = /^#chart-([A-Za-z-]+)$/.exec(url.hash)?.[1];
	// A dashboard page embeds the chart its #chart- anchor names (if it is on that page), else its first chart.
	const firstChart: Record<string, string> = {
		'/': 'flows',
		'/trade': 'flows',
		'/mirror': 'mirror-gap',
		'/fdi': 'fdi',
		'/products': 'products-export'
	};
	const dashboard = path in firstChart;
	let chart: string | undefined;
	if (dashboard) {
		const onThisPage =
			fromHash &&
			isChartId(fromHash) &&
			(chartPage(fromHash) === path || (path === '/' && chartPage(fromHash) === '/trade'));
		chart = onThisPage ? fromHash : firstChart[path];
	} else chart = /^\/embed\/([A-Za-z-]+)$/.exec(path)?.[1];
	if (!chart || !isChartId(chart)) return null;
	return {
		chart,
		// Only the view's parameters (one schema, src/lib/data/viewState.ts): anything else in a pasted URL is dropped.
		query: stateParamsOf(url.searchParams, PRODUCT_PARAM_NAMES),
		theme: embedTheme(url.searchParams.get('theme')),
		// The end year of time charts, the one year of a products chart.
		latest: !dashboard && !url.searchParams.has('to') && !url.searchParams.has('year')
	};
}

export interface OembedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The size of the embed within the consumer's `maxwidth`/`maxheight` (oEmbed: never larger than asked).
 * @example oembedSize(null, null) → { width: 640, height: 560 }; oembedSize(400, 300) → { width: 400, height: 300 }
 */
export function oembedSize(maxwidth: number | null, maxheight: number | null): { width: number; height: number } {
	const cap = (value: number, max: number | null) =>
		max !== null && Number.isFinite(max) && max > 0 ? Math.min(value, Math.floor(max)) : value;
	return { width: cap(EMBED_DEFAULT_WIDTH, maxwidth), height: cap(EMBED_DEFAULT_HEIGHT, maxheight) };
}

/**
 * The oEmbed "rich" answer for a target: the same iframe snippet the Embed dialog gives, a PNG
 * thumbnail, and the provider. `title` is the chart title for the target's state. The words and the
 * URLs are in the current language (the endpoint runs in the one asked for), so a Korean answer's
 * embed and thumbnail are Korean too.
 */
export function oembedResponse(
	target: OembedTarget,
	{
		origin,
		title,
		maxwidth = null,
		maxheight = null
	}: { origin: string; title: string; maxwidth?: number | null; maxheight?: number | null }
): OembedRich {
	const { width, height } = oembedSize(maxwidth, maxheight);
	const thumbWidth = Math.max(EMBED_MIN_WIDTH, Math.min(width, 640));
	const thumbHeight = Math.round(thumbWidth * 0.625);
	const query = withLang(target.query);
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: siteName(),
		provider_url: `${origin}/`,
		html: embedSnippet({
			origin,
			src: embedUrl(origin, target.chart, query, target.theme),
			title,
			width,
			height
		}),
		width,
		height,
		cache_age: 3600,
		thumbnail_url: chartFileUrl(
			origin,
			target.chart,
			'png',
			`${query}${query ? '&' : ''}width=${thumbWidth}&height=${thumbHeight}`
		),
		thumbnail_width: thumbWidth,
		thumbnail_height: thumbHeight
	};
}

/**
 * The oEmbed discovery link for a page, or null when the page is not embeddable. Written into the
 * server-rendered <head> (hooks.server.ts): consumers read the HTML, never run the app, so the link
 * costs the browser bundle nothing. A page shown in Korean or Dutch (even by negotiation, without
 * `lang` in its URL) names itself with its language, so what is embedded from it speaks it too.
 * @example oembedDiscoveryLink(new URL('https://x.org/trade?reporter=KOR'))
 *   → '<link rel="alternate" type="application/json+oembed" href="https://x.org/oembed?url=https%3A%2F%2Fx.org%2Ftrade%3Freporter%3DKOR" title="Chart (oEmbed)">'
 */
export function oembedDiscoveryLink(url: URL): string | null {
	if (!oembedTarget(url.href, url.origin)) return null;
	const page = new URL(url);
	page.search = withLang(page.searchParams.toString());
	const href = `${url.origin}/oembed?url=${encodeURIComponent(page.href)}`;
	return `<link rel="alternate" type="application/json+oembed" href="${attr(href)}" title="${attr(m.embed_oembed_link_title())}">`;
}
