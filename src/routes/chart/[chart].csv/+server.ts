import { chartCsvResponse } from '$lib/server/render/chartResponse';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) => chartCsvResponse(params.chart, url);
