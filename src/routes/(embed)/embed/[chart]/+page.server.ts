import { embedTheme } from '$lib/embed/links';
import { chartFromUrl } from '$lib/server/render/chartFromUrl';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// Only the one chart's spec travels to the browser: the embed must stay light.
export const load: PageServerLoad = async ({ params, url, locals }) => {
	const { id, spec, query } = await chartFromUrl(requireStore(locals.store, locals.status), params.chart, url);
	return { id, spec, query, theme: embedTheme(url.searchParams.get('theme')) };
};
