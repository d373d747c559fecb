// Every chart of every page — trade, mirror and FDI — can leave the dashboard: download menu, embed
// and cite on the page, and working image, CSV and embed addresses.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe.each([
	['/trade?reporter=KOR&partner=NLD&from=2000&to=2020', ['flows', 'balance', 'total', 'growth']],
	['/mirror?reporter=KOR&partner=NLD&from=1995&to=2020', ['mirror-KOR-NLD', 'mirror-NLD-KOR', 'mirror-gap']],
	['/fdi?reporter=KOR&partner=NLD', ['fdi']]
])('%s', (path, ids) => {
	it('offers download, embed and cite on every chart', async () => {
		const { page, errors } = await open(baseUrl + path);
		expect(await waitForAllDrawn(page)).toBe(true);
		const charts = await page
			.locator('div[data-chart]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-chart')));
		expect(charts).toEqual(ids);
		for (const id of ids) {
			const card = page.locator(`#chart-${id}`);
			const group = card.getByRole('group', { name: /Download, embed or cite/ });
			expect(await group.count()).toBe(1);
			expect(await group.getByText('Download', { exact: true }).count()).toBe(1);
			expect(await group.getByRole('button', { name: /Embed/ }).count()).toBe(1);
			expect(await group.getByRole('button', { name: /Cite/ }).count()).toBe(1);
		}
		expect(errors).toEqual([]);
	});

	it.each(ids)('serves %s as PNG, SVG, CSV and embed', async (id) => {
		const query = new URL(baseUrl + path).search;
		const png = new Uint8Array(await (await fetch(`${baseUrl}/chart/${id}.png${query}`)).arrayBuffer());
		expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
		const svg = await fetch(`${baseUrl}/chart/${id}.svg${query}`);
		expect(svg.headers.get('content-type')).toContain('image/svg+xml');
		expect(await svg.text()).toContain('<svg');
		const csv = await fetch(`${baseUrl}/chart/${id}.csv${query}`);
		expect(csv.status).toBe(200);
		expect((await csv.text()).split('\n').length).toBeGreaterThan(2);
		const embed = await fetch(`${baseUrl}/embed/${id}${query}`);
		expect(embed.status).toBe(200);
		expect(await embed.text()).toContain(`data-chart="${id}"`);
	});
});

it('answers an unknown chart with 404, not 500', async () => {
	for (const url of ['/chart/pie.png', '/chart/mirror-gap.png?reporter=XYZ&partner=QQQ', '/embed/pie']) {
		expect((await fetch(baseUrl + url)).status, url).toBeLessThan(500);
	}
	expect((await fetch(`${baseUrl}/chart/pie.png`)).status).toBe(404);
});
