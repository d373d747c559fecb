import { convertedPrecision, precisionOf, type Precision } from './format';
import { FxTable, type Conversion } from './fx';
import { m } from '../paraglide/messages';
import type { Claim, Dataset, FdiMeasure, Iso3, PairTotal, Qualifier, Source, Statement, UnitWord } from './types';

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
	published: { value: number; currency: string; precision: Precision };
	conversion: Conversion | null;
	qualifier: Qualifier;
	/** The reported figure's published precision (converted: as many significant digits). */
	precision: Precision | null;
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
	publishedValue: string;
	publishedUnit: UnitWord;
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
				qualifier: o.qualifier,
				publishedValue: o.publishedValue,
				publishedUnit: o.publishedUnit
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
			qualifier: o.qualifier,
			publishedValue: o.publishedValue,
			publishedUnit: o.publishedUnit
		}));
}

function compare(claim: Claim, c: Candidate, fx: FxTable, dataset: Dataset): ClaimComparison | null {
	const conversion = c.currency === claim.currency ? null : fx.conversion(c.currency, claim.currency, c.year);
	if (c.currency !== claim.currency && !conversion) return null;
	const value = (c.value * (conversion?.rate ?? 1)) / 1e6;
	const claimValue = claim.value / 1e6;
	// A product subset (machinery only) minus all goods is no difference of anything: none is computed.
	const plain = claim.qualifier === '' && c.qualifier === '' && !claim.product;
	return {
		side: c.side,
		reportedBy: c.reportedBy,
		source: dataset.sources.get(c.source) as Source,
		period: c.periodKey,
		yearsApart: Math.abs(c.year - claim.period.year),
		value,
		published: {
			value: c.value / 1e6,
			currency: c.currency,
			precision: precisionOf(c.publishedValue, c.publishedUnit)
		},
		conversion,
		qualifier: c.qualifier,
		precision: conversion
			? convertedPrecision(c.publishedValue, c.publishedUnit, value)
			: precisionOf(c.publishedValue, c.publishedUnit),
		difference: plain ? claimValue - value : null,
		differenceShare: plain && value !== 0 ? (claimValue - value) / value : null
	};
}

/** A trade claim's sharpest test: the pair's published total trade of the same year, never split. */
export interface TotalTest {
	total: PairTotal;
	source: Source;
	/** The claimed exports and imports of the same subject, partner and year, added up (millions), when
	 *  both are plain figures of all goods; else null. The total is set against this sum. */
	claimedSum: { value: number; claims: string[] } | null;
}

/**
 * The published trade totals a trade claim can be set against: same pair (either way round) and year.
 * @example totalTests(ds, claim 'hcss-2024-kor-imports-from-nld')
 *   → [{ total: { id: 'trade-total-kor-nld-2024', value: 14_980_000_000, … }, claimedSum: { value: 7344, … } }]
 */
export function totalTests(dataset: Dataset, claim: Claim): TotalTest[] {
	if (claim.topic !== 'trade' || claim.product) return [];
	const samePair = (a: Iso3, b: Iso3) =>
		(a === claim.subject && b === claim.partner) || (a === claim.partner && b === claim.subject);
	const pairClaims = dataset.claims.filter(
		(c) =>
			c.topic === 'trade' &&
			!c.product &&
			c.qualifier === '' &&
			c.subject === claim.subject &&
			c.partner === claim.partner &&
			c.period.key === claim.period.key &&
			c.currency === claim.currency
	);
	const ex = pairClaims.find((c) => c.flow === 'export');
	const im = pairClaims.find((c) => c.flow === 'import');
	return dataset.totals
		.filter((t) => t.measure === 'trade total' && samePair(t.subject, t.partner) && t.period.key === claim.period.key)
		.map((total) => ({
			total,
			source: dataset.sources.get(total.source) as Source,
			claimedSum:
				ex && im && total.currency === claim.currency
					? { value: (ex.value + im.value) / 1e6, claims: [ex.id, im.id] }
					: null
		}));
}

/** A share or ranking set against the data that can test it. */
export interface StatementReview {
	statement: Statement;
	source: Source;
	/** Shares: the same share computed from fdi.csv, one per measure with both figures that year. */
	shares: {
		measure: FdiMeasure;
		share: number;
		part: number;
		whole: number;
		partPrecision: Precision;
		wholePrecision: Precision;
		currency: string;
		sources: Source[];
	}[];
	/** Rankings: totals whose source states a ranking (their note says which). */
	evidence: { total: PairTotal; source: Source }[];
}

/**
 * Each share and ranking of statements.csv with its test: a share is recomputed from fdi.csv (the
 * subject's figure over the whole's, same year, host and measure; never across measures); a ranking
 * shows the totals whose source states one.
 * @example reviewStatements(ds)[0] → { statement: { value: 37, … }, shares: [{ measure: 'arrived', share: 0.438, … }, { measure: 'notified', share: 0.434, … }] }
 */
export function reviewStatements(dataset: Dataset): StatementReview[] {
	return dataset.statements.map((statement) => {
		const shares: StatementReview['shares'] = [];
		if (statement.kind === 'share' && statement.period) {
			const at = (investor: Iso3) =>
				dataset.fdi.filter(
					(o) => o.investor === investor && o.host === statement.partner && o.period.key === statement.period?.key
				);
			for (const part of at(statement.subject)) {
				const whole = at(statement.whole).find((w) => w.measure === part.measure && w.currency === part.currency);
				if (!whole || whole.value <= 0 || part.value < 0) continue;
				shares.push({
					measure: part.measure,
					share: part.value / whole.value,
					part: part.value / 1e6,
					whole: whole.value / 1e6,
					partPrecision: precisionOf(part.publishedValue, part.publishedUnit),
					wholePrecision: precisionOf(whole.publishedValue, whole.publishedUnit),
					currency: part.currency,
					sources: [...new Set([part.source, whole.source])].map((id) => dataset.sources.get(id) as Source)
				});
			}
		}
		return {
			statement,
			source: dataset.sources.get(statement.source) as Source,
			shares: shares.sort((a, b) => a.measure.localeCompare(b.measure)),
			evidence: statement.evidence.flatMap((id) => {
				const total = dataset.totals.find((t) => t.id === id);
				return total ? [{ total, source: dataset.sources.get(total.source) as Source }] : [];
			})
		};
	});
}

/**
 * The side of a comparison in the reader's language.
 * @example claimSideLabel('mirror') → 'mirror' (en), '상대국 보고' (ko), 'spiegel' (nl)
 */
export function claimSideLabel(side: ClaimComparison['side']): string {
	return side === 'mirror' ? m.claims_side_mirror() : m.claims_side_same();
}

const FDI_MEASURE_LABEL: Record<FdiMeasure, () => string> = {
	flow: () => m.claims_fdi_flow(),
	position: () => m.claims_fdi_position(),
	notified: () => m.claims_fdi_notified(),
	arrived: () => m.claims_fdi_arrived()
};

/**
 * What a claim is about, as its heading says it: who, to or from whom, which flow. A product subset
 * says so in its heading, so it never shares one with an all-goods claim. `name` turns a code into the
 * country's name in the reader's language.
 * @example claimSubject({ topic: 'trade', subject: 'KOR', partner: 'NLD', flow: 'import', product: '' }, name)
 *   → 'Korea imports from Netherlands' (en); 'Invoer van Zuid-Korea uit Nederland' (nl)
 * @example claimSubject({ topic: 'fdi', subject: 'KOR', partner: 'NLD', flow: 'flow' }, name) → 'Korea → Netherlands, FDI flow'
 */
export function claimSubject(
	claim: Pick<Claim, 'topic' | 'subject' | 'partner' | 'flow' | 'product'>,
	name: (code: Iso3) => string
): string {
	const subject = name(claim.subject);
	const partner = name(claim.partner);
	if (claim.topic === 'fdi') {
		const measure = FDI_MEASURE_LABEL[claim.flow as FdiMeasure]?.() ?? claim.flow;
		return m.claims_heading_fdi({ subject, partner, measure });
	}
	// The product cell names the subset, then describes it: its first word is the name ("machinery (…)" → "machinery").
	const product = claim.product ? claim.product.split(' ')[0] : '';
	if (claim.flow === 'export')
		return product
			? m.claims_heading_export_subset({ subject, partner, product })
			: m.claims_heading_export({ subject, partner });
	return product
		? m.claims_heading_import_subset({ subject, partner, product })
		: m.claims_heading_import({ subject, partner });
}
