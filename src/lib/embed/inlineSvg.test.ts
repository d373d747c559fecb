import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineSvg } from './inlineSvg';
import { EMBED_HEIGHT_MESSAGE, resizeScript } from './links';

describe('inlineSvg', () => {
	it.each([
		[
			'<?xml version="1.0" encoding="utf-8" ?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect/></svg>',
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" aria-hidden="true" focusable="false"><rect/></svg>'
		],
		[
			'<svg width="360" height="400"><clipPath id="cl_d"><rect/></clipPath><g clip-path="url(#cl_d)"/><g clip-path="url(#cl_12)"/><clipPath id="cl_12"/></svg>',
			'<svg viewBox="0 0 360 400" aria-hidden="true" focusable="false"><clipPath id="n-cl_d"><rect/></clipPath><g clip-path="url(#n-cl_d)"/><g clip-path="url(#n-cl_12)"/><clipPath id="n-cl_12"/></svg>'
		],
		// Text that looks like an id stays as it is.
		[
			'<svg width="1" height="2"><text>id="x" url(x)</text></svg>',
			'<svg viewBox="0 0 1 2" aria-hidden="true" focusable="false"><text>id="x" url(x)</text></svg>'
		]
	])('%s', (input, output) => {
		expect(inlineSvg(input, 'n')).toBe(output);
	});
});

describe('staticEmbed.js', () => {
	it('posts the height message the host snippet listens for', () => {
		const script = readFileSync(new URL('./staticEmbed.js', import.meta.url), 'utf8');
		expect(script).toContain(`type: '${EMBED_HEIGHT_MESSAGE}'`);
		expect(resizeScript('https://x.org')).toContain(JSON.stringify(EMBED_HEIGHT_MESSAGE));
	});
});
