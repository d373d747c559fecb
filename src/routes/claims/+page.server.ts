import { reviewClaims, reviewStatements, totalTests } from '$lib/data/claims';
import { servedDataset } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const dataset = servedDataset();
	const names = Object.fromEntries([...dataset.countries.values()].map((c) => [c.code, c.name]));
	return {
		reviews: reviewClaims(dataset),
		names,
		statements: reviewStatements(dataset),
		totalTests: Object.fromEntries(dataset.claims.map((c) => [c.id, totalTests(dataset, c)]))
	};
};
