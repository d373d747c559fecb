// OECD Data Explorer SDMX-CSV, with labels (STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION, then a code
// column and a label column per dimension) or codes only (DATAFLOW,…). Only the FDI by counterpart
// dataflows are read (→ fdi.csv); every other dataflow is recognised and refused by name.
import { publishedNumber, unitOfPower } from '../context';
import { cells, columnIndex, missingColumns, type FormatSpec } from '../format';

const FDI_FLOWS: Record<string, { measure: 'flow' | 'position'; words: string }> = {
	DF_FDI_FLOW_CTRY: { measure: 'flow', words: 'FDI flows' },
	DF_FDI_POS_CTRY: { measure: 'position', words: 'FDI positions' }
};

const REQUIRED = [
	'REF_AREA',
	'COUNTERPART_AREA',
	'MEASURE_PRINCIPLE',
	'TIME_PERIOD',
	'OBS_VALUE',
	'UNIT_MULT'
] as const;

/** "OECD.DAF.INV:DF_FDI_FLOW_CTRY(1.0)" → "DF_FDI_FLOW_CTRY". */
const dataflowId = (structure: string) => /:([A-Z0-9_@.-]+)\(/i.exec(structure)?.[1] ?? structure;

/** The dataflow cell and its name (labels layout only) from the first data line. */
function dataflowOf(lines: string[]): { id: string; name: string } | null {
	const header = cells(lines[0] ?? '', ',');
	const first = cells(lines[1] ?? '', ',');
	if (header[0] === 'STRUCTURE' && header[1] === 'STRUCTURE_ID') {
		return { id: dataflowId(first[1] ?? ''), name: header[2] === 'STRUCTURE_NAME' ? (first[2] ?? '') : '' };
	}
	if (header[0] === 'DATAFLOW' && (first[0] ?? '').startsWith('OECD'))
		return { id: dataflowId(first[0] ?? ''), name: '' };
	return null;
}

/** OBS_STATUS codes (SDMX cross-domain code list CL_OBS_STATUS) worth keeping beside a figure. */
const STATUS: Record<string, string> = {
	E: 'estimate (OBS_STATUS E)',
	P: 'provisional (OBS_STATUS P)',
	B: 'break in series (OBS_STATUS B)',
	F: 'forecast (OBS_STATUS F)',
	U: 'low reliability (OBS_STATUS U)'
};

/** Direction of an FDI figure by counterpart: inward (the counterpart invests in the reporter) or outward. */
function direction(principle: string, entry: string): 'inward' | 'outward' | null {
	if (principle === 'DI' || (principle !== 'DO' && entry === 'L') || principle === 'L') return 'inward';
	if (principle === 'DO' || (principle !== 'DI' && entry === 'A') || principle === 'A') return 'outward';
	return null;
}

export const oecdFdi: FormatSpec = {
	id: 'oecd-fdi',
	label: 'OECD SDMX-CSV (FDI by counterpart)',
	publisher: 'OECD',
	encodings: [],
	delimiter: ',',
	sniff(lines) {
		const flow = dataflowOf(lines);
		if (!flow) return null;
		if (FDI_FLOWS[flow.id]) return { ok: true, headerIndex: 0 };
		return {
			ok: false,
			refusal: `an OECD SDMX-CSV file of the dataflow ${flow.id}${flow.name ? ` (${flow.name})` : ''}, which holds no trade, FDI by counterpart or exchange-rate figures (of the OECD's dataflows only DF_FDI_FLOW_CTRY and DF_FDI_POS_CTRY are read)`
		};
	},
	describe(lines) {
		const flow = dataflowOf(lines);
		return {
			title: flow?.name || `OECD ${flow?.id ?? 'FDI'} (FDI by counterpart area)`,
			notes:
				'OECD FDI statistics by counterpart area (BMD4). Values scaled by UNIT_MULT as published; OBS_STATUS kept in the note; the basis names the measurement principle, component, counterpart level and entity type.'
		};
	},
	start(ctx, header, lines) {
		const missing = missingColumns(header, REQUIRED);
		if (missing) return { refusal: missing };
		const flow = FDI_FLOWS[dataflowOf(lines)?.id ?? ''];
		if (!flow) return { refusal: 'its dataflow is not an FDI by counterpart dataflow' };
		const ix = columnIndex(header);
		const withLabels = header[0] === 'STRUCTURE';
		const code = (f: string[], k: string) => (ix.has(k) ? (f[ix.get(k) as number] ?? '').trim() : '');
		// In the labels layout the label of a code column is the column right after it.
		const label = (f: string[], k: string) =>
			withLabels && ix.has(k) ? (f[(ix.get(k) as number) + 1] ?? '').trim() || code(f, k) : code(f, k);
		return {
			row(f, line) {
				const raw = code(f, 'OBS_VALUE');
				if (raw === '') return ctx.skip('no value', line);
				const value = publishedNumber(raw);
				if (value === null) return ctx.reject(line, 'OBS_VALUE', raw, 'a number');
				const mult = code(f, 'UNIT_MULT');
				const unit = unitOfPower(Number(mult === '' ? NaN : mult));
				if (!unit) return ctx.reject(line, 'UNIT_MULT', mult, 'a unit multiplier of 0, 3, 6 or 9');
				const period = code(f, 'TIME_PERIOD');
				if (!/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(period)) {
					return ctx.reject(line, 'TIME_PERIOD', period, 'a year (2020), quarter (2020-Q3) or month (2020-07)');
				}
				const currency = /^[A-Z]{3}$/.test(code(f, 'CURRENCY'))
					? code(f, 'CURRENCY')
					: /^([A-Z]{3})_EXC$/.exec(code(f, 'UNIT_MEASURE'))?.[1];
				if (!currency)
					return ctx.reject(
						line,
						'UNIT_MEASURE',
						code(f, 'UNIT_MEASURE'),
						'a currency (USD_EXC, EUR_EXC) or a CURRENCY column'
					);
				const dir = direction(code(f, 'MEASURE_PRINCIPLE'), code(f, 'ACCOUNTING_ENTRY'));
				if (!dir)
					return ctx.reject(
						line,
						'MEASURE_PRINCIPLE',
						code(f, 'MEASURE_PRINCIPLE'),
						'DI or DO (directional), or assets/liabilities'
					);
				const reporter = ctx.area(code(f, 'REF_AREA'), line, 'REF_AREA', label(f, 'REF_AREA'));
				const counterpart = ctx.area(
					code(f, 'COUNTERPART_AREA'),
					line,
					'COUNTERPART_AREA',
					label(f, 'COUNTERPART_AREA')
				);
				if (!reporter || !counterpart) return;
				// _Z ("not applicable") dimensions say nothing and stay out of the description.
				const parts = ['MEASURE_PRINCIPLE', 'FDI_COMP', 'LEVEL_COUNTERPART', 'ENTITY_TYPE']
					.filter((k) => code(f, k) !== '' && code(f, k) !== '_Z')
					.map((k) => label(f, k));
				ctx.fdi(
					{
						period,
						investor: dir === 'inward' ? counterpart : reporter,
						host: dir === 'inward' ? reporter : counterpart,
						measure: flow.measure,
						value,
						currency,
						unit,
						basis: `OECD ${flow.words} by counterpart, ${dir}, reported by ${reporter}: ${parts.join(', ')}`,
						qualifier: '',
						source: ctx.sourceId,
						remark: STATUS[code(f, 'OBS_STATUS')] ?? ''
					},
					line
				);
			}
		};
	}
};
