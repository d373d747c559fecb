// Who may put this site's pages in a frame. Only embeds and chart images are meant to live inside
// other sites; everything else refuses, so no page with controls can be overlaid for clickjacking.

/**
 * Whether a path may be framed by any site.
 * @example frameable('/embed/flows') → true; frameable('/chart/flows.png') → true; frameable('/trade') → false
 */
export function frameable(pathname: string): boolean {
	return pathname.startsWith('/embed/') || pathname.startsWith('/chart/');
}

/**
 * The Content-Security-Policy with the route's `frame-ancestors` added to whatever policy the page
 * already has (SvelteKit writes the page policy with its nonces; the frame rule depends on the route).
 * @example withFrameAncestors("default-src 'self'", false) → "default-src 'self'; frame-ancestors 'none'"
 * @example withFrameAncestors(null, true) → 'frame-ancestors *'
 */
export function withFrameAncestors(csp: string | null, allowAll: boolean): string {
	const rule = `frame-ancestors ${allowAll ? '*' : "'none'"}`;
	const kept = (csp ?? '')
		.split(';')
		.map((d) => d.trim())
		.filter((d) => d !== '' && !/^frame-ancestors\b/i.test(d));
	return [...kept, rule].join('; ');
}

/**
 * The security headers of a response, from its path, its content type and the policy it already has.
 * SVG images get a policy of their own: an SVG opened directly is a document, and must not run script.
 */
export function securityHeaders(
	pathname: string,
	contentType: string | null,
	csp: string | null
): Record<string, string> {
	const allow = frameable(pathname);
	const svg = (contentType ?? '').startsWith('image/svg+xml');
	const headers: Record<string, string> = {
		'content-security-policy': withFrameAncestors(svg ? "default-src 'none'; style-src 'unsafe-inline'" : csp, allow),
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin'
	};
	// X-Frame-Options has no "allow all" value: embeds simply go without it (frame-ancestors * rules).
	if (!allow) headers['x-frame-options'] = 'DENY';
	return headers;
}
