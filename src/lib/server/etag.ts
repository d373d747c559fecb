import { createHash } from 'node:crypto';

/**
 * The validator of a data-derived response: the same build, data version (and data status), URL and
 * reader's variant (choices kept outside the URL that change the page, such as the colour scheme) give
 * the same tag, so a client that has the response gets a 304. Weak: a gzipped and a plain body of the
 * same content share it, and a page's nonce differs between two equal pages.
 * @example responseTag('1700000000000', '3f2a9c1e0b7d4a55.1', new URL('http://x/trade?from=2000'), 'dark')
 *   → 'W/"…22 hex digits…"'
 */
export function responseTag(build: string, data: string, url: URL, variant = ''): string {
	const digest = createHash('sha256')
		.update(`${build}\n${data}\n${url.origin}${url.pathname}?${url.searchParams}\n${variant}`)
		.digest('base64url');
	return `W/"${digest.slice(0, 22)}"`;
}
