// adapter-node serves the built JS and CSS precompressed, but sends pages and endpoint responses as
// they are. A page's HTML (the embed's included) is a sixth of its weight once gzipped, so the server
// compresses text responses itself when the client accepts it.

/**
 * Whether to gzip a response: the client accepts gzip, the body is text (HTML, CSV, JSON, SVG) and
 * nothing encoded it already.
 * @example shouldGzip('gzip, deflate, br', 'text/html', null) → true
 * @example shouldGzip('gzip', 'image/png', null) → false
 */
export function shouldGzip(
	acceptEncoding: string | null,
	contentType: string | null,
	contentEncoding: string | null
): boolean {
	if (contentEncoding) return false;
	const accepted = (acceptEncoding ?? '').split(',').some((part) => {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
	});
	const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	return accepted && (type.startsWith('text/') || type === 'application/json' || type === 'image/svg+xml');
}
