import { FxTable, type Conversion } from './fx';
import type { Claim, Dataset, Iso3, Qualifier, Source } from './types';

/** A reported figure set against a claim: the nearest period of one series. */
export interface ClaimComparison {
	/** 'same side': what the claim's subject reports; 'mirror': what the partner reports for the same flow. */
	side: 'same side' | 'mirror';
	reportedBy: Iso3;
	source: Source;
	period: string;
	yearsApart: number;
	/** In the claim's currency, millions (converted when published in another currency). */
	value: number;
	published: { value: number; currency: string };
	conversion: Conversion | null;
	qualifier: Qualifier;
	/** Claim minus reported, millions of the claim's currency; null when either is a qualified statement. */
	difference: number | null;
	/** The difference as a fraction of the reported figure. */
	differenceShare: number | null;
}

export interface ClaimReview {
	claim: Claim;
	source: Source;
	comparisons: ClaimComparison[];
}

interface Candidate {
	reportedBy: Iso3;
	side: ClaimComparison['side'];
	source: string;
	year: number;
	periodKey: string;
	value: number;
	currency: string;
	qualifier: Qualifier;
}

/**
 * For each claim, the nearest reported figure of every series that measures the same thing: the same
 * flow as reported by the claim's subject, and the mirror flow as reported by its partner (trade), or
 * the same investor, host and measure (FDI). Nearest = fewest years apart, the later one on a tie.
 * @example reviewClaims(ds)[i] for the 564 million claim
 *   → comparisons include KOR-reported imports from NLD, 2021 (9,200) and 2020 (6,223.8 via DOTS)
 */
export function reviewClaims(dataset: Dataset, filter?: { a: Iso3; b: Iso3 }): ClaimReview[] {
	const fx = new FxTable(dataset.fx);
	return dataset.claims
		.filter((c) => !filter || (c.subject === filter.a && c.partner === filter.b) || (c.subject === filter.b && c.partner === filter.a))
		.map((claim) => {
			const candidates = candidatesFor(dataset, claim);
			const bySeries = new Map<string, Candidate>();
			for (const c of candidates) {
				const key = `${c.side}|${c.source}|${c.currency}`;
				const best = bySeries.get(key);
				const d = Math.abs(c.year - claim.period.year);
				if (!best || d < Math.abs(best.year - claim.period.year) || (d === Math.abs(best.year - claim.period.year) && c.year > best.year)) {
					bySeries.set(key, c);
				}
			}
			const comparisons = [...bySeries.values()]
				.map((c) => compare(claim, c, fx, dataset))
				.filter((c): c is ClaimComparison => c !== null)
				.sort((x, y) => (x.side === y.side ? x.yearsApart - y.yearsApart : x.side === 'same side' ? -1 : 1));
			return { claim, source: dataset.sources.get(claim.source) as Source, comparisons };
		});
}

function candidatesFor(dataset: Dataset, claim: Claim): Candidate[] {
	if (claim.topic === 'fdi') {
		return dataset.fdi
			.filter((o) => o.investor === claim.subject && o.host === claim.partner && o.measure === claim.flow)
			.map((o) => ({
				reportedBy: o.investor,
				side: 'same side' as const,
				source: o.source,
				year: o.period.year,
				periodKey: o.period.key,
				value: o.value,
				currency: o.currency,
				qualifier: o.qualifier
			}));
	}
	const mirrorFlow = claim.flow === 'export' ? 'import' : 'export';
	return dataset.trade
		.filter(
			(o) =>
				(o.reporter === claim.subject && o.partner === claim.partner && o.flow === claim.flow) ||
				(o.reporter === claim.partner && o.partner === claim.subject && o.flow === mirrorFlow)
		)
		.map((o) => ({
			reportedBy: o.reporter,
			side: o.reporter === claim.subject ? ('same side' as const) : ('mirror' as const),
			source: o.source,
			year: o.period.year,
			periodKey: o.period.key,
			value: o.value,
			currency: o.currency,
			qualifier: o.qualifier
		}));
}

function compare(claim: Claim, c: Candidate, fx: FxTable, dataset: Dataset): ClaimComparison | null {
	const conversion = c.currency === claim.currency ? null : fx.conversion(c.currency, claim.currency, c.year);
	if (c.currency !== claim.currency && !conversion) return null;
	const value = (c.value * (conversion?.rate ?? 1)) / 1e6;
	const claimValue = claim.value / 1e6;
	const plain = claim.qualifier === '' && c.qualifier === '';
	return {
		side: c.side,
		reportedBy: c.reportedBy,
		source: dataset.sources.get(c.source) as Source,
		period: c.periodKey,
		yearsApart: Math.abs(c.year - claim.period.year),
		value,
		published: { value: c.value / 1e6, currency: c.currency },
		conversion,
		qualifier: c.qualifier,
		difference: plain ? claimValue - value : null,
		differenceShare: plain && value !== 0 ? (claimValue - value) / value : null
	};
}
