// Accessibility: no serious or critical axe violations at desktop width; no sideways scrolling on a phone.
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, waitForAllDrawn } from './page';

const baseUrl = inject('baseUrl');
const { open } = useBrowser();

describe('axe at 1280 px', () => {
	for (const p of ['/', '/trade', '/fdi', '/sources']) {
		it(`${p} has no serious or critical violations`, async () => {
			const { page, response } = await open(baseUrl + p, { width: 1280 });
			expect(response?.status()).toBe(200);
			if ((await page.locator('div[data-chart]').count()) > 0) await waitForAllDrawn(page);
			const results = await new AxeBuilder({ page }).analyze();
			const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
			const report = bad.map(
				(v) =>
					`${v.impact} ${v.id}: ${v.help} (${v.helpUrl})\n` +
					v.nodes
						.map(
							(n) => `    ${n.target.join(' ')}${n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : ''}`
						)
						.join('\n')
			);
			if (report.length) console.log(`axe ${p}:\n${report.join('\n')}`);
			expect(report).toEqual([]);
		});
	}
});

describe('phone width', () => {
	it('/trade does not scroll sideways at 390 px', async () => {
		const { page, response, errors } = await open(`${baseUrl}/trade?reporter=KOR&partner=NLD&from=2000&to=2020`, {
			width: 390,
			height: 844
		});
		expect(response?.status()).toBe(200);
		expect(await waitForAllDrawn(page)).toBe(true);
		const widths = await page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			// The widest elements, to say what overflows when the test fails.
			culprits: [...document.querySelectorAll('body *')]
				.filter((el) => el.getBoundingClientRect().right > 391)
				.slice(0, 5)
				.map(
					(el) =>
						`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} right=${Math.round(el.getBoundingClientRect().right)}`
				)
		}));
		expect(widths.scroll, `overflowing: ${widths.culprits.join('; ')}`).toBeLessThanOrEqual(390 + 1);
		expect(errors).toEqual([]);
	});
});
