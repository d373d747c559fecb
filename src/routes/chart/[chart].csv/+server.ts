import { chartCsvResponse } from '$lib/server/render/chartResponse';
import { requireStore } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, locals }) =>
	chartCsvResponse(requireStore(locals.store, locals.status), params.chart, url);
