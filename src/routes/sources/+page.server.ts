import { formatIssue } from '$lib/data/issues';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const store = locals.store;
	const [sources, usage] = store ? await Promise.all([store.sources({}), store.sourceUsage()]) : [[], []];
	const byId = new Map(usage.map((u) => [u.id, u]));
	const status = locals.status;
	return {
		sources: sources.map((s) => {
			const u = byId.get(s.id);
			return {
				...s,
				trade: u?.trade ?? 0,
				fdi: u?.fdi ?? 0,
				events: u?.events ?? 0,
				years: u?.firstYear != null ? `${u.firstYear}–${u.lastYear}` : ''
			};
		}),
		status: {
			directory: status.directory,
			servingSince: status.servingSince,
			lastCheckedAt: status.lastCheckedAt,
			issues: status.issues.map(formatIssue)
		}
	};
};
