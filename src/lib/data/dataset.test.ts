import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset, toFullUnits, type DataFileTexts } from './dataset';
import { readDataDir } from './fixtures/dataDir';
import { formatIssue } from './issues';
import { EVENT_DATE_EXPECTED, PERIOD_EXPECTED } from './period';
import type { ParseIssue } from './types';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The good fixture set (see fixtures/README.md), with some files replaced. */
function files(replace: Partial<Record<keyof DataFileTexts, string | undefined>> = {}): DataFileTexts {
	const base: DataFileTexts = {
		sources: fixture('sources.csv'),
		countries: fixture('countries.csv'),
		trade: fixture('trade.csv'),
		fdi: fixture('fdi.csv'),
		events: fixture('events.csv')
	};
	const out: DataFileTexts = { ...base, ...replace };
	for (const [k, v] of Object.entries(replace)) if (v === undefined) delete out[k as keyof DataFileTexts];
	return out;
}

describe('buildDataset on the good fixtures', () => {
	const loadedAt = new Date(Date.UTC(2024, 4, 6, 12, 0, 0));
	const { dataset, issues } = buildDataset(files(), loadedAt);

	it('builds without issues', () => {
		expect(issues).toEqual([]);
		expect(dataset).not.toBeNull();
		expect(dataset?.trade).toHaveLength(8);
		expect(dataset?.fdi).toHaveLength(2);
		expect(dataset?.events).toHaveLength(2);
		expect([...(dataset?.sources.keys() ?? [])]).toEqual([
			'cbs-2002-23-trade-deficit-korea',
			'daum-2023-12-12-kfood-nl',
			'imf-dots-2022',
			'joint-statement-2022',
			'unctad-bilateral-fdi-kor'
		]);
		expect(dataset?.countries.get('WLD')?.name).toBe('World');
		expect(dataset?.loadedAt).toBe('2024-05-06T12:00:00.000Z');
	});

	it.each([
		[5, 'millions', 3987104000],
		[6, 'millions', 6223837000],
		[7, 'millions', 7662229024],
		[8, 'millions', 6414848670],
		[9, 'billions', 5811000000],
		[2, 'billions', 2000000000]
	])('multiplies the figure on trade.csv line %i (%s) out to exactly %i full units', (line, unit, full) => {
		const o = dataset?.trade.find((t) => t.line === line);
		expect(o?.publishedUnit).toBe(unit);
		expect(o?.value).toBe(full);
	});

	it('keeps every column of a trade row, typed', () => {
		const o = dataset?.trade.find((t) => t.line === 5);
		expect(o).toMatchObject({
			reporter: 'KOR',
			partner: 'NLD',
			flow: 'export',
			value: 3987104000,
			currency: 'USD',
			publishedUnit: 'millions',
			valuation: 'FOB',
			concept: 'general',
			qualifier: '',
			source: 'imf-dots-2022',
			note: '',
			line: 5
		});
		expect(o?.period.key).toBe('2020');
		expect(o?.period.start.toISOString()).toBe('2020-01-01T00:00:00.000Z');
	});

	it('keeps a qualified figure qualified, and its note with the quotes undoubled', () => {
		const o = dataset?.trade.find((t) => t.line === 2);
		expect(o?.qualifier).toBe('lower bound');
		expect(o?.currency).toBe('EUR');
		expect(o?.note).toBe('source says "more than two billion euro"');
	});

	it('keeps a negative net FDI flow negative in full units', () => {
		const nld = dataset?.fdi.find((f) => f.investor === 'NLD');
		expect(nld?.value).toBe(-214000000);
		expect(nld?.measure).toBe('flow');
		expect(dataset?.fdi.find((f) => f.investor === 'WLD')?.value).toBe(7050000000);
	});

	it('reads events with their precision and sources, sorted by date', () => {
		expect(
			dataset?.events.map((e) => [e.date, e.precision, e.start.toISOString(), e.sources.join('+')])
		).toEqual([
			['2016', 'year', '2016-01-01T00:00:00.000Z', 'joint-statement-2022'],
			['2022-11-17', 'day', '2022-11-17T00:00:00.000Z', 'joint-statement-2022']
		]);
	});

	it('splits an event citing two sources at the semicolon', () => {
		const events = 'date,title,description,source\n1961,Relations,Established.,imf-dots-2022; joint-statement-2022\n';
		const built = buildDataset(files({ events }));
		expect(built.issues).toEqual([]);
		expect(built.dataset?.events[0]?.sources).toEqual(['imf-dots-2022', 'joint-statement-2022']);
	});
});

describe('toFullUnits', () => {
	it.each([
		[3987.104, 'millions', 3987104000],
		[3987.1, 'millions', 3987100000],
		[5.811, 'billions', 5811000000],
		[1.1, 'thousands', 1100],
		[0.7, 'millions', 700000],
		[-214.0, 'millions', -214000000],
		[42, 'units', 42]
	] as const)('%d %s → %d, without binary noise', (value, unit, full) => {
		expect(toFullUnits(value, unit)).toBe(full);
	});
});

describe('buildDataset reports every broken fixture with its address', () => {
	const only = (issues: ParseIssue[]) => {
		expect(issues).toHaveLength(1);
		return issues[0] as ParseIssue;
	};

	it.each([
		[
			'trade-unknown-flow.csv',
			{ line: 5, column: 'flow', value: 'exports', expected: 'one of export, import' },
			'trade.csv, line 5, column "flow": found "exports", expected one of export, import'
		],
		[
			'trade-non-numeric-value.csv',
			{ line: 5, column: 'value', value: 'n/a', expected: 'a number' },
			'trade.csv, line 5, column "value": found "n/a", expected a number'
		],
		[
			'trade-thousands-separator.csv',
			{
				line: 5,
				column: 'value',
				value: '3,987.104',
				expected: "a plain number with '.' as decimal mark and no thousands separators"
			},
			`trade.csv, line 5, column "value": found "3,987.104", expected a plain number with '.' as decimal mark and no thousands separators`
		],
		[
			'trade-bad-period.csv',
			{ line: 5, column: 'period', value: '2020/21', expected: PERIOD_EXPECTED },
			'trade.csv, line 5, column "period": found "2020/21", expected a year (2020), quarter (2020-Q3) or month (2020-07)'
		],
		[
			'trade-unknown-source.csv',
			{ line: 5, column: 'source', value: 'imf-dots-2023', expected: 'a source id defined in sources.csv' },
			'trade.csv, line 5, column "source": found "imf-dots-2023", expected a source id defined in sources.csv'
		],
		[
			'trade-unknown-unit.csv',
			{ line: 5, column: 'unit', value: 'mn', expected: 'one of units, thousands, millions, billions' },
			'trade.csv, line 5, column "unit": found "mn", expected one of units, thousands, millions, billions'
		],
		[
			'trade-unknown-valuation.csv',
			{ line: 5, column: 'valuation', value: 'fob', expected: 'one of FOB, CIF, not stated' },
			'trade.csv, line 5, column "valuation": found "fob", expected one of FOB, CIF, not stated'
		],
		[
			'trade-same-reporter-partner.csv',
			{ line: 5, column: 'partner', value: 'KOR', expected: 'a partner different from the reporter' },
			'trade.csv, line 5, column "partner": found "KOR", expected a partner different from the reporter'
		],
		[
			'trade-missing-column.csv',
			{
				line: 1,
				column: 'valuation',
				value: 'period,reporter,partner,flow,value,currency,unit,concept,qualifier,source,note',
				expected: 'a column named "valuation" in the header'
			},
			'trade.csv, line 1, column "valuation": found "period,reporter,partner,flow,value,currency,unit,concept,qualifier,source,note", expected a column named "valuation" in the header'
		]
	])('%s', (name, want, text) => {
		const { dataset, issues } = buildDataset(files({ trade: fixture(name) }));
		expect(dataset).toBeNull();
		const issue = only(issues);
		expect(issue).toEqual({ file: 'trade.csv', ...want });
		expect(formatIssue(issue)).toBe(text);
	});

	it('trade-semicolon.csv: names the file, line 1 and the semicolon', () => {
		const { dataset, issues } = buildDataset(files({ trade: fixture('trade-semicolon.csv') }));
		expect(dataset).toBeNull();
		const issue = only(issues);
		// No field applies: the column is the character of the first semicolon.
		expect(issue).toMatchObject({ file: 'trade.csv', line: 1, column: 'char 7' });
		// The header is 88 characters: the value is cut to 77 and an ellipsis.
		expect(issue.value).toBe('period;reporter;partner;flow;value;currency;unit;valuation;concept;qualifier;…');
		expect(formatIssue(issue)).toBe(
			'trade.csv, line 1, character 7: found "period;reporter;partner;flow;value;currency;unit;valuation;concept;qualifier;…", ' +
				'expected comma-separated columns (this header is semicolon-separated)'
		);
	});

	it('trade-duplicate-different.csv: the second line, naming the first and its different value', () => {
		const { dataset, issues } = buildDataset(files({ trade: fixture('trade-duplicate-different.csv') }));
		expect(dataset).toBeNull();
		const issue = only(issues);
		expect(issue).toMatchObject({ file: 'trade.csv', line: 6, column: 'value' });
		expect(issue.expected).toBe(
			'a unique row: line 5 has the same period, countries, flow and source with a different value (3987.104 millions)'
		);
		expect(formatIssue(issue)).toMatch(/^trade\.csv, line 6, column "value": found "[\d.]+", expected a unique row: line 5 /);
	});

	it('trade-duplicate-identical.csv: the second line, naming the first', () => {
		const { dataset, issues } = buildDataset(files({ trade: fixture('trade-duplicate-identical.csv') }));
		expect(dataset).toBeNull();
		const issue = only(issues);
		expect(issue).toMatchObject({
			file: 'trade.csv',
			line: 6,
			column: 'value',
			expected: 'a unique row (the same figure is already on line 5)'
		});
	});

	// Was a bug (fixed): a duplicate's issue shows the value multiplied out to full units ("3987100000"),
	// not the cell as written in the file ("3987.1"), unlike every other issue.
	it('trade-duplicate-different.csv: shows the value as written in the file', () => {
		const { issues } = buildDataset(files({ trade: fixture('trade-duplicate-different.csv') }));
		expect(issues[0]?.value).toBe('3987.1');
	});

	it.each([
		[
			'events-unknown-source.csv',
			{
				line: 3,
				column: 'source',
				value: 'joint-statement-2023',
				expected: "source ids defined in sources.csv, separated by ';'"
			},
			`events.csv, line 3, column "source": found "joint-statement-2023", expected source ids defined in sources.csv, separated by ';'`
		],
		[
			'events-bad-date.csv',
			{ line: 3, column: 'date', value: '2023-02-30', expected: EVENT_DATE_EXPECTED },
			'events.csv, line 3, column "date": found "2023-02-30", expected a date as 2022-11-17, 2022-11 or 2022'
		]
	])('%s', (name, want, text) => {
		const { dataset, issues } = buildDataset(files({ events: fixture(name) }));
		expect(dataset).toBeNull();
		const issue = only(issues);
		expect(issue).toEqual({ file: 'events.csv', ...want });
		expect(formatIssue(issue)).toBe(text);
	});

	it('reports a missing trade.csv as a whole-file problem (line 0) and builds nothing', () => {
		const { dataset, issues } = buildDataset(files({ trade: undefined }));
		expect(dataset).toBeNull();
		expect(issues[0]).toEqual({ file: 'trade.csv', line: 0, column: '', value: '', expected: 'the file to exist' });
		expect(formatIssue(issues[0]!)).toBe('trade.csv: expected the file to exist');
		expect(issues.every((i) => i.file === 'trade.csv')).toBe(true);
	});

	it('reports a missing sources.csv, and every trade row citing a source it cannot find', () => {
		const { dataset, issues } = buildDataset(files({ sources: undefined, fdi: undefined, events: undefined }));
		expect(dataset).toBeNull();
		expect(issues[0]).toEqual({ file: 'sources.csv', line: 0, column: '', value: '', expected: 'the file to exist' });
		expect(issues.filter((i) => i.file === 'trade.csv').map((i) => i.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('needs no fdi, events or countries file', () => {
		const { dataset, issues } = buildDataset(files({ fdi: undefined, events: undefined, countries: undefined }));
		expect(issues).toEqual([]);
		expect(dataset?.fdi).toEqual([]);
		expect(dataset?.events).toEqual([]);
		expect(dataset?.countries.size).toBe(0);
	});

	it('never half-applies: one bad row among good ones gives no data set at all', () => {
		const { dataset, issues } = buildDataset(files({ trade: fixture('trade-unknown-flow.csv') }));
		expect(dataset).toBeNull();
		expect(issues).toHaveLength(1);
	});

	it('collects the issues of several files in one pass', () => {
		const { dataset, issues } = buildDataset(
			files({ trade: fixture('trade-bad-period.csv'), events: fixture('events-bad-date.csv') })
		);
		expect(dataset).toBeNull();
		expect(issues.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual(['trade.csv:5:period', 'events.csv:3:date']);
	});

	it('reports a duplicate source id on its second line', () => {
		const sources = fixture('sources.csv') + 'imf-dots-2022,Again,IMF,,,,\n';
		const { dataset, issues } = buildDataset(files({ sources }));
		expect(dataset).toBeNull();
		expect(issues).toEqual([
			{ file: 'sources.csv', line: 7, column: 'id', value: 'imf-dots-2022', expected: 'a unique source id' }
		]);
	});

	it('rejects a source URL that is not http(s)', () => {
		const sources = fixture('sources.csv') + 'extra,Extra,Publisher,ftp://example.org/x,,,\n';
		const { issues } = buildDataset(files({ sources }));
		expect(issues).toEqual([
			{
				file: 'sources.csv',
				line: 7,
				column: 'url',
				value: 'ftp://example.org/x',
				expected: 'an http(s) URL, or empty when the source has none'
			}
		]);
	});

	// Was a contract gap (fixed): data/README.md says reporter and partner are "a code in countries.csv", but
	// buildDataset does not check it; a row for an unlisted country builds and is shown under its bare code.
	it('rejects a trade row whose reporter is not in countries.csv', () => {
		const trade = fixture('trade.csv') + '2020,FRA,KOR,export,1,USD,millions,FOB,not stated,,imf-dots-2022,\n';
		const { dataset, issues } = buildDataset(files({ trade }));
		expect(dataset).toBeNull();
		expect(issues[0]).toMatchObject({ file: 'trade.csv', line: 10, column: 'reporter', value: 'FRA' });
	});
});

describe('buildDataset on the bundled data/ directory', () => {
	const { dataset, issues } = buildDataset(readDataDir(new URL('../../../data/', import.meta.url)));

	it('builds with zero issues', () => {
		expect(issues.map(formatIssue)).toEqual([]);
		expect(dataset).not.toBeNull();
	});

	it('holds the 502 trade rows and 32 sources listed in data/README.md', () => {
		expect(dataset?.trade).toHaveLength(502);
		expect(dataset?.sources.size).toBe(32);
		expect(dataset?.events).toHaveLength(14);
	});

	it('holds the 2024 trade total and the cumulative notification stock as totals, not flows', () => {
		expect(dataset?.totals.map((t) => [t.id, t.measure, t.period.key, t.value, t.publishedValue])).toEqual([
			['trade-total-kor-nld-2024', 'trade total', '2024', 14_980_000_000, '14980'],
			['fdi-cumulative-notified-nld-kor-2024-09', 'cumulative notified FDI', '2024-09', 39_900_000_000, '39900']
		]);
		expect(dataset?.trade.some((t) => t.period.key === '2024' && t.source === 'etoday-2025-02-20-motie-nl')).toBe(false);
	});

	it("holds the seed's shares and rankings, and the 1999 break in the Netherlands' DOTS series", () => {
		expect(dataset?.statements.map((s) => [s.kind, s.publishedValue])).toEqual([
			['share', '37'],
			['share', '33'],
			['ranking', '3'],
			['ranking', '1'],
			['ranking', '2']
		]);
		expect(dataset?.breaks.map((b) => [b.period.key, b.reporter, b.source, b.evidenceSource])).toEqual([
			['1999', 'NLD', 'imf-dots-2022', 'dashboard-dots-break-analysis']
		]);
		expect(dataset?.breaks[0]?.evidence).toContain('30.2 %');
	});

	it('has Korea-reported 2020 exports to the Netherlands of 3987.104 million USD (IMF DOTS)', () => {
		const o = dataset?.trade.filter(
			(t) =>
				t.period.key === '2020' && t.reporter === 'KOR' && t.partner === 'NLD' && t.flow === 'export' && t.source === 'imf-dots-2022'
		);
		expect(o).toHaveLength(1);
		expect(o?.[0]?.value).toBe(3987104000);
		expect((o?.[0]?.value ?? 0) / 1e6).toBe(3987.104);
		expect(o?.[0]?.currency).toBe('USD');
		expect(o?.[0]?.line).toBe(487);
	});
});

describe('the optional product dimension of trade.csv', () => {
	it('keeps product rows apart from all-goods rows, codes as published', () => {
		const { dataset, issues } = buildDataset(files({ trade: fixture('trade-products.csv') }));
		expect(issues).toEqual([]);
		expect(dataset?.trade).toHaveLength(8);
		expect(dataset?.trade.some((o) => 'product' in o)).toBe(false);
		expect(dataset?.productTrade.map((o) => [o.product.classification, o.product.code, o.product.label, o.value])).toEqual([
			['HS', '84', 'Machinery, mechanical appliances', 812_500_000],
			['HS', '0901', 'Coffee', 96_250_000]
		]);
	});

	it('files without product columns have no product rows', () => {
		const { dataset } = buildDataset(files());
		expect(dataset?.productTrade).toEqual([]);
	});

	it('a product code without its classification is an addressed error', () => {
		const { dataset, issues } = buildDataset(files({ trade: fixture('trade-product-no-classification.csv') }));
		expect(dataset).toBeNull();
		expect(issues).toEqual([
			expect.objectContaining({ file: 'trade.csv', line: 10, column: 'product_classification' })
		]);
	});
});

describe('published precision', () => {
	it('keeps every value cell as written beside the number', () => {
		const { dataset } = buildDataset(files());
		const lowerBound = dataset?.trade.find((o) => o.qualifier === 'lower bound');
		expect(lowerBound?.publishedValue).toBe('2');
		expect(dataset?.trade.find((o) => o.value === 4_246_637_000)?.publishedValue).toBe('4246.637');
	});
});

describe('buildDataset rejects figures it could not serve exactly (issue 12)', () => {
	const rejected = (replace: Partial<Record<keyof DataFileTexts, string>>) => {
		const { dataset, issues } = buildDataset({ ...files(), ...replace });
		expect(dataset).toBeNull();
		return issues;
	};

	it.each([
		['trade-value-overflow.csv', '1e400', 'a finite number (this one is beyond the range of a double)'],
		['trade-value-negative-overflow.csv', '-1e400', 'a finite number (this one is beyond the range of a double)'],
		['trade-value-underflow.csv', '1e-400', 'a number a double can hold (this one is too close to 0 and would read as 0)'],
		[
			'trade-value-too-many-digits.csv',
			'12345678901234567890',
			'at most 15 significant digits (a double cannot hold more exactly; this one has 19)'
		],
		[
			'trade-value-out-of-range.csv',
			'1e308',
			'a full value (value × unit) of at most 1e18 USD in size (this is 1e308 millions)'
		]
	])('%s: line 5, column "value"', (name, value, expected) => {
		expect(rejected({ trade: fixture(name) })).toEqual([{ file: 'trade.csv', line: 5, column: 'value', value, expected }]);
	});

	it.each([
		['fdi', 'fdi.csv', '-214.0', '-1e400', 'a finite number (this one is beyond the range of a double)'],
		['fdi', 'fdi.csv', '-214.0', '0.000000001', 'a full value (value × unit) of 0 or at least 0.01 USD in size (this is 0.000000001 millions)'],
	])('%s: rejects %s → %s on its line', (key, file, from, to, expected) => {
		const text = fixture(file).replace(from, to);
		const line = fixture(file).split('\n').findIndex((l) => l.includes(from)) + 1;
		expect(rejected({ [key]: text })).toEqual([{ file, line, column: 'value', value: to, expected }]);
	});

	const fx = 'year,base,quote,rate,source,note\n2020,USD,KRW,1180.27,imf-dots-2022,\n';
	it.each([
		['1e400', 'a finite number (this one is beyond the range of a double)'],
		['0', 'a positive rate between 1e-30 and 1e30'],
		['1e31', 'a positive rate between 1e-30 and 1e30'],
		['-1180.27', 'a positive rate between 1e-30 and 1e30']
	])('fx.csv: rejects the rate %s', (rate, expected) => {
		expect(rejected({ fx: fx.replace('1180.27', rate) })).toEqual([
			{ file: 'fx.csv', line: 2, column: 'rate', value: rate, expected }
		]);
	});

	const claims =
		'id,period,topic,subject,partner,flow,value,currency,unit,qualifier,claimant,source,statement\n' +
		'c1,2021,trade,KOR,NLD,export,914,USD,millions,,HCSS,imf-dots-2022,a statement\n';
	it.each([
		['1e400', 'a finite number (this one is beyond the range of a double)'],
		['1e-400', 'a number a double can hold (this one is too close to 0 and would read as 0)'],
		['1e15', 'a full value (value × unit) of at most 1e18 USD in size (this is 1e15 millions)']
	])('claims.csv: rejects the value %s', (value, expected) => {
		expect(rejected({ claims: claims.replace(',914,', `,${value},`) })).toEqual([
			{ file: 'claims.csv', line: 2, column: 'value', value, expected }
		]);
	});

	it('trade-duplicate-column.csv: a second "value" column is rejected, naming both positions', () => {
		expect(rejected({ trade: fixture('trade-duplicate-column.csv') })).toEqual([
			{
				file: 'trade.csv',
				line: 1,
				column: 'value',
				value: 'value',
				expected: 'each column once (fields 5 and 13 of the header are both named "value")'
			}
		]);
	});

	it('trade-misspelled-column.csv: an unknown column is rejected, naming the column probably meant', () => {
		const issues = rejected({ trade: fixture('trade-misspelled-column.csv') });
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: 'trade.csv', line: 1, column: 'Qualifier', value: 'Qualifier' });
		expect(issues[0]?.expected).toMatch(/^a column of trade\.csv: did you mean "qualifier"\? The columns are period, reporter, /);
	});

	it.each([
		['trade', 'trade.csv', fixture('trade-header-only.csv')],
		['sources', 'sources.csv', fixture('sources.csv').split('\n')[0] + '\n']
	])('a required %s file with a header and no rows is an error', (key, file, text) => {
		const issues = rejected({ [key]: text });
		expect(issues).toContainEqual({
			file,
			line: 2,
			column: 'char 1',
			value: '',
			expected: `at least one data row after the header (${file} is required)`
		});
	});

	it('trade-double-bom.csv: the second byte-order mark is an error on line 1 and the lines do not shift', () => {
		expect(rejected({ trade: fixture('trade-double-bom.csv') })).toEqual([
			{
				file: 'trade.csv',
				line: 1,
				column: 'char 1',
				value: '\uFEFF\uFEFF',
				expected: 'at most one byte-order mark at the start of the file (found 2)'
			},
			{ file: 'trade.csv', line: 5, column: 'value', value: 'n/a', expected: 'a number' }
		]);
	});

	it('trade-mixed-line-ends.csv: a lone LF in a CRLF file is named, not read as one long row', () => {
		const issues = rejected({ trade: fixture('trade-mixed-line-ends.csv') });
		expect(issues).toEqual([
			{
				file: 'trade.csv',
				line: 3,
				column: 'char 70',
				value: 'LF',
				expected: 'the same line ends throughout the file (CRLF, as on line 1)'
			}
		]);
		expect(issues.map(formatIssue).join('\n')).not.toMatch(/fields/);
	});

	it('events-long-title.csv: a title over the 60 characters of the contract is rejected', () => {
		expect(rejected({ events: fixture('events-long-title.csv') })).toEqual([
			{
				file: 'events.csv',
				line: 3,
				column: 'title',
				value: 'Strategic Partnership established at the Yoon-Rutte summit in Seoul',
				expected: 'an event title of at most 60 characters (this one has 67)'
			}
		]);
	});

	it('keeps 60 characters of title, counted as characters, not UTF-16 units', () => {
		const title = '한'.repeat(30) + '🇳🇱'.repeat(15);
		const events = fixture('events.csv').replace('Strategic Partnership established', title);
		expect(buildDataset({ ...files(), events }).issues).toEqual([]);
	});

	it('never throws on 200,000 bad lines: keeps the first 1,000 issues and counts the rest by kind', () => {
		const lines = ['period,reporter,partner,flow,value,currency,unit,valuation,concept,qualifier,source,note'];
		for (let i = 0; i < 200_000; i++) lines.push(i % 2 ? 'x' : '2020,KOR,NLD,export,n/a,USD,millions,FOB,general,,imf-dots-2022,');
		const issues = rejected({ trade: lines.join('\n') });
		expect(issues.length).toBeLessThanOrEqual(1_010);
		expect(issues.slice(0, 2)).toEqual([
			{ file: 'trade.csv', line: 2, column: 'value', value: 'n/a', expected: 'a number' },
			{
				file: 'trade.csv',
				line: 3,
				column: 'reporter',
				value: 'x',
				expected: '12 fields as in the header (found 1; the row ends before column "reporter")'
			}
		]);
		const summaries = issues.slice(1_000).map(formatIssue);
		expect(summaries).toEqual([
			'trade.csv, line 1002, column "value": found "n/a", expected a number — and 99,499 more issues like this one up to line 200,000, not listed',
			'trade.csv, line 1003, column "reporter": found "x", expected 12 fields as in the header (found 1; the row ends before column "reporter") — and 99,499 more issues like this one up to line 200,001, not listed'
		]);
	});
});

describe('totals.csv, statements.csv and breaks.csv', () => {
	const totals =
		'id,period,subject,partner,measure,value,currency,unit,basis,qualifier,source,note\n' +
		'trade-total-2020,2020,KOR,NLD,trade total,10.21,USD,billions,customs basis,,imf-dots-2022,\n';
	const statement = (evidence: string) =>
		'id,period,kind,subject,whole,partner,value,among,evidence,claimant,source,statement\n' +
		`rank,,ranking,NLD,,KOR,2,EU partners,${evidence},Someone,imf-dots-2022,Second.\n`;
	const breaks = (period: string) =>
		'period,reporter,source,description,evidence,evidence_source\n' +
		`${period},NLD,imf-dots-2022,New basis.,Jump of 30 %.,imf-dots-2022\n`;

	it.each([
		['all three good', { totals, statements: statement('trade-total-2020'), breaks: breaks('1999') }, []],
		[
			'evidence naming no total',
			{ totals, statements: statement('nope'), breaks: breaks('1999') },
			[{ file: 'statements.csv', line: 2, column: 'evidence', value: 'nope' }]
		],
		[
			'a break without a year',
			{ totals, statements: statement(''), breaks: breaks('late') },
			[{ file: 'breaks.csv', line: 2, column: 'period', value: 'late' }]
		]
	])('%s', (_, extra, expected) => {
		const { dataset, issues } = buildDataset(files(extra));
		expect(issues).toEqual(expected.map((e) => expect.objectContaining(e)));
		if (expected.length === 0) {
			expect(dataset?.totals[0]).toMatchObject({ value: 10_210_000_000, publishedValue: '10.21', publishedUnit: 'billions' });
			expect(dataset?.statements[0]).toMatchObject({ period: null, value: 2, evidence: ['trade-total-2020'] });
			expect(dataset?.breaks[0]).toMatchObject({ reporter: 'NLD', evidenceSource: 'imf-dots-2022' });
		}
	});

	it('absent files give none', () => {
		const { dataset } = buildDataset(files());
		expect([dataset?.totals, dataset?.statements, dataset?.breaks]).toEqual([[], [], []]);
	});
});
