import { SCHEME_COOKIE, schemeChoice } from '$lib/components/colorScheme.svelte';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals, cookies }) => {
	const { issues, servingSince } = locals.status;
	// The reader's colour scheme (ThemeSwitch), so the server paints the page in it: no flash.
	return { dataIssueCount: issues.length, servingSince, scheme: schemeChoice(cookies.get(SCHEME_COOKIE)) };
};
