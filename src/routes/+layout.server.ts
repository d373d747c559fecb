import { SCHEME_COOKIE, schemeChoice } from '$lib/components/colorScheme.svelte';
import { dataStore } from '$lib/server/dataStore';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ cookies }) => {
	const { issues, servingSince } = dataStore().health;
	// The reader's colour scheme (ThemeSwitch), so the server paints the page in it: no flash.
	return { dataIssueCount: issues.length, servingSince, scheme: schemeChoice(cookies.get(SCHEME_COOKIE)) };
};
