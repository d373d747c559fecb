import { describe, expect, it } from 'vitest';
import { frameable, securityHeaders, withFrameAncestors } from './framing';

describe('frameable', () => {
	it.each([
		['/embed/flows', true],
		['/embed/nonsense', true],
		['/chart/flows.png', true],
		['/chart/flows.svg', true],
		['/', false],
		['/trade', false],
		['/embedded', false],
		['/oembed', false],
		['/trade.csv', false],
		['/data/trade.csv', false]
	])('%s → %s', (path, ok) => {
		expect(frameable(path)).toBe(ok);
	});
});

describe('withFrameAncestors', () => {
	it.each([
		[null, true, 'frame-ancestors *'],
		[null, false, "frame-ancestors 'none'"],
		[
			"default-src 'self'; script-src 'self' 'nonce-abc'",
			false,
			"default-src 'self'; script-src 'self' 'nonce-abc'; frame-ancestors 'none'"
		],
		["default-src 'self'; frame-ancestors 'self';", true, "default-src 'self'; frame-ancestors *"]
	] as const)('%j, allow all %s → %j', (csp, allow, out) => {
		expect(withFrameAncestors(csp, allow)).toBe(out);
	});
});

describe('securityHeaders', () => {
	it('lets embeds be framed anywhere, without X-Frame-Options', () => {
		const h = securityHeaders('/embed/flows', 'text/html', "default-src 'self'");
		expect(h['content-security-policy']).toBe("default-src 'self'; frame-ancestors *");
		expect(h['x-frame-options']).toBeUndefined();
	});

	it('forbids framing everything else, both ways', () => {
		const h = securityHeaders('/trade', 'text/html', "default-src 'self'");
		expect(h['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'");
		expect(h['x-frame-options']).toBe('DENY');
	});

	it('gives SVG images a script-free policy of their own', () => {
		const h = securityHeaders('/chart/flows.svg', 'image/svg+xml', null);
		expect(h['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *");
		expect(h['x-content-type-options']).toBe('nosniff');
	});
});
