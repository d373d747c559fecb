import { embedPageData } from '$lib/server/render/embedDrawings';
import type { PageServerLoad } from './$types';

// The first response of an embed is the chart drawn on the server, as SVG in the HTML, and no app in
// the browser: a small script (staticEmbed.js) reports the height to the host page and, when the
// reader reaches for the chart (pointer, tap, keyboard focus), replaces the page with ./live, the
// interactive chart. Until then an embed weighs its HTML and that script.
export const csr = false;

export const load: PageServerLoad = ({ params, url, request }) => embedPageData(params.chart, url, request.signal);
