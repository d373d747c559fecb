import { embedPageData } from '$lib/server/render/embedDrawings';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// The same data as the server-drawn embed; this page runs in the browser (Chart.js, tooltips).
export const load: PageServerLoad = ({ params, url, locals, request }) =>
	embedPageData(requireStore(locals.store, locals.status), params.chart, url, request.signal);
