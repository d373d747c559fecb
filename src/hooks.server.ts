import type { Handle, ServerInit } from '@sveltejs/kit';
import { version as buildVersion } from '$app/environment';
import { shouldGzip } from '$lib/embed/compression';
import { securityHeaders } from '$lib/embed/framing';
import { oembedDiscoveryLink } from '$lib/embed/oembed';
import { storeProvider } from '$lib/server/store/provider';
import { answersOr503 } from '$lib/server/store/unavailable';
import { responseTag } from '$lib/server/etag';
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
 * gzip for text responses (see compression.ts). The page policy itself (script and style sources,
 * nonces) comes from the `csp` option in vite.config.ts; only the framing rule depends on the route,
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
	// The CSP nonce is not part of it: it changes on every response while the content does not.
	const cacheable = event.request.method === 'GET' || event.request.method === 'HEAD';
	// The colour scheme cookie changes the page the server paints, so it is part of the tag too.
	// So are the language (the URL's, or negotiated from the cookie and Accept-Language when it has none).
	const variant = `${schemeChoice(event.cookies.get(SCHEME_COOKIE))} ${locale}`;
	const etag = cacheable ? responseTag(buildVersion, service.tag, event.url, variant) : null;
	const negotiated = !localeOf(event.url.searchParams.get('lang')) && !isArtefactPath(event.url.pathname);
	if (etag && ifNoneMatch(event.request.headers.get('if-none-match'), etag)) {
		// No CSP or other body-bound header here: a 304's headers replace the cached ones, and a new nonce
		// would not match the cached page's scripts.
		return new Response(null, { status: 304, headers: { etag, vary: vary(negotiated) } });
	}

	const discovery = oembedDiscoveryLink(event.url);
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const localised = html.replace('%paraglide.lang%', locale);
			return discovery ? localised.replace('</head>', `\t${discovery}\n\t</head>`) : localised;
		}
	});
	const headers = securityHeaders(
		event.url.pathname,
		response.headers.get('content-type'),
		response.headers.get('content-security-policy')
	);
	const gzip =
		response.body !== null &&
		event.request.method !== 'HEAD' &&
		shouldGzip(
			event.request.headers.get('accept-encoding'),
			response.headers.get('content-type'),
			response.headers.get('content-encoding')
		);
	// A new Response: headers of a resolved response may be immutable, and a gzipped body is a new body.
	const out = new Response(gzip ? response.body?.pipeThrough(new CompressionStream('gzip')) : response.body, response);
	for (const [name, value] of Object.entries(headers)) out.headers.set(name, value);
	if (etag && response.status === 200) {
		out.headers.set('etag', etag);
		// Pages are revalidated on every visit (a 304 is cheap); downloads say their own max-age.
		if (!out.headers.has('cache-control')) out.headers.set('cache-control', 'no-cache');
	}
	if (gzip) {
		out.headers.set('content-encoding', 'gzip');
		out.headers.delete('content-length');
	}
	out.headers.set('vary', vary(negotiated));
	// A language chosen in the URL is remembered for the next visit without one (Paraglide's cookie).
	const chosen = localeOf(event.url.searchParams.get('lang'));
	if (chosen && !isArtefactPath(event.url.pathname) && event.cookies.get(cookieName) !== chosen) {
		out.headers.append('set-cookie', `${cookieName}=${chosen}; Path=/; Max-Age=${cookieMaxAge}; SameSite=Lax`);
	}
	return out;
}

/** A page without `lang` is negotiated: caches must key it on the reader's cookie and languages too. */
function vary(negotiated: boolean): string {
	return negotiated ? 'accept-encoding, accept-language, cookie' : 'accept-encoding';
}

/** Whether an If-None-Match header lists the tag (weak comparison, as RFC 9110 says for GET). */
function ifNoneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return header.split(',').some((t) => bare(t) === bare(etag));
}
