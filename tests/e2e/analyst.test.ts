// The analyst's questions in the browser: mirror statistics, the currency switch, claims beside the
// data, and policy events on the charts.
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { readDrawn, useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();

describe('/mirror', () => {
	it('shows both reporters for both flows, with the 2020 gap', async () => {
		const { page, response, errors } = await open(`${baseUrl}/mirror?reporter=KOR&partner=NLD&from=1995&to=2020`);
		expect(response?.status()).toBe(200);
		expect(await waitForAllDrawn(page)).toBe(true);
		for (const id of ['mirror-KOR-NLD', 'mirror-NLD-KOR']) {
			const drawn = await readDrawn(page, id);
			expect(drawn?.labels[0]).toBe('1995');
			expect(drawn?.labels.at(-1)).toBe('2020');
			expect(drawn?.series).toHaveLength(2);
		}
		const row = page.locator('table[data-table="mirror-KOR-NLD"] tr[data-period="2020"]');
		expect(await row.locator('[data-col=exporter]').innerText()).toContain('3,987.1');
		expect(await row.locator('[data-col=importer]').innerText()).toContain('6,414.8');
		expect(await row.locator('[data-col=gap]').innerText()).toContain('−2,427.7');
		expect(await page.getByRole('heading', { name: 'Why the two reports differ' }).count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('downloads the gap columns as CSV', async () => {
		const res = await fetch(`${baseUrl}/mirror.csv?reporter=KOR&partner=NLD&from=1995&to=2020`);
		expect(res.headers.get('content-disposition')).toContain('kor-nld-mirror-1995-2020.csv');
		const rows = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true }).data;
		const r = rows.find((x) => x.period === '2020' && x.exporter === 'KOR');
		expect(Number(r?.exporter_reported).toFixed(1)).toBe('3987.1');
		expect(Number(r?.importer_reported).toFixed(1)).toBe('6414.8');
		expect(Number(r?.gap).toFixed(1)).toBe('-2427.7');
		expect(r).toHaveProperty('gap_pct_of_importer_reported');
		expect(r).toHaveProperty('cif_fob_ratio');
	});
});

describe('currency switch on /trade', () => {
	it('converts a known year at the stated rate, and the published figures stay one click away', async () => {
		const { page, errors } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2019&to=2020`);
		expect(await waitForAllDrawn(page)).toBe(true);
		await page.getByRole('navigation', { name: 'Currency' }).getByRole('link', { name: 'EUR' }).click();
		await page.waitForURL(/currency=EUR/);
		await page.waitForFunction(() => document.querySelector('.unit')?.textContent?.includes('EUR'));
		const drawn = await readDrawn(page, 'flows');
		const at2020 = drawn?.labels.indexOf('2020') ?? -1;
		// World Bank 2020: 0.875506396987998 EUR per USD; IMF DOTS: 3,987.104 USD million.
		expect(drawn?.series[0]?.values[at2020]).toBeCloseTo(3987.104 * 0.875506396987998, 6);
		expect(await page.locator('#chart-flows .unit').innerText()).toContain('EUR million (converted from USD)');
		await page.getByRole('navigation', { name: 'Currency' }).getByRole('link', { name: 'as published' }).click();
		await page.waitForURL((url) => !url.searchParams.has('currency'));
		await page.waitForFunction(() => document.querySelector('#chart-flows .unit')?.textContent?.startsWith('USD'));
		expect(errors).toEqual([]);
	});

	it('shows a year without a rate unconverted and flagged', async () => {
		const { page } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=1997&to=2000&currency=EUR`);
		expect(await page.locator('#chart-flows').innerText()).toContain('No exchange rate for 1997–1998');
		const res = await fetch(`${baseUrl}/trade.csv?reporter=KOR&partner=NLD&from=1997&to=2000&currency=EUR`);
		const rows = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true }).data;
		const r1998 = rows.find((r) => r.period === '1998' && r.source_id === 'imf-dots-2022');
		expect(r1998?.exports).toBe('');
		expect(r1998?.unconverted_exports).toBe('1954.8');
		expect(r1998?.unconverted_currency).toBe('USD');
		expect(r1998?.converted_from).toBe('USD');
	});
});

describe('/claims', () => {
	it('lists the 564 million claim with the nearest Korea-reported figure', async () => {
		const { page, errors } = await open(`${baseUrl}/claims`);
		const claim = page.locator('[data-claim="hcss-2024-kor-imports-from-nld"]');
		// As published: "USD 564 million", not 564.0; "9.2 bn" stays 9.2 bn (issue 9, defect 7).
		expect(await claim.locator('[data-claim-value]').innerText()).toContain('USD 564 million');
		const first = claim
			.locator('table[data-table="claim-hcss-2024-kor-imports-from-nld"] tr[data-side="same side"]')
			.first();
		expect(await first.locator('[data-reported-value]').innerText()).toContain('9.2 bn');
		expect(await first.innerText()).toContain('2021');
		expect(await page.locator('article[data-claim]').count()).toBe(7);
		expect(errors).toEqual([]);
	});
});

describe('policy events', () => {
	it('toggles the event markers on the charts and in the table', async () => {
		// Events are a layer the reader turns on (issue 9): events=show, then off again.
		const { page, errors } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2010&to=2024&events=show`);
		expect(await waitForAllDrawn(page)).toBe(true);
		const before = (await page.locator('div[data-chart="flows"]').getAttribute('data-drawn')) ?? '';
		expect((JSON.parse(before) as { events: string[] }).events).toEqual([
			'event-2016',
			'event-2022',
			'event-2023',
			'event-2024'
		]);
		expect(await page.locator('table[data-table="flows"] td.event').first().count()).toBe(1);
		await page.locator('a[data-toggle="events"]').click();
		await page.waitForURL((url) => !url.searchParams.has('events'));
		await page.waitForFunction(() => {
			const raw = document.querySelector('div[data-chart="flows"]')?.getAttribute('data-drawn');
			return raw !== null && raw !== undefined && (JSON.parse(raw) as { events: string[] }).events.length === 0;
		});
		expect(await page.locator('table[data-table="flows"] td.event').count()).toBe(0);
		await page.reload({ waitUntil: 'networkidle' });
		expect(await page.locator('a[data-toggle="events"]').getAttribute('aria-pressed')).toBe('false');
		expect(errors).toEqual([]);
	});
});

describe('trade summary', () => {
	it('gives the coverage ratio and the partner shares of trade with the World for the latest year', async () => {
		const { page } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2000&to=2020`);
		const ratios = page.locator('p.ratios');
		expect(await ratios.getAttribute('data-period')).toBe('2020');
		// IMF DOTS 2020: 3,987.104 / 6,223.837 = 0.64; exports to NLD / exports to the World = 0.78 %.
		expect(await ratios.locator('[data-measure=coverage]').innerText()).toBe('0.64');
		expect(await ratios.locator('[data-measure=exports-share]').innerText()).toBe('0.8%');
		expect(await ratios.locator('[data-measure=imports-share]').innerText()).toBe('1.3%');
	});
});
