import { error } from '@sveltejs/kit';
import { servedDataset } from '$lib/server/views';
import { DATASET_NAMES, datasetCsv, datasetFileName, type DatasetName } from '../datasetCsv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	const dataset = servedDataset();
	const body = datasetCsv(dataset, params.dataset);
	if (body === null) error(404, `No data set "${params.dataset}". Data sets: ${DATASET_NAMES.join(', ')}.`);
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${datasetFileName(params.dataset as DatasetName, dataset.loadedAt)}"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
