import { embedTheme } from '$lib/embed/links';
import { chartFromUrl } from '$lib/server/render/chartFromUrl';
import type { PageServerLoad } from './$types';

// Only the one chart's spec travels to the browser: the embed must stay light.
export const load: PageServerLoad = ({ params, url }) => {
	const { id, spec, query } = chartFromUrl(params.chart, url);
	return { id, spec, query, theme: embedTheme(url.searchParams.get('theme')) };
};
