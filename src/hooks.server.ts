import type { Handle, ServerInit } from '@sveltejs/kit';
import { version as buildVersion } from '$app/environment';
import { shouldGzip } from '$lib/embed/compression';
import { securityHeaders } from '$lib/embed/framing';
import { oembedDiscoveryLink } from '$lib/embed/oembed';
import { storeProvider } from '$lib/server/store/provider';
import { answersOr503 } from '$lib/server/store/unavailable';
import { responseTag } from '$lib/server/etag';
import { SCHEME_COOKIE, schemeChoice } from '$lib/components/colorScheme.svelte';

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
export const handle: Handle = async ({ event, resolve }) => {
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
	const variant = schemeChoice(event.cookies.get(SCHEME_COOKIE));
	const etag = cacheable ? responseTag(buildVersion, service.tag, event.url, variant) : null;
	if (etag && ifNoneMatch(event.request.headers.get('if-none-match'), etag)) {
		// No CSP or other body-bound header here: a 304's headers replace the cached ones, and a new nonce
		// would not match the cached page's scripts.
		return new Response(null, { status: 304, headers: { etag, vary: 'accept-encoding' } });
	}

	const discovery = oembedDiscoveryLink(event.url);
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => (discovery ? html.replace('</head>', `\t${discovery}\n\t</head>`) : html)
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
		out.headers.append('vary', 'accept-encoding');
	}
	return out;
};

/** Whether an If-None-Match header lists the tag (weak comparison, as RFC 9110 says for GET). */
function ifNoneMatch(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const bare = (t: string) => t.trim().replace(/^W\//, '');
	return header.split(',').some((t) => bare(t) === bare(etag));
}
