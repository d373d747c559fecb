import { embedPageData } from '$lib/server/render/embedDrawings';
import type { PageServerLoad } from './$types';

// The same data as the server-drawn embed; this page runs in the browser (Chart.js, tooltips).
export const load: PageServerLoad = ({ params, url, request }) => embedPageData(params.chart, url, request.signal);
