import { dataStore } from '$lib/server/dataStore';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => {
	const { issues, servingSince } = dataStore().health;
	return { dataIssueCount: issues.length, servingSince };
};
