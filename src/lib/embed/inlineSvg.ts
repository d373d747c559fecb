// A server-rendered chart SVG made ready to sit inside an HTML page: scalable to its box, and with ids
// of its own, since two SVGs in one document (the narrow and the wide drawing) would otherwise share
// clip-path ids and clip each other's marks.

/**
 * Strips the XML declaration, turns the fixed width and height into a viewBox (the SVG then follows
 * its box's width, keeping its proportions), prefixes every id and its url(#…) references, and hides
 * the drawing from assistive technology (the page gives the chart's name and a data table).
 * @example inlineSvg('<?xml version="1.0"?><svg width="640" height="360"><clipPath id="c"/><g clip-path="url(#c)"/></svg>', 'w')
 *   → '<svg viewBox="0 0 640 360" aria-hidden="true" focusable="false"><clipPath id="w-c"/><g clip-path="url(#w-c)"/></svg>'
 */
export function inlineSvg(svg: string, idPrefix: string): string {
	return svg
		.replace(/^\s*<\?xml[^>]*\?>\s*/, '')
		.replace(
			/<svg([^>]*?) width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/,
			(_, before: string, w: string, h: string) => {
				return `<svg${before} viewBox="0 0 ${w} ${h}" aria-hidden="true" focusable="false"`;
			}
		)
		.replace(/ id="([^"]+)"/g, (_, id: string) => ` id="${idPrefix}-${id}"`)
		.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${idPrefix}-${id})`);
}
