import { describe, expect, it } from 'vitest';
import { reviewClaims, reviewStatements, totalTests } from './claims';
import { loadDataDir } from './fixtures/dataDir';

const dataset = loadDataDir();
const claim = (id: string) => {
	const c = dataset.claims.find((x) => x.id === id);
	if (!c) throw new Error(`no claim ${id}`);
	return c;
};

describe('totalTests: a trade claim beside the total trade of its year (never split)', () => {
	it.each([
		// Korea's two claimed flows add up to 6.78 bn + 0.564 bn; MOTIE's total is 14.98 bn.
		['hcss-2024-kor-imports-from-nld', 7344],
		['hcss-2024-kor-exports-to-nld', 7344],
		// The Netherlands' claimed flows (10.2 + 5.07 bn) against the same total, either way round.
		['hcss-2024-nld-exports-to-kor', 15270]
	])('%s → total 14,980 against claimed sum %d', (id, sum) => {
		const [test] = totalTests(dataset, claim(id));
		expect(test?.total).toMatchObject({ id: 'trade-total-kor-nld-2024', value: 14_980_000_000, measure: 'trade total' });
		expect(test?.claimedSum?.value).toBeCloseTo(sum, 6);
	});

	it('has no total test for a product subset or an FDI claim', () => {
		expect(totalTests(dataset, claim('hcss-2023-nld-machinery-exports-to-kor'))).toEqual([]);
		expect(totalTests(dataset, claim('hcss-2023-kor-fdi-in-nld'))).toEqual([]);
	});
});

describe('reviewClaims: a product subset is never compared as all goods (defect 3)', () => {
	it('gives no difference for the machinery claim', () => {
		const review = reviewClaims(dataset).find((r) => r.claim.id === 'hcss-2023-nld-machinery-exports-to-kor');
		expect(review?.claim.product).toContain('machinery');
		expect(review?.comparisons.every((c) => c.difference === null)).toBe(true);
	});
});

describe('reviewStatements: shares recomputed from fdi.csv, rankings with their evidence', () => {
	const reviews = reviewStatements(dataset);
	const byId = (id: string) => reviews.find((r) => r.statement.id === id);

	it('the EU share of FDI into Korea in 2021: 43.8 % arrived, 43.4 % notified (MOTIE), against the claimed 37 %', () => {
		const r = byId('hcss-2021-eu-share-of-kor-fdi');
		expect(r?.statement.value).toBe(37);
		expect(r?.shares.map((s) => [s.measure, Math.round(s.share * 1000) / 10])).toEqual([
			['arrived', 43.8],
			['notified', 43.4]
		]);
	});

	it("the Netherlands' share of the EU's: no Dutch figure for 2021 in the data, so no test", () => {
		expect(byId('hcss-2021-nld-share-of-eu-fdi-in-kor')?.shares).toEqual([]);
	});

	it('rankings point at the totals whose source states a ranking', () => {
		expect(byId('hcss-nld-rank-kor-trade-partner-eu')?.evidence.map((e) => e.total.id)).toEqual([
			'trade-total-kor-nld-2024'
		]);
		expect(byId('hcss-kor-rank-nld-trade-partner-asia')?.evidence).toEqual([]);
	});
});
