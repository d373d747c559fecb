import {
	currencyCode,
	decimal,
	publishedDecimal,
	iso3,
	oneOf,
	parseCsvTable,
	requiredText,
	text,
	type CellParser,
	type CellResult,
	type ParsedRow
} from './csvTable';
import { EVENT_DATE_EXPECTED, PERIOD_EXPECTED, parseEventDate, parsePeriod } from './period';
import {
	FDI_MEASURES,
	FLOWS,
	QUALIFIERS,
	TRADE_CONCEPTS,
	UNIT_MULTIPLIERS,
	VALUATIONS,
	type Claim,
	type Country,
	type Dataset,
	type FxRate,
	type FdiObservation,
	type ParseIssue,
	type PairTotal,
	type Period,
	type PolicyEvent,
	type SeriesBreak,
	type Statement,
	type ProductTradeObservation,
	type Source,
	type TradeObservation,
	type UnitWord
} from './types';
import { capIssues } from './issues';

/** The files of a data set, by name. trade.csv and sources.csv are required; the rest are optional. */
export const DATA_FILES = {
	sources: 'sources.csv',
	trade: 'trade.csv',
	fdi: 'fdi.csv',
	events: 'events.csv',
	countries: 'countries.csv',
	fx: 'fx.csv',
	claims: 'claims.csv',
	totals: 'totals.csv',
	statements: 'statements.csv',
	breaks: 'breaks.csv'
} as const;

export type DataFileTexts = Partial<Record<keyof typeof DATA_FILES, string>>;

const period: CellParser<Period> = (raw) => {
	const p = parsePeriod(raw);
	return p ? { ok: true, value: p } : { ok: false, expected: PERIOD_EXPECTED };
};
const unitWord = oneOf(Object.keys(UNIT_MULTIPLIERS) as UnitWord[]);

/**
 * Multiplies a published figure out to full units without binary noise, so 3987.1 million reads back as
 * exactly 3987.1 when divided by a million again.
 * @example toFullUnits(3987.1, 'millions') → 3987100000
 */
export function toFullUnits(value: number, unit: UnitWord): number {
	return Number((value * UNIT_MULTIPLIERS[unit]).toPrecision(15));
}

/**
 * The inverse: a full-units value back in the unit the source printed it in, as written in the file.
 * @example toPublishedUnits(3987104000, 'millions') → 3987.104
 */
export function toPublishedUnits(value: number, unit: UnitWord): number {
	return Number((value / UNIT_MULTIPLIERS[unit]).toPrecision(15));
}

/**
 * Parses and validates every file of a data set. Either everything is good and a Dataset comes back,
 * or the issues do and no Dataset: a data set is never half-applied.
 * @example buildDataset({ sources, trade }) → { dataset: Dataset, issues: [] }
 */
export function buildDataset(
	files: DataFileTexts,
	loadedAt: Date = new Date()
): { dataset: Dataset | null; issues: ParseIssue[] } {
	const issues: ParseIssue[] = [];
	for (const name of ['sources', 'trade'] as const) {
		if (files[name] === undefined) {
			issues.push({ file: DATA_FILES[name], line: 0, column: '', value: '', expected: 'the file to exist' });
		}
	}

	const sourcesTable = parseCsvTable(files.sources ?? '', DATA_FILES.sources, {
		id: { parse: requiredText('a source id') },
		title: { parse: requiredText('a title') },
		publisher: { parse: requiredText('a publisher') },
		url: { parse: url },
		vintage: { parse: text, optional: true },
		accessed: { parse: text, optional: true },
		notes: { parse: text, optional: true }
	}, { required: true });
	issues.push(...sourcesTable.issues);
	const sources = new Map<string, Source>();
	for (const { line, value } of sourcesTable.rows) {
		if (sources.has(value.id)) {
			issues.push({ file: DATA_FILES.sources, line, column: 'id', value: value.id, expected: 'a unique source id' });
		}
		sources.set(value.id, value);
	}
	const knownSource: CellParser<string> = (raw) =>
		sources.has(raw.trim())
			? { ok: true, value: raw.trim() }
			: { ok: false, expected: `a source id defined in ${DATA_FILES.sources}` };

	const countries = new Map<string, Country>();
	if (files.countries !== undefined) {
		const table = parseCsvTable(files.countries, DATA_FILES.countries, {
			code: { parse: iso3 },
			name: { parse: requiredText('a country name') }
		});
		issues.push(...table.issues);
		for (const { value } of table.rows) countries.set(value.code, value);
	}

	const { trade, productTrade } = parseTrade(files.trade ?? '', knownSource, issues);
	const fdi = files.fdi === undefined ? [] : parseFdi(files.fdi, knownSource, issues);
	const events = files.events === undefined ? [] : parseEvents(files.events, sources, issues);
	const fx = files.fx === undefined ? [] : parseFx(files.fx, knownSource, issues);
	const claims = files.claims === undefined ? [] : parseClaims(files.claims, knownSource, issues);

	const { totals, statements, breaks } = parseTotalsStatementsBreaks(files, knownSource, issues);

	if (countries.size > 0) checkCountries(countries, trade, fdi, claims, issues);

	// Capped: a file of random bytes gives millions of issues (see IssueList).
	if (issues.length > 0) return { dataset: null, issues: capIssues(issues) };
	return {
		dataset: {
			sources,
			trade,
			productTrade,
			fdi,
			events,
			countries,
			fx,
			claims,
			totals,
			statements,
			breaks,
			loadedAt: loadedAt.toISOString()
		},
		issues
	};
}

/**
 * Reads trade.csv. Rows with a product code are a product subset and come back apart from the all-goods
 * rows, so no view that sums or draws all goods can pick one up by accident.
 */
function parseTrade(
	textIn: string,
	knownSource: CellParser<string>,
	issues: ParseIssue[]
): { trade: TradeObservation[]; productTrade: ProductTradeObservation[] } {
	const table = parseCsvTable(textIn, DATA_FILES.trade, {
		period: { parse: period },
		reporter: { parse: iso3 },
		partner: { parse: iso3 },
		flow: { parse: oneOf(FLOWS) },
		value: { parse: publishedDecimal },
		currency: { parse: currencyCode },
		unit: { parse: unitWord },
		valuation: { parse: oneOf(VALUATIONS) },
		concept: { parse: oneOf(TRADE_CONCEPTS) },
		qualifier: { parse: oneOf(QUALIFIERS), optional: true },
		source: { parse: knownSource },
		note: { parse: text, optional: true },
		product_classification: { parse: text, optional: true },
		product_code: { parse: productCode, optional: true },
		product_label: { parse: text, optional: true }
	}, { required: true });
	issues.push(...table.issues);
	checkAmounts(DATA_FILES.trade, table.rows, issues);
	const observations: (TradeObservation | ProductTradeObservation)[] = table.rows.map(({ line, value: r }) => ({
		...productOf(r, line, issues),
		period: r.period,
		reporter: r.reporter,
		partner: r.partner,
		flow: r.flow,
		value: toFullUnits(r.value.value, r.unit),
		publishedValue: r.value.text,
		currency: r.currency,
		publishedUnit: r.unit,
		valuation: r.valuation,
		concept: r.concept,
		qualifier: r.qualifier,
		source: r.source,
		note: r.note,
		line
	}));
	checkDuplicates(
		DATA_FILES.trade,
		observations,
		(o) => {
			const product = 'product' in o ? [o.product.classification, o.product.code] : ['', ''];
			return [o.period.key, o.reporter, o.partner, o.flow, o.source, ...product].join('|');
		},
		issues
	);
	for (const o of observations) {
		if (o.reporter === o.partner) {
			issues.push({
				file: DATA_FILES.trade,
				line: o.line,
				column: 'partner',
				value: o.partner,
				expected: 'a partner different from the reporter'
			});
		}
	}
	const trade: TradeObservation[] = [];
	const productTrade: ProductTradeObservation[] = [];
	for (const o of observations) {
		if ('product' in o) productTrade.push(o);
		else trade.push(o);
	}
	return { trade, productTrade };
}

/** A product code as published: letters, digits, '.', '-' (HS "8486", SITC "7.1", "TOTAL" is not a product). */
const productCode: CellParser<string> = (raw) => {
	const code = raw.trim();
	if (code === '' || /^[0-9A-Za-z][0-9A-Za-z.\-]{0,19}$/.test(code)) return { ok: true, value: code };
	return { ok: false, expected: 'a product code of letters, digits, "." or "-" (empty for all goods)' };
};

/**
 * The product of a trade row, when it has one. A code needs its classification, and a classification or
 * label without a code is an error: either would silently turn a product figure into an all-goods one.
 * @example productOf({ product_classification: 'HS', product_code: '84', product_label: 'Machinery' }, 7, [])
 *   → { product: { classification: 'HS', code: '84', label: 'Machinery' } }
 */
function productOf(
	r: { product_classification: string; product_code: string; product_label: string },
	line: number,
	issues: ParseIssue[]
): { product?: ProductTradeObservation['product'] } {
	if (r.product_code === '') {
		for (const column of ['product_classification', 'product_label'] as const) {
			if (r[column] !== '') {
				issues.push({
					file: DATA_FILES.trade,
					line,
					column: 'product_code',
					value: '',
					expected: `a product code, since ${column} is filled in (leave all three product columns empty for all goods)`
				});
				break;
			}
		}
		return {};
	}
	if (r.product_classification === '') {
		issues.push({
			file: DATA_FILES.trade,
			line,
			column: 'product_classification',
			value: '',
			expected: 'the classification of the product code (e.g. HS, SITC)'
		});
	}
	return { product: { classification: r.product_classification, code: r.product_code, label: r.product_label } };
}

function parseFdi(textIn: string, knownSource: CellParser<string>, issues: ParseIssue[]): FdiObservation[] {
	const table = parseCsvTable(textIn, DATA_FILES.fdi, {
		period: { parse: period },
		investor: { parse: iso3 },
		host: { parse: iso3 },
		measure: { parse: oneOf(FDI_MEASURES) },
		value: { parse: publishedDecimal },
		currency: { parse: currencyCode },
		unit: { parse: unitWord },
		basis: { parse: requiredText('a description of the statistical basis') },
		qualifier: { parse: oneOf(QUALIFIERS), optional: true },
		source: { parse: knownSource },
		note: { parse: text, optional: true }
	});
	issues.push(...table.issues);
	checkAmounts(DATA_FILES.fdi, table.rows, issues);
	const observations = table.rows.map(({ line, value: r }) => ({
		period: r.period,
		investor: r.investor,
		host: r.host,
		measure: r.measure,
		value: toFullUnits(r.value.value, r.unit),
		publishedValue: r.value.text,
		currency: r.currency,
		publishedUnit: r.unit,
		basis: r.basis,
		qualifier: r.qualifier,
		source: r.source,
		note: r.note,
		line
	}));
	checkDuplicates(
		DATA_FILES.fdi,
		observations,
		(o) => [o.period.key, o.investor, o.host, o.measure, o.source].join('|'),
		issues
	);
	return observations;
}

function parseEvents(textIn: string, sources: Map<string, Source>, issues: ParseIssue[]): PolicyEvent[] {
	const table = parseCsvTable(textIn, DATA_FILES.events, {
		date: {
			parse: (raw) => {
				const d = parseEventDate(raw);
				return d ? { ok: true, value: { raw: raw.trim(), ...d } } : { ok: false, expected: EVENT_DATE_EXPECTED };
			}
		},
		title: { parse: boundedText('an event title', EVENT_TITLE_MAX) },
		description: { parse: text, optional: true },
		source: {
			parse: (raw) => {
				const ids = raw.split(';').map((s) => s.trim()).filter(Boolean);
				const unknown = ids.filter((id) => !sources.has(id));
				if (ids.length === 0 || unknown.length > 0) {
					return { ok: false, expected: `source ids defined in ${DATA_FILES.sources}, separated by ';'` };
				}
				return { ok: true, value: ids };
			}
		}
	});
	issues.push(...table.issues);
	return table.rows
		.map(({ value: r }) => ({
			date: r.date.raw,
			start: r.date.start,
			precision: r.date.precision,
			title: r.title,
			description: r.description,
			sources: r.source
		}))
		.sort((a, b) => a.start.getTime() - b.start.getTime());
}

function parseFx(textIn: string, knownSource: CellParser<string>, issues: ParseIssue[]): FxRate[] {
	const table = parseCsvTable(textIn, DATA_FILES.fx, {
		year: { parse: year },
		base: { parse: currencyCode },
		quote: { parse: currencyCode },
		rate: { parse: fxRate },
		source: { parse: knownSource },
		note: { parse: text, optional: true }
	});
	issues.push(...table.issues);
	const rates = table.rows.map(({ line, value }) => ({ ...value, line }));
	// One rate per pair and year: a second one (another source) would make conversions ambiguous.
	const seen = new Map<string, FxRate>();
	for (const r of rates) {
		const key = `${r.year}|${r.base}|${r.quote}`;
		const first = seen.get(key);
		if (first) {
			issues.push({
				file: DATA_FILES.fx,
				line: r.line,
				column: 'rate',
				value: String(r.rate),
				expected: `one rate per currency pair and year (line ${first.line} already gives ${r.base}→${r.quote} for ${r.year})`
			});
		} else seen.set(key, r);
	}
	return rates;
}

function parseClaims(textIn: string, knownSource: CellParser<string>, issues: ParseIssue[]): Claim[] {
	const table = parseCsvTable(textIn, DATA_FILES.claims, {
		id: { parse: requiredText('a claim id') },
		period: { parse: period },
		topic: { parse: oneOf(['trade', 'fdi'] as const) },
		subject: { parse: iso3 },
		partner: { parse: iso3 },
		flow: { parse: oneOf([...FLOWS, ...FDI_MEASURES]) },
		value: { parse: publishedDecimal },
		currency: { parse: currencyCode },
		unit: { parse: unitWord },
		qualifier: { parse: oneOf(QUALIFIERS), optional: true },
		claimant: { parse: requiredText('who made the claim') },
		source: { parse: knownSource },
		statement: { parse: requiredText('the claim in words') },
		product: { parse: text, optional: true }
	});
	issues.push(...table.issues);
	checkAmounts(DATA_FILES.claims, table.rows, issues);
	return table.rows.map(({ line, value: r }) => ({
		id: r.id,
		period: r.period,
		topic: r.topic,
		subject: r.subject,
		partner: r.partner,
		flow: r.flow,
		value: toFullUnits(r.value.value, r.unit),
		publishedValue: r.value.text,
		currency: r.currency,
		publishedUnit: r.unit,
		qualifier: r.qualifier,
		claimant: r.claimant,
		source: r.source,
		statement: r.statement,
		product: r.product,
		line
	}));
}

const year: CellParser<number> = (raw) =>
	/^\d{4}$/.test(raw.trim()) ? { ok: true, value: Number(raw.trim()) } : { ok: false, expected: 'a four-digit year' };

/** Limits of the data contract (data/README.md, "Limits"), enforced here. */
export const LIMITS = {
	/** Largest full value (value × unit) of a figure, in its currency: above any country's annual trade
	 * or investment in any currency in use, far below where a mistyped exponent lands. */
	maxAmount: 1e18,
	/** Smallest non-zero full value: a hundredth of the currency unit. */
	minAmount: 0.01,
	/** Exchange rates (quote per base): wide enough for hyperinflation-era currencies and their inverses. */
	minRate: 1e-30,
	maxRate: 1e30
} as const;
export const EVENT_TITLE_MAX = 60;

/** @example sci(1e18) → '1e18' */
const sci = (n: number) => n.toExponential().replace('e+', 'e');

/** An exchange rate: a decimal the double holds as written, positive and within LIMITS. */
const fxRate: CellParser<number> = (raw) => {
	const n = decimal(raw);
	if (!n.ok) return n;
	return n.value >= LIMITS.minRate && n.value <= LIMITS.maxRate
		? n
		: { ok: false, expected: `a positive rate between ${sci(LIMITS.minRate)} and ${sci(LIMITS.maxRate)}` };
};

/**
 * Text of at most `max` characters, counted as people count them (code points: '🇳🇱' is two, '한' one),
 * as the contract's length limits are.
 * @example boundedText('an event title', 60)('x'.repeat(61)) → error 'an event title of at most 60 characters (this one has 61)'
 */
function boundedText(what: string, max: number): CellParser<string> {
	const required = requiredText(what);
	return (raw) => {
		const r = required(raw);
		if (!r.ok) return r;
		const length = [...r.value].length;
		return length <= max ? r : { ok: false, expected: `${what} of at most ${max} characters (this one has ${length})` };
	};
}

/**
 * Every figure's full value (value × unit) within LIMITS for a currency amount: a value that passes as a
 * number but multiplies out to 1e314 dollars is a typing error, not a statistic.
 */
function checkAmounts(
	file: string,
	rows: { line: number; value: { value: { value: number; text: string }; unit: UnitWord; currency: string } }[],
	issues: ParseIssue[]
): void {
	for (const { line, value: r } of rows) {
		const full = Math.abs(r.value.value * UNIT_MULTIPLIERS[r.unit]);
		if (full === 0 || (full >= LIMITS.minAmount && full <= LIMITS.maxAmount)) continue;
		const size = `${r.currency} in size (this is ${r.value.text} ${r.unit})`;
		const expected =
			full > LIMITS.maxAmount
				? `a full value (value × unit) of at most ${sci(LIMITS.maxAmount)} ${size}`
				: `a full value (value × unit) of 0 or at least ${LIMITS.minAmount} ${size}`;
		issues.push({ file, line, column: 'value', value: r.value.text, expected });
	}
}

/** When countries.csv is given, every country code used must be named there, so no page shows a bare code. */
function checkCountries(
	countries: Map<string, Country>,
	trade: TradeObservation[],
	fdi: FdiObservation[],
	claims: Claim[],
	issues: ParseIssue[]
): void {
	const expected = `a country code listed in ${DATA_FILES.countries}`;
	const check = (file: string, line: number, column: string, code: string) => {
		if (!countries.has(code)) issues.push({ file, line, column, value: code, expected });
	};
	for (const o of trade) {
		check(DATA_FILES.trade, o.line, 'reporter', o.reporter);
		check(DATA_FILES.trade, o.line, 'partner', o.partner);
	}
	for (const o of fdi) {
		check(DATA_FILES.fdi, o.line, 'investor', o.investor);
		check(DATA_FILES.fdi, o.line, 'host', o.host);
	}
	for (const c of claims) {
		check(DATA_FILES.claims, c.line, 'subject', c.subject);
		check(DATA_FILES.claims, c.line, 'partner', c.partner);
	}
}

/** Two rows with the same key are one figure stated twice: an error, louder when the values differ. */
function checkDuplicates<T extends { line: number; value: number; publishedUnit: UnitWord }>(
	file: string,
	rows: T[],
	key: (row: T) => string,
	issues: ParseIssue[]
): void {
	const seen = new Map<string, T>();
	for (const row of rows) {
		const k = key(row);
		const first = seen.get(k);
		if (!first) {
			seen.set(k, row);
			continue;
		}
		// Show values as written in the file, not multiplied out to full units.
		const asWritten = (r: T) => String(toPublishedUnits(r.value, r.publishedUnit));
		issues.push({
			file,
			line: row.line,
			column: 'value',
			value: asWritten(row),
			expected:
				first.value === row.value
					? `a unique row (the same figure is already on line ${first.line})`
					: `a unique row: line ${first.line} has the same period, countries, flow and source with a different value (${asWritten(first)} ${first.publishedUnit})`
		});
	}
}

const url: CellParser<string> = (raw) => {
	const v = raw.trim();
	if (v === '') return { ok: true, value: '' };
	try {
		const u = new URL(v);
		if (u.protocol === 'http:' || u.protocol === 'https:') return { ok: true, value: v };
	} catch {
		// fall through to the error below
	}
	return { ok: false, expected: 'an http(s) URL, or empty when the source has none' };
};

const optionalPeriod: CellParser<Period | null> = (raw) => (raw.trim() === '' ? { ok: true, value: null } : period(raw));
const optionalIso3: CellParser<string> = (raw) => (raw.trim() === '' ? { ok: true, value: '' } : iso3(raw));

/**
 * Reads the optional totals.csv, statements.csv and breaks.csv (each absent → none). A statement's
 * evidence must name a total that exists, so a ranking can never point at nothing.
 * @example parseTotalsStatementsBreaks({ breaks: 'period,reporter,source,…\n1999,NLD,imf-dots-2022,…' }, known, [])
 *   → { totals: [], statements: [], breaks: [{ period: 1999, reporter: 'NLD', … }] }
 */
export function parseTotalsStatementsBreaks(
	files: DataFileTexts,
	knownSource: CellParser<string>,
	issues: ParseIssue[]
): { totals: PairTotal[]; statements: Statement[]; breaks: SeriesBreak[] } {
	const totals: PairTotal[] = [];
	if (files.totals !== undefined) {
		const table = parseCsvTable(files.totals, DATA_FILES.totals, {
			id: { parse: requiredText('a unique id') },
			period: { parse: period },
			subject: { parse: iso3 },
			partner: { parse: iso3 },
			measure: { parse: oneOf(['trade total', 'cumulative notified FDI'] as const) },
			value: { parse: publishedDecimal },
			currency: { parse: currencyCode },
			unit: { parse: unitWord },
			basis: { parse: requiredText('the statistical basis') },
			qualifier: { parse: oneOf(QUALIFIERS), optional: true },
			source: { parse: knownSource },
			note: { parse: text, optional: true }
		});
		issues.push(...table.issues);
		checkAmounts(DATA_FILES.totals, table.rows, issues);
		for (const { line, value: r } of table.rows) {
			totals.push({
				...r,
				value: toFullUnits(r.value.value, r.unit),
				publishedValue: r.value.text,
				publishedUnit: r.unit,
				line
			});
		}
	}
	const totalIds = new Set(totals.map((t) => t.id));
	const statements: Statement[] = [];
	if (files.statements !== undefined) {
		const table = parseCsvTable(files.statements, DATA_FILES.statements, {
			id: { parse: requiredText('a unique id') },
			period: { parse: optionalPeriod },
			kind: { parse: oneOf(['share', 'ranking'] as const) },
			subject: { parse: iso3 },
			whole: { parse: optionalIso3, optional: true },
			partner: { parse: iso3 },
			value: { parse: publishedDecimal },
			among: { parse: text, optional: true },
			evidence: {
				parse: (raw): CellResult<string[]> => {
					const ids = raw.split(';').map((s) => s.trim()).filter(Boolean);
					return ids.every((id) => totalIds.has(id))
						? { ok: true, value: ids }
						: { ok: false, expected: `ids defined in ${DATA_FILES.totals}, separated by ';' (or empty)` };
				},
				optional: true
			},
			claimant: { parse: requiredText('who made the statement') },
			source: { parse: knownSource },
			statement: { parse: requiredText('the statement in words') }
		});
		issues.push(...table.issues);
		for (const { line, value: r } of table.rows) {
			statements.push({ ...r, value: r.value.value, publishedValue: r.value.text, line });
		}
	}
	const breaks: SeriesBreak[] = [];
	if (files.breaks !== undefined) {
		const table = parseCsvTable(files.breaks, DATA_FILES.breaks, {
			period: { parse: period },
			reporter: { parse: iso3 },
			source: { parse: knownSource },
			description: { parse: requiredText('a one-sentence description') },
			evidence: { parse: requiredText('the evidence for the break') },
			evidence_source: { parse: knownSource }
		});
		issues.push(...table.issues);
		for (const { line, value: r } of table.rows) {
			const { evidence_source: evidenceSource, ...rest } = r;
			breaks.push({ ...rest, evidenceSource, line });
		}
	}
	return { totals, statements, breaks };
}

export type { ParsedRow };
