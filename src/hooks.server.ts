import type { Handle, ServerInit } from '@sveltejs/kit';
import { version as buildVersion } from '$app/environment';
import { shouldGzip } from '$lib/embed/compression';
import { securityHeaders } from '$lib/embed/framing';
import { oembedDiscoveryLink } from '$lib/embed/oembed';
import { storeProvider } from '$lib/server/store/provider';
import { answersOr503 } from '$lib/server/store/unavailable';
import { responseTag } from '$lib/server/etag';
import { cacheablePage, pageCacheFromEnv, type CachedPage } from '$lib/server/pageCache';
import { SCHEME_COOKIE, schemeChoice } from '$lib/components/colorScheme.svelte';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import { isArtefactPath, localeOf } from '$lib/i18n/locale';
import { defineServerLangStrategy } from '$lib/i18n/strategy';

defineServerLangStrategy();

/**
 * Loads the data before the first request: adapter-node awaits `init` before it listens, and `vite dev`
 * before it answers. Which store (in memory by default, or ClickHouse) is storeProvider's choice. A folder that is missing or bad at start is not fatal: the server answers 503
 * saying why, and the service keeps looking until good data appears.
 */
export const init: ServerInit = async () => {
	await storeProvider().start();
};

/**
 * Pins the data store for the request (every query of one response sees one data version), answers
 * If-None-Match with 304 from the data version and the URL, adds oEmbed discovery to the <head> of
 * embeddable pages, the framing policy and security headers on every response SvelteKit makes, and
 * gzip for text responses (see compression.ts), and answers a page rendered before for the same tag
 * from the page cache (pageCache.ts). The page policy itself (script and style sources, the start-up
 * script's hash) comes from the `csp` option in vite.config.ts; only the framing rule depends on the route,
 * so it is added here: /embed/* and /chart/* may be framed anywhere, everything else nowhere.
 */
export const handle: Handle = ({ event, resolve }) =>
	// The reader's language for everything this request renders (see paraglide.config.js for the order).
	paraglideMiddleware(event.request, ({ locale }) => respond(event, resolve, locale));

/** One response, rendered in `locale`. */
async function respond(
	event: Parameters<Handle>[0]['event'],
	resolve: Parameters<Handle>[0]['resolve'],
	locale: string
) {
	const service = storeProvider();
	const store = service.current();
	// A store that cannot answer now (ClickHouse down) makes any route answer 503 with why.
	event.locals.store = store && answersOr503(store);
	event.locals.status = service.status();
	// Everything routed here is made from the data (static and immutable assets never reach this hook in
	// the build), so every response's validator is the build, the data version and status, and the URL.
	const cacheable = event.request.method === 'GET' || event.request.method === 'HEAD';
	// The colour scheme cookie changes the page the server paints, so it is part of the tag too.
	// So are the language (the URL's, or negotiated from the cookie and Accept-Language when it has none).
	const variant = `${schemeChoice(event.cookies.get(SCHEME_COOKIE))} ${locale}`;
	const tag = service.tag;
	const etag = cacheable ? responseTag(buildVersion, tag, event.url, variant) : null;
	const language = urlLanguage(event.url);
	if (etag && ifNoneMatch(event.request.headers.get('if-none-match'), etag)) {
		// No CSP or other body-bound header here: a 304's headers replace the cached ones, and they must
		// stay those of the cached body.
		return new Response(null, { status: 304, headers: { etag, vary: vary(language) } });
	}

	// A page rendered before for the same inputs (those of its tag) is answered from the cache. Not for a
	// page's data request (`/trade/__data.json?…`): SvelteKit gives it the page's URL in event.url, hence
	// the page's tag, but it wants JSON, which is never kept.
	const key = etag && service.steady && pages && !event.isDataRequest ? etag : null;
	const kept = key ? pages?.get(tag, key) : undefined;
	if (kept) return finish(event, fromCache(kept, event.request, 'hit'), language);

	const discovery = oembedDiscoveryLink(event.url);
	// One pass over the page (whose string is a rope of rendered parts until first read, and 100 KB once
	// flat) rather than a copy per insertion: the language into <html lang>, and the oEmbed discovery
	// link before </head> on embeddable pages. Each slot is filled once, at its first occurrence (the
	// template's), as String.replace with a string would: text further down is left as it is.
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const insert = new Map([
				['%paraglide.lang%', locale],
				['</head>', discovery ? `\t${discovery}\n\t</head>` : '</head>']
			]);
			return html.replace(PAGE_SLOTS, (slot) => {
				const text = insert.get(slot) ?? slot;
				insert.delete(slot);
				return text;
			});
		}
	});
	const headers = securityHeaders(
		event.url.pathname,
		response.headers.get('content-type'),
		response.headers.get('content-security-policy')
	);
	if (key && pages && cacheablePage(event.request.method, response)) {
		const page = await pages.keep(tag, key, withHeaders(response, headers, etag));
		return finish(event, fromCache(page, event.request, 'miss'), language);
	}
	const gzip =
		response.body !== null &&
		event.request.method !== 'HEAD' &&
		shouldGzip(
			event.request.headers.get('accept-encoding'),
			response.headers.get('content-type'),
			response.headers.get('content-encoding')
		);
	// A new Response: headers of a resolved response may be immutable, and a gzipped body is a new body.
	const out = withHeaders(
		new Response(gzip ? response.body?.pipeThrough(new CompressionStream('gzip')) : response.body, response),
		headers,
		etag
	);
	if (gzip) {
		out.headers.set('content-encoding', 'gzip');
		out.headers.delete('content-length');
	}
	return finish(event, out, language);
}

/** Matches the two places transformPageChunk fills in. */
const PAGE_SLOTS = /%paraglide\.lang%|<\/head>/g;

/** Rendered pages kept for other readers (PAGE_CACHE_MB, 64 by default; 0 turns the cache off). */
const pages = pageCacheFromEnv(process.env);

/** The route's response with the security headers, and for a 200 its tag and revalidation rule. */
function withHeaders(response: Response, headers: Record<string, string>, etag: string | null): Response {
	const out = new Response(response.body, response);
	for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
	if (etag && response.status === 200) {
		out.headers.set('etag', etag);
		// Pages are revalidated on every visit (a 304 is cheap); downloads say their own max-age.
		if (!out.headers.has('cache-control')) out.headers.set('cache-control', 'no-cache');
	}
	return out;
}

/**
 * A kept page as this request wants it: gzipped if it accepts gzip, no body for HEAD; `x-page-cache`
 * says whether it was rendered for this request (as `x-render-cache` does for images).
 */
function fromCache(page: CachedPage, request: Request, cache: 'hit' | 'miss'): Response {
	const headers = new Headers(page.headers);
	headers.set('x-page-cache', cache);
	const gzip = shouldGzip(request.headers.get('accept-encoding'), headers.get('content-type'), null);
	const body = gzip ? page.gzip : page.body;
	if (gzip) headers.set('content-encoding', 'gzip');
	headers.set('content-length', String(body.byteLength));
	return new Response(request.method === 'HEAD' ? null : body, { status: page.status, headers });
}

/**
 * What the URL says of the language: the one it chooses (`lang`), and whether it is a page (artefacts
 * never negotiate and never set the cookie).
 */
interface UrlLanguage {
	chosen: string | null;
	page: boolean;
}
function urlLanguage(url: URL): UrlLanguage {
	return { chosen: localeOf(url.searchParams.get('lang')), page: !isArtefactPath(url.pathname) };
}

/** What depends on this request alone, never kept: Vary, and the language cookie when the URL chose one. */
function finish(event: Parameters<Handle>[0]['event'], out: Response, language: UrlLanguage) {
	out.headers.set('vary', vary(language));
	// A language chosen in a page's URL is remembered for the next visit without one (Paraglide's cookie).
	const { chosen, page } = language;
	if (chosen && page && event.cookies.get(cookieName) !== chosen) {
		out.headers.append('set-cookie', `${cookieName}=${chosen}; Path=/; Max-Age=${cookieMaxAge}; SameSite=Lax`);
	}
	return out;
}

/** A page without `lang` is negotiated: caches must key it on the reader's cookie and languages too. */
function vary({ chosen, page }: UrlLanguage): string {
	return page && !chosen ? 'accept-encoding, accept-language, cookie' : 'accept-encoding';
}

/** Whether an If-None-Match header lists the tag (weak comparison, as RFC 9110 says for GET). */
function ifNoneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return header.split(',').some((t) => bare(t) === bare(etag));
}
