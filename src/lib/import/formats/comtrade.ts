// UN Comtrade: the Comtrade+ "TradeData" CSV (portal and API, 47 columns) and the legacy CSV (35 columns).
import { remarks, publishedNumber, type ImportContext } from '../context';
import { columnIndex, missingColumns, type FormatSpec, type RowMapper } from '../format';
import type { TradeInput } from '../columns';

const PUBLISHER = 'United Nations Statistics Division (UN Comtrade)';
const NOTES =
	'Values in US dollars as reported to UN Comtrade; the valuation (CIF/FOB) of each row is the one its cifvalue/fobvalue columns match; the trade system (general/special) is not stated in the file. Breakdowns by second partner, mode of transport or customs procedure, and re-export/re-import flows, are not imported.';

/** The Comtrade+ columns the mapper reads (the file has 47; the others are quantities and descriptions). */
const PLUS_COLUMNS = [
	'freqCode',
	'refYear',
	'refMonth',
	'reporterCode',
	'reporterISO',
	'reporterDesc',
	'flowCode',
	'flowDesc',
	'partnerCode',
	'partnerISO',
	'partnerDesc',
	'partner2Code',
	'classificationCode',
	'cmdCode',
	'cmdDesc',
	'customsCode',
	'motCode',
	'cifvalue',
	'fobvalue',
	'primaryValue',
	'legacyEstimationFlag',
	'isReported'
] as const;

/** All 35 columns of the legacy Comtrade CSV, as the old portal wrote them. */
const LEGACY_COLUMNS = [
	'Classification',
	'Year',
	'Period',
	'Period Desc.',
	'Aggregate Level',
	'Is Leaf Code',
	'Trade Flow Code',
	'Trade Flow',
	'Reporter Code',
	'Reporter',
	'Reporter ISO',
	'Partner Code',
	'Partner',
	'Partner ISO',
	'2nd Partner Code',
	'2nd Partner',
	'2nd Partner ISO',
	'Customs Proc. Code',
	'Customs',
	'Mode of Transport Code',
	'Mode of Transport',
	'Commodity Code',
	'Commodity',
	'Qty Unit Code',
	'Qty Unit',
	'Qty',
	'Alt Qty Unit Code',
	'Alt Qty Unit',
	'Alt Qty',
	'Netweight (kg)',
	'Gross weight (kg)',
	'Trade Value (US$)',
	'CIF Trade Value (US$)',
	'FOB Trade Value (US$)',
	'Flag'
] as const;

/** What one Comtrade row says, in either layout's words. */
interface ComtradeCells {
	period: string;
	flow: string;
	reporter: [code: string, fallback: string, name: string];
	partner: [code: string, fallback: string, name: string];
	breakdowns: [what: string, value: string, all: string[]][];
	classification: string;
	cmdCode: string;
	cmdDesc: string;
	primary: string;
	cif: string;
	fob: string;
	flags: string[];
}

const FLOWS: Record<string, 'export' | 'import'> = { M: 'import', X: 'export', '1': 'import', '2': 'export' };

function area(ctx: ImportContext, [code, fallback, name]: [string, string, string], line: number, column: string) {
	// The ISO column is the publisher's cleanest code; Comtrade's numeric codes are M49 with its own
	// exceptions (842 for the USA), so they are only the fallback when the ISO cell is empty.
	return ctx.area(code.trim() || fallback, line, column, name);
}

function mapRow(ctx: ImportContext, c: ComtradeCells, line: number, columns: { value: string; period: string }) {
	const flow = FLOWS[c.flow.trim()];
	if (!flow)
		return ctx.skip(
			`flow ${c.flow.trim()} (re-exports, re-imports and processing flows are not in the contract)`,
			line
		);
	for (const [what, value, all] of c.breakdowns) {
		if (!all.includes(value.trim())) return ctx.skip(`a breakdown by ${what} (only the totals are imported)`, line);
	}
	if (c.primary.trim() === '') return ctx.skip('no value', line);
	const value = publishedNumber(c.primary);
	if (value === null) return ctx.reject(line, columns.value, c.primary, 'a number in US dollars');
	if (!c.period) return;
	const reporter = area(ctx, c.reporter, line, 'reporter');
	const partner = area(ctx, c.partner, line, 'partner');
	if (!reporter || !partner) return;
	const cif = c.cif.trim();
	const fob = c.fob.trim();
	const valuation =
		cif !== '' && cif === c.primary.trim() ? 'CIF' : fob !== '' && fob === c.primary.trim() ? 'FOB' : 'not stated';
	const other = valuation === 'CIF' && fob ? `fobvalue ${fob}` : valuation === 'FOB' && cif ? `cifvalue ${cif}` : '';
	const product = c.cmdCode.trim().toUpperCase() === 'TOTAL' ? null : c.cmdCode.trim();
	const row: TradeInput = {
		period: c.period,
		reporter,
		partner,
		flow,
		value,
		currency: 'USD',
		unit: 'units',
		valuation,
		concept: 'not stated',
		qualifier: '',
		source: ctx.sourceId,
		remark: remarks(other, c.flags[0], c.flags[1]),
		product_classification: product ? c.classification.trim() : '',
		product_code: product ?? '',
		product_label: product ? c.cmdDesc.trim() : ''
	};
	ctx.trade(row, line);
}

export const comtradePlus: FormatSpec = {
	id: 'comtrade-plus',
	label: 'UN Comtrade+ CSV (TradeData)',
	publisher: PUBLISHER,
	// Comtrade+ portal downloads are Windows-1252 (Curaçao, Côte d'Ivoire), not UTF-8.
	encodings: ['windows-1252'],
	delimiter: ',',
	sniff: (lines) => (/^"?typeCode"?,"?freqCode"?,/.test(lines[0] ?? '') ? { ok: true, headerIndex: 0 } : null),
	describe: () => ({ title: 'UN Comtrade+ trade data', notes: NOTES }),
	start(ctx, header): RowMapper | { refusal: string } {
		const missing = missingColumns(header, PLUS_COLUMNS);
		if (missing) return { refusal: missing };
		const ix = columnIndex(header);
		const at = (name: (typeof PLUS_COLUMNS)[number]) => ix.get(name) as number;
		const i = Object.fromEntries(PLUS_COLUMNS.map((n) => [n, at(n)])) as Record<(typeof PLUS_COLUMNS)[number], number>;
		const width = header.length;
		return {
			row(f, line) {
				// Every data row ends in a comma the header does not have: one empty extra field is expected.
				if (f.length > width && f.slice(width).some((x) => x !== '')) {
					return ctx.reject(
						line,
						'',
						f.slice(width).join(','),
						`${width} fields as in the header (a trailing comma is fine)`
					);
				}
				const g = (k: (typeof PLUS_COLUMNS)[number]) => f[i[k]] ?? '';
				const year = g('refYear').trim();
				const freq = g('freqCode').trim();
				const month = g('refMonth').trim().padStart(2, '0');
				const period =
					freq === 'A' && /^\d{4}$/.test(year)
						? year
						: freq === 'M' && /^\d{4}$/.test(year) && /^(0[1-9]|1[0-2])$/.test(month)
							? `${year}-${month}`
							: '';
				if (!period)
					ctx.reject(
						line,
						'refYear',
						`${freq} ${year} ${g('refMonth')}`,
						'an annual (A) or monthly (M) period with refYear and refMonth'
					);
				const flags: string[] = [];
				const legacy = g('legacyEstimationFlag').trim();
				if (legacy !== '' && legacy !== '0') flags.push(`Comtrade legacyEstimationFlag ${legacy}`);
				if (/^(false|0)$/i.test(g('isReported').trim()))
					flags.push('not reported by the reporter: estimated by UN Comtrade (isReported false)');
				mapRow(
					ctx,
					{
						period,
						flow: g('flowCode'),
						reporter: [g('reporterISO'), g('reporterCode'), g('reporterDesc')],
						partner: [g('partnerISO'), g('partnerCode'), g('partnerDesc')],
						breakdowns: [
							['second partner', g('partner2Code'), ['0', '']],
							['mode of transport', g('motCode'), ['0', '']],
							['customs procedure', g('customsCode'), ['C00', '']]
						],
						classification: g('classificationCode'),
						cmdCode: g('cmdCode'),
						cmdDesc: g('cmdDesc'),
						primary: g('primaryValue'),
						cif: g('cifvalue'),
						fob: g('fobvalue'),
						flags
					},
					line,
					{ value: 'primaryValue', period: 'refYear' }
				);
			}
		};
	}
};

export const comtradeLegacy: FormatSpec = {
	id: 'comtrade-legacy',
	label: 'UN Comtrade legacy CSV',
	publisher: PUBLISHER,
	encodings: [],
	delimiter: ',',
	// Recognised by its first column and most of its names, so a header edited by hand ("TradeFlow Code")
	// is still recognised, and then refused naming the columns it does not have.
	sniff(lines) {
		const names = (lines[0] ?? '').split(',').map((n) => n.replace(/"/g, '').trim());
		const known = names.filter((n) => (LEGACY_COLUMNS as readonly string[]).includes(n)).length;
		return names[0] === 'Classification' && known >= 10 ? { ok: true, headerIndex: 0 } : null;
	},
	describe: () => ({ title: 'UN Comtrade trade data (legacy)', notes: NOTES }),
	start(ctx, header): RowMapper | { refusal: string } {
		const missing = missingColumns(header, LEGACY_COLUMNS, true);
		if (missing) return { refusal: missing };
		const ix = columnIndex(header);
		const g = (f: string[], k: (typeof LEGACY_COLUMNS)[number]) => f[ix.get(k) as number] ?? '';
		return {
			row(f, line) {
				const p = g(f, 'Period').trim();
				const period = /^\d{4}$/.test(p) ? p : /^\d{4}(0[1-9]|1[0-2])$/.test(p) ? `${p.slice(0, 4)}-${p.slice(4)}` : '';
				if (!period) ctx.reject(line, 'Period', p, 'a year (2020) or a month (202007)');
				const flag = g(f, 'Flag').trim();
				mapRow(
					ctx,
					{
						period,
						flow: g(f, 'Trade Flow Code'),
						reporter: [g(f, 'Reporter ISO'), g(f, 'Reporter Code'), g(f, 'Reporter')],
						partner: [g(f, 'Partner ISO'), g(f, 'Partner Code'), g(f, 'Partner')],
						breakdowns: [
							['second partner', g(f, '2nd Partner Code'), ['0', '']],
							['mode of transport', g(f, 'Mode of Transport Code'), ['0', '']],
							['customs procedure', g(f, 'Customs Proc. Code'), ['C00', '']]
						],
						classification: g(f, 'Classification'),
						cmdCode: g(f, 'Commodity Code'),
						cmdDesc: g(f, 'Commodity'),
						primary: g(f, 'Trade Value (US$)'),
						cif: g(f, 'CIF Trade Value (US$)'),
						fob: g(f, 'FOB Trade Value (US$)'),
						flags: flag !== '' && flag !== '0' ? [`Comtrade flag ${flag}`] : []
					},
					line,
					{ value: 'Trade Value (US$)', period: 'Period' }
				);
			}
		};
	}
};
