import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const { issues, servingSince } = locals.status;
	return { dataIssueCount: issues.length, servingSince };
};
