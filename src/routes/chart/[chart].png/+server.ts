import { chartImageResponse } from '$lib/server/render/chartResponse';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, request }) =>
	chartImageResponse(params.chart, url, 'png', request.signal);
