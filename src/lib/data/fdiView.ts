import { shareOf } from './derive';
import { comparePeriods } from './period';
import { AGGREGATES } from './series';
import type { Dataset, FdiMeasure, FdiObservation, Iso3, Qualifier, Source } from './types';

export interface FdiPoint {
	period: string;
	year: number;
	/** Millions of the currency; negative net flows stay negative. */
	value: number;
	qualifier: Qualifier;
	/** Share of the same measure from all investors (WLD) in the same source and year, if published. */
	shareOfWorld: number | null;
	note: string;
	line: number;
}

/** One investor → host series of one measure from one source. */
export interface FdiSeries {
	investor: Iso3;
	host: Iso3;
	measure: FdiMeasure;
	currency: string;
	basis: string;
	source: Source;
	points: FdiPoint[];
}

/**
 * The FDI figures between two countries, both directions, one series per measure and source. Nothing is
 * combined across sources or measures: notified, arrived and net BoP flows mean different things.
 * @example fdiSeriesForPair(ds, 'KOR', 'NLD', 2000, 2020).map((s) => s.investor + '→' + s.host)
 *   → ['KOR→NLD', 'NLD→KOR']
 */
export function fdiSeriesForPair(dataset: Dataset, a: Iso3, b: Iso3, from: number, to: number): FdiSeries[] {
	const world = new Map<string, number>();
	for (const o of dataset.fdi) {
		if (o.investor === 'WLD') world.set(`${o.host}|${o.measure}|${o.source}|${o.period.key}`, o.value);
	}
	const groups = new Map<string, FdiObservation[]>();
	for (const o of dataset.fdi) {
		const pair = (o.investor === a && o.host === b) || (o.investor === b && o.host === a);
		if (!pair || o.period.year < from || o.period.year > to) continue;
		const key = [o.investor, o.host, o.measure, o.source, o.currency].join('|');
		groups.set(key, [...(groups.get(key) ?? []), o]);
	}
	return [...groups.values()]
		.map((obs) => {
			const first = obs[0] as FdiObservation;
			return {
				investor: first.investor,
				host: first.host,
				measure: first.measure,
				currency: first.currency,
				basis: first.basis,
				source: dataset.sources.get(first.source) as Source,
				points: [...obs]
					.sort((x, y) => comparePeriods(x.period, y.period))
					.map((o) => ({
						period: o.period.key,
						year: o.period.year,
						value: o.value / 1e6,
						qualifier: o.qualifier,
						shareOfWorld: shareOf(o.value, world.get(`${o.host}|${o.measure}|${o.source}|${o.period.key}`) ?? null),
						note: o.note,
						line: o.line
					}))
			};
		})
		.sort((x, y) => x.investor.localeCompare(y.investor) || x.measure.localeCompare(y.measure));
}

/** Years with any bilateral FDI figure for the pair. */
export function fdiYearSpan(dataset: Dataset, a: Iso3, b: Iso3): { min: number; max: number } | null {
	const years = dataset.fdi
		.filter((o) => !AGGREGATES.has(o.investor) && ((o.investor === a && o.host === b) || (o.investor === b && o.host === a)))
		.map((o) => o.period.year);
	return years.length ? { min: Math.min(...years), max: Math.max(...years) } : null;
}
