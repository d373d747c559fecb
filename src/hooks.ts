import type { Transport } from '@sveltejs/kit';
import { ServerDrawnSvg } from '$lib/embed/serverDrawnSvg';

/**
 * Values that cross from server loads to the browser in a form of their own. A server-drawn SVG is
 * already in the HTML as markup; its string is not sent a second time in the hydration data (the
 * browser keeps the server's nodes, see serverDrawnSvg.ts), which would double an embed's weight.
 */
export const transport: Transport = {
	ServerDrawnSvg: {
		encode: (value) => value instanceof ServerDrawnSvg && [],
		decode: () => new ServerDrawnSvg(ServerDrawnSvg.IN_PAGE)
	}
};
