import { describe, expect, it } from 'vitest';
import { chartPage, isChartId } from './chartIds';

describe('chartPage', () => {
	it.each([
		['flows', '/trade'],
		['balance', '/trade'],
		['total', '/trade'],
		['growth', '/trade'],
		['mirror-KOR-NLD', '/mirror'],
		['mirror-CHL-NZL', '/mirror'],
		['mirror-gap', '/mirror'],
		['fdi', '/fdi'],
		['products-export', '/products'],
		['products-import', '/products'],
		['chapters-export', '/products'],
		['chapters-import', '/products']
	])('%s lives on %s', (id, page) => {
		expect(chartPage(id)).toBe(page);
		expect(isChartId(id)).toBe(true);
	});

	it.each(['pie', 'mirror-kor-nld', 'mirror-', 'FLOWS', '', 'products', 'products-both', 'chapters-'])(
		'%s is no chart',
		(id) => {
			expect(chartPage(id)).toBeNull();
			expect(isChartId(id)).toBe(false);
		}
	);
});
