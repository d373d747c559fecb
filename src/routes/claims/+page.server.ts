import { reviewClaims, reviewStatements, totalTests } from '$lib/data/claims';
import { claimsDataset, requireStore } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const dataset = await claimsDataset(requireStore(locals.store, locals.status));
	const names = Object.fromEntries([...dataset.countries.values()].map((c) => [c.code, c.name]));
	return {
		reviews: reviewClaims(dataset),
		names,
		statements: reviewStatements(dataset),
		totalTests: Object.fromEntries(dataset.claims.map((c) => [c.id, totalTests(dataset, c)]))
	};
};
