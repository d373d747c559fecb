// CBS StatLine CSV: ';'-separated, UTF-8 with BOM, every field quoted (numbers space-padded), Dutch
// headers with the scale in the title ("Invoerwaarde (mln euro)", "(x 1 000 euro)"), provisional
// periods "2022*", missing values written ".", countries ("Landen") as Dutch names. Reporter: NLD.
import { cells } from '../format';
import type { FormatSpec } from '../format';
import type { UnitWord } from '../../data/types';
import { plainValue, tableMapper, type MeasureColumn } from './statistics';

const MONTHS = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
];
const QUARTERS: Record<string, number> = {
	'1e': 1,
	'2e': 2,
	'3e': 3,
	'4e': 4,
	eerste: 1,
	tweede: 2,
	derde: 3,
	vierde: 4
};

/**
 * CBS period text → contract period, with CBS's provisional marks kept as words.
 * @example cbsPeriod('2022*') → { period: '2022', remark: 'CBS provisional (2022*)' }
 * @example cbsPeriod('2021 3e kwartaal') → { period: '2021-Q3', remark: '' }; cbsPeriod('2020 maart') → { period: '2020-03', … }
 */
export function cbsPeriod(text: string): { period: string; remark: string } | null {
	const m = /^(\d{4})(?:\s+(\S+)(?:\s+kwartaal)?)?\s*(\*{0,2})$/i.exec(text.trim());
	if (!m) return null;
	const [, year, sub = '', stars = ''] = m;
	const remark =
		stars === '*'
			? `CBS provisional (${text.trim()})`
			: stars === '**'
				? `CBS revised provisional (${text.trim()})`
				: '';
	if (sub === '') return { period: year as string, remark };
	const month = MONTHS.indexOf(sub.toLowerCase());
	if (month >= 0) return { period: `${year}-${String(month + 1).padStart(2, '0')}`, remark };
	const q = QUARTERS[sub.toLowerCase()];
	return q ? { period: `${year}-Q${q}`, remark } : null;
}

/** Unit of a CBS column title or table title: "(mln euro)", "(x 1 000 euro)", "(x 1 000)" with euro, "(euro)". */
export function cbsUnit(title: string): UnitWord | null {
	const t = title.toLowerCase();
	if (!t.includes('euro')) return null;
	if (/mld\.?\s*euro|miljard/.test(t)) return 'billions';
	if (/mln\.?\s*euro|miljoen|x\s*1\s*000\s*000/.test(t)) return 'millions';
	if (/x\s*1\s*000/.test(t)) return 'thousands';
	return 'units';
}

const headerAt = (lines: string[]) => lines.findIndex((l) => l.includes(';') && /"?Perioden"?/.test(l));

export const cbsStatline: FormatSpec = {
	id: 'cbs-statline',
	label: 'CBS StatLine CSV',
	publisher: 'Statistics Netherlands (CBS)',
	encodings: [],
	delimiter: ';',
	sniff(lines) {
		const h = headerAt(lines);
		if (h < 0) return null;
		const header = cells(lines[h] ?? '', ';').map((c) => c.trim());
		if (!header.some((c) => /invoer|uitvoer/i.test(c))) {
			return {
				ok: false,
				refusal: `a CBS StatLine table without import (invoer) or export (uitvoer) value columns (columns ${header.slice(0, 4).join(', ')})`
			};
		}
		return { ok: true, headerIndex: h };
	},
	describe(lines, fileName) {
		const h = headerAt(lines);
		const title = h > 0 ? cells(lines[0] ?? '', ';')[0]?.trim() : '';
		return {
			title: title || `CBS StatLine table (${fileName})`,
			notes:
				'Netherlands trade by country as published by CBS. The file states neither the trade concept nor the valuation. Provisional periods (2022*) are kept in the note; "." (no figure) is a gap; "-" (nil) is recorded as 0 with the note saying so.'
		};
	},
	start(ctx, header, lines) {
		const names = header.map((c) => c.trim());
		const title = headerAt(lines) > 0 ? (lines[0] ?? '') : '';
		const countryColumn = names.findIndex((n) => /^land(en)?\b/i.test(n));
		const periodColumn = names.indexOf('Perioden');
		if (countryColumn < 0) return { refusal: 'it has no country column (Landen)' };
		const measures: MeasureColumn[] = [];
		for (const [index, name] of names.entries()) {
			// Re-exports ("Wederuitvoer") are a part of exports, not a flow of their own.
			const flow = /^(totale\s+)?invoer/i.test(name) ? 'import' : /^(totale\s+)?uitvoer/i.test(name) ? 'export' : null;
			if (!flow) continue;
			const unit = cbsUnit(name) ?? cbsUnit(title);
			if (!unit)
				return {
					refusal: `its column "${name}" states no unit (expected "(mln euro)" or "(x 1 000 euro)" in the column or table title)`
				};
			measures.push({ index, title: name, flow, currency: 'EUR', unit });
		}
		if (measures.length === 0) return { refusal: 'it has no Invoer or Uitvoer column' };
		return tableMapper(ctx, header, {
			reporter: 'NLD',
			countryColumn,
			periodColumn,
			measures,
			decimalMark: ',',
			period: cbsPeriod,
			value(cell) {
				const v = cell.trim();
				if (v === '.' || v === '') return { skip: 'no figure (".")' };
				if (v === 'x') return { skip: 'confidential ("x")' };
				if (v === '-') return { value: '0', remark: 'CBS "-" (nil)' };
				return plainValue(v, v.includes(',') ? ',' : '.');
			}
		});
	}
};
