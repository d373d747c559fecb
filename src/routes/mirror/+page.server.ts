import { mirrorTable } from '$lib/data/mirror';
import { mirrorPageCharts, pairPageHeader } from '$lib/server/pageCharts';
import { requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

// Each direction's chart with its table, then the gap chart: what the page renders, not the view.
export const load: PageServerLoad = async ({ url, locals }) => {
	const page = await mirrorPageCharts(requireStore(locals.store, locals.status), url);
	const { flows, specs } = page;
	return {
		...pairPageHeader(page),
		directions: flows.map((flow, i) => ({ spec: specs[i] ?? null, table: mirrorTable(flow) })),
		gapSpec: flows.length ? (specs[flows.length] ?? null) : null,
		sourceIds: [...new Set(flows.flatMap((f) => [f.exporterSource.id, f.importerSource.id]))]
	};
};
