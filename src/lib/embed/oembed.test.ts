import { describe, expect, it } from 'vitest';
import { embedSnippet } from './links';
import { oembedDiscoveryLink, oembedResponse, oembedSize, oembedTarget } from './oembed';
import { withLocale } from '../i18n/locale';

const O = 'https://x.org';

describe('oembedTarget', () => {
	it.each([
		[
			`${O}/embed/balance?reporter=KOR&partner=NLD&from=2000&to=2020`,
			{ chart: 'balance', query: 'reporter=KOR&partner=NLD&from=2000&to=2020', theme: 'light', latest: false }
		],
		[
			`${O}/embed/growth?reporter=KOR&from=2000&theme=dark&utm_source=x`,
			{ chart: 'growth', query: 'reporter=KOR&from=2000', theme: 'dark', latest: true }
		],
		[
			`${O}/trade?reporter=KOR&partner=NLD#chart-total`,
			{ chart: 'total', query: 'reporter=KOR&partner=NLD', theme: 'light', latest: false }
		],
		[`${O}/trade/?by=NLD`, { chart: 'flows', query: 'by=NLD', theme: 'light', latest: false }],
		[`${O}/trade#chart-nonsense`, { chart: 'flows', query: '', theme: 'light', latest: false }],
		[`${O}/`, { chart: 'flows', query: '', theme: 'light', latest: false }],
		[
			`${O}/?pair=KOR-NLD&currency=EUR`,
			{ chart: 'flows', query: 'pair=KOR-NLD&currency=EUR', theme: 'light', latest: false }
		],
		['http://x.org/embed/total', { chart: 'total', query: '', theme: 'light', latest: true }],
		[
			`${O}/embed/fdi?reporter=KOR&to=2012`,
			{ chart: 'fdi', query: 'reporter=KOR&to=2012', theme: 'light', latest: false }
		],
		[
			`${O}/mirror?from=1995#chart-mirror-KOR-NLD`,
			{ chart: 'mirror-KOR-NLD', query: 'from=1995', theme: 'light', latest: false }
		],
		[`${O}/mirror#chart-balance`, { chart: 'mirror-gap', query: '', theme: 'light', latest: false }],
		[`${O}/fdi`, { chart: 'fdi', query: '', theme: 'light', latest: false }],
		[
			`${O}/products?reporter=AAA&partner=BBB&year=2021&set=s%3AHS%3AUSD#chart-chapters-import`,
			{
				chart: 'chapters-import',
				query: 'reporter=AAA&partner=BBB&year=2021&set=s%3AHS%3AUSD',
				theme: 'light',
				latest: false
			}
		],
		[`${O}/products`, { chart: 'products-export', query: '', theme: 'light', latest: false }],
		[
			`${O}/embed/products-import?reporter=AAA&year=2021`,
			{ chart: 'products-import', query: 'reporter=AAA&year=2021', theme: 'light', latest: false }
		],
		[
			`${O}/embed/products-import?reporter=AAA`,
			{ chart: 'products-import', query: 'reporter=AAA', theme: 'light', latest: true }
		]
	])('%s is embeddable', (url, target) => {
		expect(oembedTarget(url, O)).toEqual(target);
	});

	it.each([
		'https://evil.org/embed/flows',
		'ftp://x.org/embed/flows',
		'https://x.org.evil.org/embed/flows',
		`${O}/embed/pie`,
		`${O}/embed/`,
		`${O}/sources`,
		`${O}/chart/flows.png`,
		'not a url',
		''
	])('%s is not', (url) => {
		expect(oembedTarget(url, O)).toBeNull();
	});
});

describe('oembedSize', () => {
	it.each([
		[null, null, 640, 560],
		[400, null, 400, 560],
		[1000, 1000, 640, 560],
		[300.7, 200, 300, 200],
		[0, -5, 640, 560],
		[Number.NaN, null, 640, 560]
	])('maxwidth %s, maxheight %s → %i × %i', (mw, mh, width, height) => {
		expect(oembedSize(mw, mh)).toEqual({ width, height });
	});
});

describe('oembedResponse', () => {
	it('is a rich oEmbed 1.0 answer with the same snippet as the Embed dialog', () => {
		const target = {
			chart: 'balance' as const,
			query: 'reporter=KOR&partner=NLD&from=2000&to=2020',
			theme: 'light' as const,
			latest: false
		};
		const r = oembedResponse(target, { origin: O, title: 'KOR balance', maxwidth: 500 });
		expect(r).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: 'KOR balance',
			provider_name: 'Bilateral trade dashboard',
			provider_url: `${O}/`,
			width: 500,
			height: 560,
			thumbnail_url: `${O}/chart/balance.png?reporter=KOR&partner=NLD&from=2000&to=2020&width=500&height=313`,
			thumbnail_width: 500,
			thumbnail_height: 313
		});
		expect(r.html).toBe(
			embedSnippet({
				origin: O,
				src: `${O}/embed/balance?${target.query}`,
				title: 'KOR balance',
				width: 500,
				height: 560
			})
		);
	});

	it('answers in the current language: its provider name, and an embed and thumbnail that speak it', () => {
		const target = {
			chart: 'flows',
			query: 'reporter=KOR&partner=NLD&from=2000',
			theme: 'light' as const,
			latest: true
		};
		const r = withLocale('nl', () => oembedResponse(target, { origin: O, title: 'Handel' }));
		expect(r.provider_name).toBe('Dashboard bilaterale handel');
		expect(r.html).toContain(`src="${O}/embed/flows?reporter=KOR&amp;partner=NLD&amp;from=2000&amp;lang=nl"`);
		expect(r.thumbnail_url).toBe(
			`${O}/chart/flows.png?reporter=KOR&partner=NLD&from=2000&lang=nl&width=640&height=400`
		);
		// A pasted URL that names its language keeps it.
		const ko = withLocale('nl', () =>
			oembedResponse({ ...target, query: `${target.query}&lang=ko` }, { origin: O, title: 'x' })
		);
		expect(ko.thumbnail_url).toContain('lang=ko&width');
		expect(ko.thumbnail_url).not.toContain('lang=nl');
	});
});

describe('oembedDiscoveryLink', () => {
	it('links embeddable pages to the oEmbed endpoint with their own URL', () => {
		expect(oembedDiscoveryLink(new URL(`${O}/trade?reporter=KOR&partner=NLD`))).toBe(
			`<link rel="alternate" type="application/json+oembed" href="${O}/oembed?url=https%3A%2F%2Fx.org%2Ftrade%3Freporter%3DKOR%26partner%3DNLD" title="Chart (oEmbed)">`
		);
	});
	it('names the language a page is shown in, even when its URL does not say it', () => {
		expect(withLocale('ko', () => oembedDiscoveryLink(new URL(`${O}/trade?reporter=KOR`)))).toBe(
			`<link rel="alternate" type="application/json+oembed" href="${O}/oembed?url=https%3A%2F%2Fx.org%2Ftrade%3Freporter%3DKOR%26lang%3Dko" title="차트(oEmbed)">`
		);
	});
	it.each([`${O}/sources`, `${O}/claims`, `${O}/chart/flows.png`])('gives %s none', (url) => {
		expect(oembedDiscoveryLink(new URL(url))).toBeNull();
	});
});
