import { describe, expect, it } from 'vitest';
import { withLocale } from '../i18n/locale';
import { countryName } from '../i18n/countryNames';
import { claimSideLabel, claimSubject, reviewClaims, reviewStatements, totalTests } from './claims';
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

describe("claimSubject and claimSideLabel: a claim's heading in the reader's language", () => {
	const name = (code: string) => countryName(code, dataset.countries.get(code)?.name);
	it.each([
		['en', 'hcss-2024-kor-imports-from-nld', 'Republic of Korea imports from Netherlands'],
		['ko', 'hcss-2024-kor-imports-from-nld', '대한민국의 수입(상대국 네덜란드)'],
		['nl', 'hcss-2024-kor-imports-from-nld', 'Invoer van Zuid-Korea uit Nederland'],
		['en', 'hcss-2023-nld-machinery-exports-to-kor', 'Netherlands machinery (a product subset) exports to Republic of Korea'],
		['ko', 'hcss-2023-nld-machinery-exports-to-kor', '네덜란드의 machinery 수출(상대국 대한민국, 일부 품목)'],
		['nl', 'hcss-2023-nld-machinery-exports-to-kor', 'Uitvoer van Nederland naar Zuid-Korea: machinery (een deel van de goederen)'],
		['en', 'hcss-2023-kor-fdi-in-nld', 'Republic of Korea → Netherlands, FDI flow'],
		['ko', 'hcss-2023-kor-fdi-in-nld', '대한민국 → 네덜란드 직접투자(흐름)'],
		['nl', 'hcss-2023-kor-fdi-in-nld', 'Zuid-Korea → Nederland, directe investeringen (stroom)']
	] as const)('%s: %s → %s', (locale, id, heading) => {
		expect(withLocale(locale, () => claimSubject(claim(id), name))).toBe(heading);
	});

	it.each([
		['en', 'same side', 'mirror'],
		['ko', '자국 보고', '상대국 보고'],
		['nl', 'zelfde land', 'spiegel']
	] as const)('%s: the two sides of a comparison', (locale, same, mirror) => {
		expect(withLocale(locale, () => [claimSideLabel('same side'), claimSideLabel('mirror')])).toEqual([same, mirror]);
	});
});
