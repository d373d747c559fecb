import { error } from '@sveltejs/kit';
import { datasetOf, DOWNLOAD_CACHE, requireStore } from '$lib/server/views';
import { DATASET_NAMES, datasetCsv, datasetFileName, type DatasetName } from '../datasetCsv';
import type { RequestHandler } from './$types';

/** Rows per page of a streamed download: a whole matrix is never held as one string. */
const PAGE = 20_000;

export const GET: RequestHandler = async ({ params, locals }) => {
	const store = requireStore(locals.store, locals.status);
	if (!(DATASET_NAMES as readonly string[]).includes(params.dataset))
		error(404, `No data set "${params.dataset}". Data sets: ${DATASET_NAMES.join(', ')}.`);
	const name = params.dataset as DatasetName;
	const { loadedAt } = await store.version();
	const encoder = new TextEncoder();
	let offset = 0;
	// Each page is written by the same datasetCsv as a small file would be; pages after the first drop
	// the byte-order mark and the header row. The store is pinned, so all pages come from one version.
	const page = async (): Promise<string | null> => {
		if (name !== 'trade') {
			if (offset > 0) return null;
			offset = 1;
			const fdi = name === 'fdi' ? await store.fdi({}) : [];
			return datasetCsv(await datasetOf(store, { trade: [], fdi, claims: [] }), name);
		}
		const trade = await store.trade({ limit: PAGE, offset });
		if (trade.length === 0 && offset > 0) return null;
		const text = datasetCsv(await datasetOf(store, { trade, fdi: [], claims: [] }), name) ?? '';
		const first = offset === 0;
		offset += PAGE;
		if (trade.length < PAGE) offset = Infinity;
		return first ? text : '\r\n' + text.slice(text.indexOf('\r\n') + 2);
	};
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const text = offset === Infinity ? null : await page();
			if (text === null) controller.close();
			else if (text.length > 0 && !(text.startsWith('\r\n') && text.length === 2)) controller.enqueue(encoder.encode(text));
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8; header=present',
			'content-disposition': `attachment; filename="${datasetFileName(name, loadedAt)}"`,
			'cache-control': DOWNLOAD_CACHE
		}
	});
};
