import { describe, expect, it } from 'vitest';
import { loadDataDir } from './fixtures/dataDir';
import { pairTotals } from './pairTotals';

const dataset = loadDataDir();

describe('pairTotals', () => {
	it.each([
		['KOR', 'NLD', undefined, ['trade-total-kor-nld-2024', 'fdi-cumulative-notified-nld-kor-2024-09']],
		['NLD', 'KOR', 'trade total', ['trade-total-kor-nld-2024']],
		['KOR', 'NLD', 'cumulative notified FDI', ['fdi-cumulative-notified-nld-kor-2024-09']],
		['CHL', 'NZL', undefined, []]
	] as const)('%s–%s, %s → %j', (a, b, measure, ids) => {
		expect(pairTotals(dataset, a, b, measure).map((t) => t.total.id)).toEqual(ids);
	});

	it('carries the source', () => {
		expect(pairTotals(dataset, 'KOR', 'NLD', 'trade total')[0]?.source.id).toBe('etoday-2025-02-20-motie-nl');
	});
});
