import type { Handle } from '@sveltejs/kit';
import { shouldGzip } from '$lib/embed/compression';
import { securityHeaders } from '$lib/embed/framing';
import { oembedDiscoveryLink } from '$lib/embed/oembed';

/**
 * oEmbed discovery in the <head> of embeddable pages, the framing policy and security headers on every
 * response SvelteKit makes, and gzip for text responses (see compression.ts). The page policy itself
 * (script and style sources, nonces) comes from the `csp` option in vite.config.ts; only the framing
 * rule depends on the route, so it is added here: /embed/* and /chart/* may be framed anywhere,
 * everything else nowhere.
 */
export const handle: Handle = async ({ event, resolve }) => {
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
	if (gzip) {
		out.headers.set('content-encoding', 'gzip');
		out.headers.delete('content-length');
		out.headers.append('vary', 'accept-encoding');
	}
	return out;
};
