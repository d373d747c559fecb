import { formatIssue } from '$lib/data/issues';
import { dataStore } from '$lib/server/dataStore';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const store = dataStore();
	const dataset = store.current;
	const usage = new Map<string, { trade: number; fdi: number; events: number; years: Set<number> }>();
	const use = (id: string) => {
		let u = usage.get(id);
		if (!u) usage.set(id, (u = { trade: 0, fdi: 0, events: 0, years: new Set() }));
		return u;
	};
	for (const o of dataset?.trade ?? []) {
		const u = use(o.source);
		u.trade++;
		u.years.add(o.period.year);
	}
	for (const o of dataset?.fdi ?? []) {
		const u = use(o.source);
		u.fdi++;
		u.years.add(o.period.year);
	}
	for (const e of dataset?.events ?? []) for (const s of e.sources) use(s).events++;
	return {
		sources: [...(dataset?.sources.values() ?? [])].map((s) => {
			const u = usage.get(s.id);
			const years = u ? [...u.years] : [];
			return {
				...s,
				trade: u?.trade ?? 0,
				fdi: u?.fdi ?? 0,
				events: u?.events ?? 0,
				years: years.length ? `${Math.min(...years)}–${Math.max(...years)}` : ''
			};
		}),
		status: {
			directory: store.health.directory,
			servingSince: store.health.servingSince,
			lastCheckedAt: store.health.lastCheckedAt,
			issues: store.health.issues.map(formatIssue)
		}
	};
};
