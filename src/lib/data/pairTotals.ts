import type { Dataset, Iso3, PairTotal, Source } from './types';

/**
 * The totals of a pair (either way round) from totals.csv, of one measure or all, with their sources:
 * shown as what they are (a total, a cumulative stock), never split into flows or drawn as one.
 * @example pairTotals(ds, 'KOR', 'NLD', 'trade total') → [{ total: { id: 'trade-total-kor-nld-2024', … }, source: { publisher: 'eToday …' } }]
 */
export function pairTotals(
	dataset: Pick<Dataset, 'totals' | 'sources'>,
	a: Iso3,
	b: Iso3,
	measure?: PairTotal['measure']
): { total: PairTotal; source: Source }[] {
	return dataset.totals
		.filter(
			(t) =>
				((t.subject === a && t.partner === b) || (t.subject === b && t.partner === a)) &&
				(measure === undefined || t.measure === measure)
		)
		.map((total) => ({ total, source: dataset.sources.get(total.source) as Source }));
}
