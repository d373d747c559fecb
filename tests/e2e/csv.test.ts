// The CSV download: a file a spreadsheet opens correctly, with the figures of the view and gaps as gaps.
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { textWithBom, years } from './page';

const baseUrl = inject('baseUrl');

async function getCsv(query: string): Promise<{ response: Response; body: string; rows: Record<string, string>[] }> {
	const response = await fetch(`${baseUrl}/trade.csv?${query}`);
	const body = await textWithBom(response);
	const parsed = Papa.parse<Record<string, string>>(body.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.errors).toEqual([]);
	return { response, body, rows: parsed.data };
}

describe('/trade.csv', () => {
	it('KOR–NLD 2000–2020: headers, BOM, the 2020 figures and exactly the years asked for', async () => {
		const { response, body, rows } = await getCsv('reporter=KOR&partner=NLD&from=2000&to=2020');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
		expect(response.headers.get('content-disposition')).toMatch(/filename="?kor-nld-trade-2000-2020\.csv"?/);
		expect(body.charCodeAt(0)).toBe(0xfeff);

		const row2020 = rows.find((r) => r.period === '2020' && r.source_id === 'imf-dots-2022');
		expect(row2020, 'a 2020 row from imf-dots-2022').toBeDefined();
		expect(Number(row2020?.exports).toFixed(1)).toBe('3987.1');
		expect(Number(row2020?.imports).toFixed(1)).toBe('6223.8');
		expect(Number(row2020?.balance).toFixed(1)).toBe('-2236.7');
		expect(row2020?.reporter).toBe('KOR');
		expect(row2020?.partner).toBe('NLD');
		expect(row2020?.currency).toBe('USD');
		expect(row2020?.unit).toBe('millions');

		const periods = [...new Set(rows.map((r) => r.period))].sort();
		expect(periods).toEqual(years(2000, 2020));
	});

	it('a gap year is an empty cell, never 0', async () => {
		const { rows } = await getCsv('reporter=KOR&partner=NLD&from=1960&to=1965');
		expect([...new Set(rows.map((r) => r.period))].sort()).toEqual(years(1960, 1965));
		const row1960 = rows.find((r) => r.period === '1960' && r.source_id === 'imf-dots-2022');
		expect(row1960, 'a 1960 row from imf-dots-2022').toBeDefined();
		// Korea reported no exports to the Netherlands for 1960, only imports (5.5).
		expect(row1960?.exports).toBe('');
		expect(row1960?.imports).toBe('5.5');
		expect(row1960?.balance).toBe('');
	});
});
