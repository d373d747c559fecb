// National statistical offices' table downloads: one row per country and period, one column per measure
// ("Invoerwaarde (mln euro)", "수출금액 (천달러)"), the unit written in the column title. Shared by the
// CBS StatLine and KOSIS formats.
import { remarks, publishedNumber, type ImportContext } from '../context';
import type { RowMapper } from '../format';
import type { UnitWord } from '../../data/types';

export interface MeasureColumn {
	index: number;
	title: string;
	flow: 'export' | 'import';
	currency: string;
	unit: UnitWord;
}

export interface TableLayout {
	reporter: string;
	countryColumn: number;
	periodColumn: number;
	measures: MeasureColumn[];
	/** Text period → contract period and a remark (e.g. provisional), or null when not a period. */
	period(text: string): { period: string; remark: string } | null;
	/** Cell → published number text, a skip reason, or null when the cell is not a number. */
	value(cell: string): { value: string; remark: string } | { skip: string } | null;
	decimalMark: '.' | ',';
}

/** Maps the rows of a country × period table with one column per flow. */
export function tableMapper(ctx: ImportContext, header: string[], layout: TableLayout): RowMapper {
	return {
		row(f, line) {
			const periodText = (f[layout.periodColumn] ?? '').trim();
			const p = layout.period(periodText);
			if (!p)
				return ctx.reject(
					line,
					header[layout.periodColumn] ?? '',
					periodText,
					'a period such as 2020, 2020* or 2020 januari / 2020. 08 월'
				);
			const name = (f[layout.countryColumn] ?? '').trim();
			const partner = ctx.area(name, line, header[layout.countryColumn] ?? '');
			if (!partner) return;
			for (const m of layout.measures) {
				const cell = f[m.index] ?? '';
				const v = layout.value(cell);
				if (v === null) {
					ctx.reject(line, m.title, cell, 'a number');
					continue;
				}
				if ('skip' in v) {
					ctx.skip(v.skip, line);
					continue;
				}
				ctx.trade(
					{
						period: p.period,
						reporter: layout.reporter,
						partner,
						flow: m.flow,
						value: v.value,
						currency: m.currency,
						unit: m.unit,
						valuation: 'not stated',
						concept: 'not stated',
						qualifier: '',
						source: ctx.sourceId,
						remark: remarks(p.remark, v.remark),
						product_classification: '',
						product_code: '',
						product_label: ''
					},
					line
				);
			}
		}
	};
}

/** A plain number cell (padded, quoted), with the table's decimal mark. */
export function plainValue(cell: string, decimalMark: '.' | ','): { value: string; remark: string } | null {
	const v = publishedNumber(cell, decimalMark);
	return v === null ? null : { value: v, remark: '' };
}
