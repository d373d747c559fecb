import { chartImageResponse } from '$lib/server/render/chartResponse';
import { requireStore } from '$lib/server/views';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, locals }) =>
	chartImageResponse(requireStore(locals.store, locals.status), params.chart, url, 'png');
