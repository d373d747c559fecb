import { redirect } from '@sveltejs/kit';
import { embedUrl, withLang } from '$lib/embed/links';
import { embedPageData } from '$lib/server/render/embedDrawings';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// The first response of an embed is the chart drawn on the server, as SVG in the HTML, and no app in
// the browser: a small script (staticEmbed.js) reports the height to the host page and, when the
// reader reaches for the chart (pointer, tap, keyboard focus), replaces the page with ./live, the
// interactive chart. Until then an embed weighs its HTML and that script.
export const csr = false;

export const load: PageServerLoad = async ({ params, url, locals, request }) => {
	const data = await embedPageData(requireStore(locals.store, locals.status), params.chart, url, request.signal);
	// No drawing (the renderer is too busy): the interactive page draws the chart in the browser.
	if (!data.drawings) redirect(307, embedUrl('', `${data.id}/live`, withLang(data.query), data.theme));
	return data;
};
