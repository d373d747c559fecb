// World Bank World Development Indicators, indicator download (API CSV): UTF-8 with BOM, a 4-line
// preamble ("Data Source", blank, "Last Updated Date", blank), then "Country Name","Country Code",
// "Indicator Name","Indicator Code","1960",… with a trailing comma. English or French edition (names
// differ, header keys and codes do not). Only PA.NUS.FCRF (official rate, LCU per US$) → fx.csv.
import countries from 'i18n-iso-countries';
import countryToCurrency from 'country-to-currency';
import { publishedNumber } from '../context';
import { cells, columnIndex, missingColumns, type FormatSpec } from '../format';
import euro from '../tables/euro.json';
import type { FxInput } from '../columns';

const INDICATOR = 'PA.NUS.FCRF';
const REQUIRED = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'] as const;

function headerIndex(lines: string[]): number {
	const at = lines.findIndex((l) => /^"?Country Name"?,"?Country Code"?,/.test(l));
	return at;
}

/**
 * The currency a WDI row's local currency unit is in, for a year: the euro from a member's adoption
 * year (and always for the Euro area aggregate, EMU), the replaced currency before it, otherwise the
 * country's ISO 4217 currency. Null for an aggregate or a code without a currency.
 * @example lcu('NLD', 1998) → 'NLG'; lcu('NLD', 1999) → 'EUR'; lcu('KOR', 1960) → 'KRW'
 */
export function lcu(code: string, year: number): string | null {
	if (code === 'EMU') return 'EUR';
	const member = (euro.members as unknown as Record<string, [string, number]>)[code];
	if (member) return year >= member[1] ? 'EUR' : member[0];
	const alpha2 = countries.alpha3ToAlpha2(code);
	return (alpha2 && (countryToCurrency as Record<string, string>)[alpha2]) || null;
}

export const wdiFx: FormatSpec = {
	id: 'wdi-fx',
	label: 'World Bank WDI indicator CSV',
	publisher: 'World Bank (World Development Indicators)',
	encodings: [],
	delimiter: ',',
	sniff(lines) {
		const h = headerIndex(lines);
		if (h < 0) return null;
		const header = cells(lines[h] ?? '', ',');
		const first = cells(lines[h + 1] ?? '', ',');
		const ix = columnIndex(header);
		const code = first[ix.get('Indicator Code') ?? -1] ?? '';
		const name = first[ix.get('Indicator Name') ?? -1] ?? '';
		if (code && code !== INDICATOR) {
			return {
				ok: false,
				refusal: `a World Bank WDI download of the indicator ${code}${name ? ` (${name})` : ''}, not ${INDICATOR} (official exchange rate, LCU per US$), the only WDI indicator read`
			};
		}
		return { ok: true, headerIndex: h };
	},
	describe(lines) {
		const updated = lines.map((l) => cells(l, ',')).find((c) => c[0] === 'Last Updated Date')?.[1] ?? '';
		const h = headerIndex(lines);
		const header = cells(lines[h] ?? '', ',');
		const name = cells(lines[h + 1] ?? '', ',')[columnIndex(header).get('Indicator Name') ?? -1] ?? '';
		return {
			title: `World Development Indicators: ${INDICATOR}${name ? ` (${name})` : ''}`,
			vintage: updated ? `last updated ${updated}` : '',
			notes:
				'Official exchange rate, local currency units per US dollar, period average (World Bank, from IMF International Financial Statistics). Euro area members are in their former currency before they adopted the euro; the euro rate is taken from the Euro area row (EMU). One rate per currency and year: a currency shared by several rows is taken from the first row (or EMU for the euro), the others are reported as skipped.'
		};
	},
	start(ctx, header) {
		const missing = missingColumns(header, REQUIRED);
		if (missing) return { refusal: missing };
		const ix = columnIndex(header);
		const years = header.map((h, i) => [h.trim(), i] as const).filter(([h]) => /^\d{4}$/.test(h));
		// Held back until every row is read: the euro comes from the Euro area row wherever it stands in the file.
		const rates = new Map<string, { row: FxInput; line: number; preferred: boolean }>();
		return {
			row(f, line) {
				const indicator = (f[ix.get('Indicator Code') as number] ?? '').trim();
				if (indicator !== INDICATOR) return ctx.skip(`indicator ${indicator} (only ${INDICATOR} is read)`, line);
				const code = (f[ix.get('Country Code') as number] ?? '').trim();
				const name = (f[ix.get('Country Name') as number] ?? '').trim();
				for (const [year, i] of years) {
					const raw = (f[i] ?? '').trim();
					if (raw === '') continue;
					const rate = publishedNumber(raw);
					if (rate === null || Number(rate) <= 0) {
						ctx.reject(line, year, raw, 'a positive number (local currency units per US dollar)');
						continue;
					}
					const quote = lcu(code, Number(year));
					if (!quote) {
						ctx.skip(`a row without a single currency (World Bank aggregate or unknown code, e.g. ${code})`, line);
						continue;
					}
					if (quote === 'USD') {
						ctx.skip('US dollars per US dollar (rate 1 by definition)', line);
						continue;
					}
					const key = `${year}|${quote}`;
					const preferred = code === 'EMU';
					const earlier = rates.get(key);
					if (earlier && !(preferred && !earlier.preferred)) {
						ctx.skip(
							`a currency already given by another row for the same year (fx.csv holds one rate per currency pair and year)`,
							line
						);
						continue;
					}
					if (earlier)
						ctx.skip(
							`a currency already given by another row for the same year (fx.csv holds one rate per currency pair and year)`,
							earlier.line
						);
					const row: FxInput = {
						year,
						base: 'USD',
						quote,
						rate,
						source: ctx.sourceId,
						remark: `World Bank row ${name} (${code})`
					};
					rates.set(key, { row, line, preferred });
				}
			},
			finish() {
				for (const { row, line } of rates.values()) ctx.fx(row, line);
			}
		};
	}
};
