// Eurostat: SDMX-CSV "linear" (DATAFLOW,LAST UPDATE,freq,…,TIME_PERIOD,OBS_VALUE,OBS_FLAG) and the TSV
// bulk layout ("freq,…,geo\TIME_PERIOD" then one tab-separated column per period, values like
// "123.4 e", ":" missing). Comext / international trade in goods by partner: geo or reporter, partner,
// and a flow (flow 1/2) or an indicator (indic_et MIO_EXP_VAL / MIO_IMP_VAL).
import { publishedNumber, type ImportContext } from '../context';
import { cells, type FormatSpec } from '../format';
import type { UnitWord } from '../../data/types';

const PUBLISHER = 'Eurostat';
const NOTES =
	'Eurostat international trade in goods (Comext) by partner. Member states\' figures follow the community concept and, by Eurostat convention, exports FOB and imports CIF; the file itself states neither, so rows say "not stated". Eurostat flags are kept in the note (e estimated, p provisional, c confidential, b break).';

const FLAGS: Record<string, string> = {
	e: 'estimated',
	p: 'provisional',
	c: 'confidential',
	b: 'break in series',
	u: 'low reliability',
	d: 'definition differs'
};
const flagNote = (flag: string) =>
	flag === '' ? '' : `Eurostat flag ${flag} (${[...flag].map((c) => FLAGS[c] ?? c).join(', ')})`;

/** Flow and unit of an observation from its dimensions, or the reason it is not a trade value. */
function measureOf(
	d: Record<string, string>
): { flow: 'export' | 'import'; currency: string; unit: UnitWord } | string {
	const indic = d['indic_et'];
	if (indic !== undefined) {
		if (indic === 'MIO_EXP_VAL') return { flow: 'export', currency: 'EUR', unit: 'millions' };
		if (indic === 'MIO_IMP_VAL') return { flow: 'import', currency: 'EUR', unit: 'millions' };
		return `indicator ${indic} (not an export or import value)`;
	}
	const flowCode = d['flow'] ?? d['stk_flow'];
	const flow =
		flowCode === '1' || flowCode === 'IMP' ? 'import' : flowCode === '2' || flowCode === 'EXP' ? 'export' : null;
	if (!flow) return `flow ${flowCode ?? '(none)'} (not 1 import or 2 export)`;
	const indicator = d['indicators'];
	if (indicator !== undefined && indicator !== 'VALUE_IN_EUROS' && indicator !== 'VALUE_EUR')
		return `indicator ${indicator} (not a value in euros)`;
	const units: Record<string, UnitWord> = {
		EUR: 'units',
		THS_EUR: 'thousands',
		MIO_EUR: 'millions',
		BN_EUR: 'billions'
	};
	const unit = d['unit'] === undefined ? 'units' : units[d['unit']];
	if (!unit) return `unit ${d['unit']} (not a value in euros)`;
	return { flow, currency: 'EUR', unit };
}

/** Product dimension names and the classification their codes belong to. */
const PRODUCT_DIMS: Record<string, string> = {
	product: 'CN',
	sitc06: 'SITC Rev.4',
	sitc: 'SITC Rev.4',
	cn: 'CN',
	hs: 'HS'
};

/** "2020M07" → "2020-07", "2020Q3" → "2020-Q3", "2020-07" and "2020" unchanged. */
export function eurostatPeriod(text: string): string | null {
	const t = text.trim();
	if (/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(t)) return t;
	const m = /^(\d{4})([MQ])(\d{2}|[1-4])$/.exec(t);
	if (!m) return null;
	return m[2] === 'Q' ? `${m[1]}-Q${Number(m[3])}` : `${m[1]}-${m[3]}`;
}

/** Maps one observation; shared by the linear and the TSV layout. */
function observation(
	ctx: ImportContext,
	dims: Record<string, string>,
	periodText: string,
	raw: string,
	flag: string,
	line: number,
	column: string
) {
	const m = measureOf(dims);
	if (typeof m === 'string') return ctx.skip(m, line);
	const productDim = Object.keys(PRODUCT_DIMS).find((k) => dims[k] !== undefined);
	const product = productDim ? (dims[productDim] ?? '') : 'TOTAL';
	if (raw === '' || raw === ':')
		return ctx.skip(flag.includes('c') ? 'confidential (flag c, no value)' : 'no value (:)', line);
	const value = publishedNumber(raw);
	if (value === null) return ctx.reject(line, column, raw, 'a number, optionally followed by flags ("123.4 e") or ":"');
	const period = eurostatPeriod(periodText);
	if (!period) return ctx.reject(line, 'TIME_PERIOD', periodText, 'a year, 2020-07, 2020M07 or 2020Q3');
	const reporter = ctx.area(
		dims['geo'] ?? dims['reporter'] ?? '',
		line,
		dims['geo'] !== undefined ? 'geo' : 'reporter'
	);
	const partner = ctx.area(dims['partner'] ?? '', line, 'partner');
	if (!reporter || !partner) return;
	const isProduct = product !== 'TOTAL';
	ctx.trade(
		{
			period,
			reporter,
			partner,
			flow: m.flow,
			value,
			currency: m.currency,
			unit: m.unit,
			valuation: 'not stated',
			concept: 'not stated',
			qualifier: '',
			source: ctx.sourceId,
			remark: flagNote(flag),
			product_classification: isProduct && productDim ? (PRODUCT_DIMS[productDim] ?? productDim) : '',
			product_code: isProduct ? product : '',
			product_label: ''
		},
		line
	);
}

const hasTradeDims = (dims: string[]) =>
	(dims.includes('geo') || dims.includes('reporter')) &&
	dims.includes('partner') &&
	(dims.includes('indic_et') || dims.includes('flow') || dims.includes('stk_flow'));

const refusal = (what: string, dims: string[]) =>
	`a Eurostat ${what} without reporter, partner and flow dimensions (dimensions ${dims.join(', ')}), so not trade by partner`;

export const eurostatSdmx: FormatSpec = {
	id: 'eurostat-sdmx',
	label: 'Eurostat SDMX-CSV',
	publisher: PUBLISHER,
	encodings: [],
	delimiter: ',',
	sniff(lines) {
		const header = cells(lines[0] ?? '', ',');
		if (header[0] !== 'DATAFLOW' || !(lines[1] ?? '').startsWith('ESTAT')) return null;
		const dims = header.slice(2, header.indexOf('TIME_PERIOD'));
		if (!hasTradeDims(dims)) return { ok: false, refusal: refusal(`dataflow ${cells(lines[1] ?? '', ',')[0]}`, dims) };
		return { ok: true, headerIndex: 0 };
	},
	describe(lines) {
		const first = cells(lines[1] ?? '', ',');
		return {
			title: `Eurostat ${first[0] ?? ''}`.trim(),
			vintage: first[1] ? `last update ${first[1]}` : '',
			notes: NOTES
		};
	},
	start(ctx, header) {
		const t = header.indexOf('TIME_PERIOD');
		const v = header.indexOf('OBS_VALUE');
		const fl = header.indexOf('OBS_FLAG');
		if (t < 0 || v < 0) return { refusal: 'it lacks the TIME_PERIOD or OBS_VALUE column' };
		const dimNames = header.map((h, i) => (i >= 2 && i !== t && i !== v && i !== fl ? h.trim() : ''));
		return {
			row(f, line) {
				const dims: Record<string, string> = {};
				dimNames.forEach((n, i) => {
					if (n) dims[n] = (f[i] ?? '').trim();
				});
				observation(ctx, dims, f[t] ?? '', (f[v] ?? '').trim(), fl >= 0 ? (f[fl] ?? '').trim() : '', line, 'OBS_VALUE');
			}
		};
	}
};

export const eurostatTsv: FormatSpec = {
	id: 'eurostat-tsv',
	label: 'Eurostat TSV bulk download',
	publisher: PUBLISHER,
	encodings: [],
	delimiter: '\t',
	sniff(lines) {
		const first = (lines[0] ?? '').split('\t')[0] ?? '';
		const m = /^(.*)\\(TIME_PERIOD|time)$/i.exec(first.trim());
		if (!m) return null;
		const dims = (m[1] ?? '').split(',');
		if (!hasTradeDims(dims)) return { ok: false, refusal: refusal('bulk TSV', dims) };
		return { ok: true, headerIndex: 0 };
	},
	describe: (_lines, fileName) => ({
		title: `Eurostat ${fileName.replace(/\.(tsv|gz)+$/i, '').replace(/^estat_/, '')} (bulk download)`,
		notes: NOTES
	}),
	start(ctx, header) {
		const dimNames = ((header[0] ?? '').split('\\')[0] ?? '').split(',').map((d) => d.trim());
		const periods = header.slice(1).map((p) => p.trim());
		return {
			row(f, line) {
				const codes = (f[0] ?? '').split(',');
				const dims: Record<string, string> = {};
				dimNames.forEach((n, i) => (dims[n] = (codes[i] ?? '').trim()));
				for (let i = 1; i < f.length; i++) {
					const period = periods[i - 1];
					if (!period) continue;
					// "123.4 e", "123.4", ": c", ":" — the value, then optional flags after a space.
					const cell = (f[i] ?? '').trim();
					const space = cell.indexOf(' ');
					const raw = space < 0 ? cell : cell.slice(0, space);
					const flag = space < 0 ? '' : cell.slice(space + 1).trim();
					observation(ctx, dims, period, raw, flag, line, period);
				}
			}
		};
	}
};
