// Bad query parameters never break a page or the CSV: the view clamps them and says so.
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { textWithBom, useBrowser } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();

/**
 * Each bad query, what the notice must mention, and the state the page must fall back to
 * (KOR–NLD figures start in 1960; Korea is the first reporter of the bundled data).
 */
const CASES: { query: string; mentions: RegExp; from: string; to: string; byCurrent: string }[] = [
	{ query: 'reporter=KOR&partner=NLD&from=abc&to=2020', mentions: /abc/, from: '1960', to: '2020', byCurrent: 'Korea' },
	{
		query: 'reporter=KOR&partner=NLD&from=1960&to=1800',
		mentions: /1960/,
		from: '1960',
		to: '1960',
		byCurrent: 'Korea'
	},
	{
		query: 'reporter=KOR&partner=NLD&from=2020&to=2000',
		mentions: /swap/i,
		from: '2000',
		to: '2020',
		byCurrent: 'Korea'
	},
	{ query: 'reporter=XYZ&from=2000&to=2020', mentions: /XYZ/, from: '2000', to: '2020', byCurrent: 'Korea' },
	{
		query: 'reporter=KOR&partner=NLD&by=FRA&from=2000&to=2020',
		mentions: /FRA/,
		from: '2000',
		to: '2020',
		byCurrent: 'Korea'
	}
];

describe('invalid parameters on /trade', () => {
	for (const c of CASES) {
		it(`?${c.query} → 200, a visible notice, a clamped view`, async () => {
			const { page, response, errors } = await open(`${baseUrl}/trade?${c.query}`);
			expect(response?.status()).toBe(200);
			const notice = page.getByRole('status');
			await expect(notice.isVisible()).resolves.toBe(true);
			expect(await notice.innerText()).toMatch(c.mentions);
			expect(await page.getByRole('spinbutton', { name: 'From' }).inputValue()).toBe(c.from);
			expect(await page.getByRole('spinbutton', { name: 'to', exact: true }).inputValue()).toBe(c.to);
			const current = page.locator('nav[aria-label="Whose figures"] a[aria-current="page"]');
			expect(await current.innerText()).toContain(c.byCurrent);
			expect(errors).toEqual([]);
		});
	}
});

describe('invalid parameters on /trade.csv', () => {
	for (const c of CASES) {
		it(`?${c.query} → 200 CSV within the clamped years`, async () => {
			const response = await fetch(`${baseUrl}/trade.csv?${c.query}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
			const body = await textWithBom(response);
			expect(body.startsWith('\uFEFFperiod,')).toBe(true);
			const parsed = Papa.parse<Record<string, string>>(body.slice(1), { header: true, skipEmptyLines: true });
			expect(parsed.errors).toEqual([]);
			expect(parsed.data.length).toBeGreaterThan(0);
			const periods = parsed.data.map((r) => Number(r.period));
			expect(Math.min(...periods)).toBeGreaterThanOrEqual(Number(c.from));
			expect(Math.max(...periods)).toBeLessThanOrEqual(Number(c.to));
			expect(new Set(parsed.data.map((r) => `${r.reporter}-${r.partner}`))).toEqual(new Set(['KOR-NLD']));
			expect(new Set(parsed.data.map((r) => r.reported_by))).toEqual(new Set(['KOR']));
		});
	}
});
