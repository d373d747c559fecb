import { comparePeriods } from './period';
import type { Dataset, Flow, Iso3, TradeObservation, TradeSeries } from './types';

/**
 * Groups trade observations into series: one per reporter, partner, flow, source and currency. Sources
 * are never spliced: a reporter with IMF and ministry figures for the same flow gets two series.
 * @example tradeSeries(ds, { reporter: 'KOR', partner: 'NLD' }) → [KOR→NLD export (imf-dots-2022), …]
 */
export function tradeSeries(
	dataset: Pick<Dataset, 'trade'>,
	filter: { reporter: Iso3; partner?: Iso3; flow?: Flow }
): TradeSeries[] {
	const bySeries = new Map<string, TradeObservation[]>();
	for (const o of byReporter(dataset).get(filter.reporter) ?? []) {
		if (filter.partner !== undefined && o.partner !== filter.partner) continue;
		if (filter.flow !== undefined && o.flow !== filter.flow) continue;
		const key = [o.reporter, o.partner, o.flow, o.source, o.currency].join('|');
		const list = bySeries.get(key);
		if (list) list.push(o);
		else bySeries.set(key, [o]);
	}
	return [...bySeries.values()].map((obs) => {
		const first = obs[0] as TradeObservation;
		const sorted = [...obs].sort((a, b) => comparePeriods(a.period, b.period));
		return {
			reporter: first.reporter,
			partner: first.partner,
			flow: first.flow,
			source: first.source,
			currency: first.currency,
			valuation: first.valuation,
			concept: first.concept,
			points: sorted.map((o) => ({
				period: o.period,
				value: o.value,
				qualifier: o.qualifier,
				publishedValue: o.publishedValue,
				publishedUnit: o.publishedUnit,
				note: o.note
			}))
		};
	});
}

// Observations by reporter, built once per data set: a view queries one reporter, and scanning all
// rows of a large matrix for each request would cost a second.
const reporterIndex = new WeakMap<object, Map<Iso3, TradeObservation[]>>();

function byReporter(dataset: Pick<Dataset, 'trade'>): Map<Iso3, TradeObservation[]> {
	let index = reporterIndex.get(dataset.trade);
	if (!index) {
		index = new Map();
		for (const o of dataset.trade) {
			const list = index.get(o.reporter);
			if (list) list.push(o);
			else index.set(o.reporter, [o]);
		}
		reporterIndex.set(dataset.trade, index);
	}
	return index;
}

/**
 * Every (reporter, partner) pair with bilateral figures, aggregates such as WLD left out as partners of
 * their own, sorted so the default pair is stable: alphabetical by reporter, then partner.
 * @example tradePairs(ds) → [{ reporter: 'KOR', partner: 'NLD' }, { reporter: 'NLD', partner: 'KOR' }]
 */
export function tradePairs(
	dataset: Pick<Dataset, 'trade'>,
	aggregates: ReadonlySet<Iso3> = AGGREGATES
): { reporter: Iso3; partner: Iso3 }[] {
	const keys = new Set<string>();
	for (const o of dataset.trade) {
		if (aggregates.has(o.partner) || aggregates.has(o.reporter)) continue;
		keys.add(`${o.reporter}|${o.partner}`);
	}
	return [...keys]
		.sort()
		.map((k) => {
			const [reporter, partner] = k.split('|') as [Iso3, Iso3];
			return { reporter, partner };
		});
}

/** Partner codes that stand for groups of countries rather than one economy. */
export const AGGREGATES: ReadonlySet<Iso3> = new Set(['WLD', 'EUU', 'EUN', 'EU27', 'OECD']);

/** The range of years with any figure for a pair, either side reporting. @example → { min: 1960, max: 2022 } */
export function yearSpan(
	dataset: Pick<Dataset, 'trade'>,
	a: Iso3,
	b: Iso3
): { min: number; max: number } | null {
	let min = Infinity;
	let max = -Infinity;
	for (const o of dataset.trade) {
		if (!((o.reporter === a && o.partner === b) || (o.reporter === b && o.partner === a))) continue;
		min = Math.min(min, o.period.year);
		max = Math.max(max, o.period.year);
	}
	return Number.isFinite(min) ? { min, max } : null;
}
