import { m } from '../paraglide/messages';
import { shareOf } from './derive';
import { precisionOf, type Precision } from './format';
import { comparePeriods } from './period';
import { AGGREGATES } from './series';
import type { Dataset, FdiMeasure, FdiObservation, Iso3, Qualifier, Source } from './types';

export interface FdiPoint {
	period: string;
	year: number;
	/** Millions of the currency; negative net flows stay negative. */
	value: number;
	qualifier: Qualifier;
	/** Share of the same measure from all investors (WLD) in the same source and year, if published and
	 *  meaningful: never of a negative figure or total (net disinvestment makes a "share" meaningless). */
	shareOfWorld: number | null;
	/** Why there is no share although a total exists, in the reader's language; '' otherwise. */
	shareNote: string;
	/** How precisely the figure was published. */
	precision: Precision;
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
						...shareOfAll(o.value, world.get(`${o.host}|${o.measure}|${o.source}|${o.period.key}`) ?? null),
						precision: precisionOf(o.publishedValue, o.publishedUnit),
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

/**
 * A share of all investors only where it means one: both the figure and the total are positive. A net
 * flow of −2,494 against a total of 8,409 is not "−29.7 % of all investment"; the values say more.
 * @example shareOfAll(500, 8409) → { shareOfWorld: 0.0595, shareNote: '' }
 * @example shareOfAll(-2494, 8409) → { shareOfWorld: null, shareNote: 'no share: the figure is negative (net disinvestment)' }
 */
export function shareOfAll(value: number, total: number | null): { shareOfWorld: number | null; shareNote: string } {
	if (total === null) return { shareOfWorld: null, shareNote: '' };
	if (value < 0) return { shareOfWorld: null, shareNote: m.fdi_no_share_negative() };
	if (total <= 0) return { shareOfWorld: null, shareNote: m.fdi_no_share_total() };
	return { shareOfWorld: shareOf(value, total), shareNote: '' };
}
