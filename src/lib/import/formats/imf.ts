// IMF Direction of Trade Statistics (DOTS) / International Merchandise Trade Statistics (IMTS): the
// annual matrix (reporter,partner,year,flow,value_usd_millions,flag; IMF country names) and the data
// portal's long CSV download (Country Name, …, Indicator Code, Time Period, Value, Status).
import { publishedNumber, unitOfPower } from '../context';
import { columnIndex, missingColumns, type FormatSpec } from '../format';

const PUBLISHER = 'International Monetary Fund';
const VALUATION = { export: 'FOB', import: 'CIF' } as const;
const MATRIX_HEADER = 'reporter,partner,year,flow,value_usd_millions,flag';

/** The flag the IMF writes beside a figure; kept in the note (the contract's qualifier is for hedged wording). */
const flagNote = (flag: string) => (flag === 'e' ? 'IMF estimate (flag e)' : flag ? `IMF flag ${flag}` : '');

export const imfMatrix: FormatSpec = {
	id: 'imf-matrix',
	label: 'IMF DOTS annual matrix CSV',
	publisher: PUBLISHER,
	encodings: [],
	delimiter: ',',
	sniff: (lines) => (lines[0]?.replace(/"/g, '').trim() === MATRIX_HEADER ? { ok: true, headerIndex: 0 } : null),
	describe: () => ({
		title: 'Direction of Trade Statistics (DOTS), annual matrix',
		notes:
			'US dollars, millions, as held in the IMF file. DOTS series: exports FOB, imports CIF. The concept (general/special trade) is not stated per reporter. Flag e (IMF estimate) is kept in the note.'
	}),
	start(ctx) {
		return {
			row(f, line) {
				const [reporterName = '', partnerName = '', year = '', flow = '', raw = '', flag = ''] = f;
				if (flow !== 'export' && flow !== 'import') return ctx.reject(line, 'flow', flow, 'export or import');
				if (!/^\d{4}$/.test(year)) return ctx.reject(line, 'year', year, 'a four-digit year');
				if (raw === '') return ctx.skip('no value', line);
				const value = publishedNumber(raw);
				if (value === null) return ctx.reject(line, 'value_usd_millions', raw, 'a number (US dollars, millions)');
				const reporter = ctx.area(reporterName, line, 'reporter');
				const partner = ctx.area(partnerName, line, 'partner');
				if (!reporter || !partner) return;
				ctx.trade(
					{
						period: year,
						reporter,
						partner,
						// The literal, not the parsed cell: one shared string instead of one per row kept.
						flow: flow === 'export' ? 'export' : 'import',
						value,
						currency: 'USD',
						unit: 'millions',
						valuation: VALUATION[flow],
						concept: 'not stated',
						qualifier: '',
						source: ctx.sourceId,
						remark: flagNote(flag.trim()),
						product_classification: '',
						product_code: '',
						product_label: ''
					},
					line
				);
			}
		};
	}
};

const PORTAL_COLUMNS = [
	'Country Name',
	'Country Code',
	'Counterpart Country Name',
	'Counterpart Country Code',
	'Indicator Code',
	'Time Period',
	'Value'
] as const;

/** DOTS indicator codes of goods trade values in US dollars, and what each is. */
const INDICATORS: Record<string, { flow: 'export' | 'import'; valuation: 'FOB' | 'CIF' }> = {
	TXG_FOB_USD: { flow: 'export', valuation: 'FOB' },
	TMG_CIF_USD: { flow: 'import', valuation: 'CIF' },
	TMG_FOB_USD: { flow: 'import', valuation: 'FOB' }
};

/** "2020" → "2020", "2020Q3" → "2020-Q3", "2020M07" → "2020-07"; anything else → null. */
export function imfPeriod(text: string): string | null {
	const t = text.trim();
	const m = /^(\d{4})(?:([QM])(\d{1,2}))?$/.exec(t);
	if (!m) return null;
	if (!m[2]) return m[1] ?? null;
	const n = Number(m[3]);
	if (m[2] === 'Q') return n >= 1 && n <= 4 ? `${m[1]}-Q${n}` : null;
	return n >= 1 && n <= 12 ? `${m[1]}-${String(n).padStart(2, '0')}` : null;
}

const SCALES: Record<string, number> = { units: 0, thousands: 3, millions: 6, billions: 9 };

export const imfPortal: FormatSpec = {
	id: 'imf-portal',
	label: 'IMF DOTS/IMTS data portal CSV',
	publisher: PUBLISHER,
	encodings: [],
	delimiter: ',',
	sniff(lines) {
		const h = lines[0] ?? '';
		return h.includes('Counterpart Country Name') && h.includes('Indicator Code') ? { ok: true, headerIndex: 0 } : null;
	},
	describe: () => ({
		title: 'Direction of Trade Statistics (DOTS / IMTS), data portal download',
		notes:
			"US dollars; the scale is the file's Scale column, or millions (the IMF portal's DOTS scale) when the file has none. Indicators TXG_FOB_USD (exports FOB), TMG_CIF_USD (imports CIF), TMG_FOB_USD (imports FOB); Status E (estimate) is kept in the note."
	}),
	start(ctx, header) {
		const missing = missingColumns(header, PORTAL_COLUMNS);
		if (missing) return { refusal: missing };
		const ix = columnIndex(header);
		const g = (f: string[], k: string) => (ix.has(k) ? (f[ix.get(k) as number] ?? '') : '');
		return {
			row(f, line) {
				const indicator = INDICATORS[g(f, 'Indicator Code').trim()];
				if (!indicator)
					return ctx.skip(
						`indicator ${g(f, 'Indicator Code').trim()} (not an export or import value in US dollars)`,
						line
					);
				const period = imfPeriod(g(f, 'Time Period'));
				if (!period)
					return ctx.reject(
						line,
						'Time Period',
						g(f, 'Time Period'),
						'a year (2020), quarter (2020Q3) or month (2020M07)'
					);
				const raw = g(f, 'Value');
				if (raw.trim() === '') return ctx.skip('no value', line);
				const value = publishedNumber(raw);
				if (value === null) return ctx.reject(line, 'Value', raw, 'a number');
				const scaleText = g(f, 'Scale').trim().toLowerCase();
				const unit = scaleText === '' ? 'millions' : unitOfPower(SCALES[scaleText] ?? -1);
				if (!unit) return ctx.reject(line, 'Scale', scaleText, 'Units, Thousands, Millions or Billions');
				const reporter = ctx.area(g(f, 'Country Name'), line, 'Country Name');
				const partner = ctx.area(g(f, 'Counterpart Country Name'), line, 'Counterpart Country Name');
				if (!reporter || !partner) return;
				const status = g(f, 'Status').trim();
				ctx.trade(
					{
						period,
						reporter,
						partner,
						flow: indicator.flow,
						value,
						currency: 'USD',
						unit,
						valuation: indicator.valuation,
						concept: 'not stated',
						qualifier: '',
						source: ctx.sourceId,
						remark: status === 'E' || status === 'e' ? 'IMF estimate (Status E)' : status ? `IMF status ${status}` : '',
						product_classification: '',
						product_code: '',
						product_label: ''
					},
					line
				);
			}
		};
	}
};
