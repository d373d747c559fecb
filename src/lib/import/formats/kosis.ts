// KOSIS / K-stat table download: CP949 (EUC-KR), Korean headers, every field quoted, a trailing comma,
// periods like "2020. 08 월", Korean country names, the unit in the column title ("수출금액 (천달러)").
// Reporter: KOR.
import { cells } from '../format';
import type { FormatSpec } from '../format';
import type { UnitWord } from '../../data/types';
import { plainValue, tableMapper, type MeasureColumn } from './statistics';

/**
 * KOSIS period text → contract period.
 * @example kosisPeriod('2020. 08 월') → { period: '2020-08', remark: '' }; kosisPeriod('2020 년') → { period: '2020', … }
 * @example kosisPeriod('2020. 3/4') → { period: '2020-Q3', … }; kosisPeriod('2023 p)') → { period: '2023', remark: 'KOSIS provisional (p)' }
 */
export function kosisPeriod(text: string): { period: string; remark: string } | null {
	const t = text.trim();
	const provisional = /\s*p\)?$/i.test(t) ? 'KOSIS provisional (p)' : '';
	const body = t.replace(/\s*p\)?$/i, '');
	let m = /^(\d{4})\s*(?:년)?$/.exec(body);
	if (m) return { period: m[1] as string, remark: provisional };
	m = /^(\d{4})\s*[.\-]\s*(\d{1,2})\s*(?:월)?$/.exec(body);
	if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12)
		return { period: `${m[1]}-${(m[2] as string).padStart(2, '0')}`, remark: provisional };
	m = /^(\d{4})\s*[.\-]\s*([1-4])\/4$/.exec(body);
	if (m) return { period: `${m[1]}-Q${m[2]}`, remark: provisional };
	return null;
}

/** Currency and unit of a KOSIS column title: (천달러) thousands of US$, (백만달러), (달러), (천원), (백만원). */
export function kosisUnit(title: string): { currency: string; unit: UnitWord } | null {
	const m = /\(\s*(천|백만|십억)?\s*(달러|원|US\$)\s*\)/.exec(title);
	if (!m) return null;
	const unit: UnitWord =
		m[1] === '천' ? 'thousands' : m[1] === '백만' ? 'millions' : m[1] === '십억' ? 'billions' : 'units';
	return { currency: m[2] === '원' ? 'KRW' : 'USD', unit };
}

export const kosis: FormatSpec = {
	id: 'kosis',
	label: 'KOSIS / K-stat CSV',
	publisher: 'Statistics Korea (KOSIS)',
	// KOSIS downloads are CP949 ("euc-kr" in the WHATWG Encoding Standard is CP949/UHC).
	encodings: ['euc-kr'],
	delimiter: ',',
	sniff(lines) {
		const header = cells(lines[0] ?? '', ',').map((c) => c.trim());
		if (!header.includes('시점')) return null;
		if (!header.some((c) => /수출|수입/.test(c) && kosisUnit(c))) {
			return {
				ok: false,
				refusal: `a KOSIS table without export (수출) or import (수입) value columns, such as a population table (columns ${header.filter(Boolean).slice(0, 4).join(', ')})`
			};
		}
		return { ok: true, headerIndex: 0 };
	},
	describe: (_lines, fileName) => ({
		title: `KOSIS trade by country (${fileName})`,
		notes:
			"Korea's trade by country as published on KOSIS (Korea Customs Service data). The file states neither the trade concept nor the valuation. Counts and weights are not imported."
	}),
	start(ctx, header) {
		const names = header.map((c) => c.trim());
		const countryColumn = names.findIndex((n) => n.includes('국가'));
		const periodColumn = names.indexOf('시점');
		if (countryColumn < 0) return { refusal: 'it has no country column (국가별)' };
		const measures: MeasureColumn[] = [];
		for (const [index, name] of names.entries()) {
			// Values only: counts (건수), weights (중량) and growth rates (증감률) are not trade values.
			if (!/(수출|수입)(금액|액)/.test(name)) continue;
			const u = kosisUnit(name);
			if (!u)
				return {
					refusal: `its column "${name}" states no unit the contract has (expected (달러), (천달러), (백만달러), (천원), (백만원))`
				};
			measures.push({ index, title: name, flow: name.includes('수출') ? 'export' : 'import', ...u });
		}
		return tableMapper(ctx, header, {
			reporter: 'KOR',
			countryColumn,
			periodColumn,
			measures,
			decimalMark: '.',
			period: kosisPeriod,
			value(cell) {
				const v = cell.trim();
				if (v === '' || v === '-') return { skip: 'no figure ("-" or empty)' };
				return plainValue(v, '.');
			}
		});
	}
};
