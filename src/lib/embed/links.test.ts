import { describe, expect, it } from 'vitest';
import {
	EMBED_HEIGHT_MESSAGE,
	attr,
	chartFileUrl,
	dashboardUrl,
	embedSnippet,
	embedTheme,
	embedUrl,
	iframeHtml,
	resizeScript,
	siteName,
	stateQuery,
	withLang,
	withParams
} from './links';
import { withLocale } from '../i18n/locale';

const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';

describe('embedTheme', () => {
	it.each([
		['light', 'light'],
		['dark', 'dark'],
		['auto', 'auto'],
		['DARK', 'light'],
		['', 'light'],
		[null, 'light']
	] as const)('%j → %s', (raw, theme) => {
		expect(embedTheme(raw)).toBe(theme);
	});
});

describe('dashboardUrl', () => {
	it.each([
		['balance', '/trade?q=1#chart-balance'],
		['mirror-KOR-NLD', '/mirror?q=1#chart-mirror-KOR-NLD'],
		['fdi', '/fdi?q=1#chart-fdi']
	])('links %s back to its page', (id, href) => {
		expect(dashboardUrl('', id, 'q=1')).toBe(href);
	});
});

describe('stateQuery', () => {
	it('pins the years by default', () => {
		expect(stateQuery(Q)).toBe(Q);
	});
	it('drops only the end year for "always latest data"', () => {
		expect(stateQuery(`${Q}&by=NLD&currency=EUR`, { latest: true })).toBe(
			'reporter=KOR&partner=NLD&from=2000&by=NLD&currency=EUR'
		);
	});
	it('drops the year of a products chart for "always latest data", keeping its product set', () => {
		expect(stateQuery('reporter=AAA&partner=BBB&year=2022&set=s%3AHS%3AUSD', { latest: true })).toBe(
			'reporter=AAA&partner=BBB&set=s%3AHS%3AUSD'
		);
	});
});

describe('urls', () => {
	it.each([
		[embedUrl('https://x.org', 'flows', Q), `https://x.org/embed/flows?${Q}`],
		[embedUrl('https://x.org', 'flows', Q, 'light'), `https://x.org/embed/flows?${Q}`],
		[embedUrl('https://x.org', 'balance', Q, 'dark'), `https://x.org/embed/balance?${Q}&theme=dark`],
		[dashboardUrl('https://x.org', 'growth', Q), `https://x.org/trade?${Q}#chart-growth`],
		[chartFileUrl('', 'total', 'svg', Q), `/chart/total.svg?${Q}`],
		[withParams('a=1&b=2', { b: '3', c: undefined, d: 'x y' }), 'a=1&b=3&d=x+y']
	])('%s', (got, want) => {
		expect(got).toBe(want);
	});
});

describe('snippets', () => {
	it('escapes attribute text', () => {
		expect(attr(`a "b" & <c>`)).toBe('a &quot;b&quot; &amp; &lt;c&gt;');
	});

	it('has a fixed-height iframe that works without script, full width from 280 px', () => {
		const html = iframeHtml({ src: `https://x.org/embed/flows?${Q}`, title: 'KOR "trade"' });
		expect(html).toBe(
			`<iframe src="https://x.org/embed/flows?reporter=KOR&amp;partner=NLD&amp;from=2000&amp;to=2020" title="KOR &quot;trade&quot;" height="560" ` +
				`style="width:100%;max-width:100%;min-width:280px;height:560px;border:0" loading="lazy" data-bilateral-embed></iframe>`
		);
		expect(iframeHtml({ src: 's', title: 't', width: 400, height: 300 })).toContain(
			'width="400" height="300" style="width:400px;'
		);
	});

	it('the resize script trusts only this origin and the embed message type', () => {
		const script = resizeScript('https://x.org');
		expect(script).toContain('var o="https://x.org"');
		expect(script).toContain('e.origin!==o');
		expect(script).toContain(`d.type!=="${EMBED_HEIGHT_MESSAGE}"`);
		expect(script).toContain('f[i].contentWindow===e.source');
		expect(embedSnippet({ origin: 'https://x.org', src: 's', title: 't' })).toBe(
			`${iframeHtml({ src: 's', title: 't' })}\n${script}`
		);
	});

	it('the resize script runs: it sets the height of the iframe that sent the message, within bounds', () => {
		const body = /<script>([\s\S]*)<\/script>/.exec(resizeScript('https://x.org'))?.[1] ?? '';
		let listener: ((e: unknown) => void) | null = null;
		const frames = [
			{ contentWindow: 'A', style: { height: '' } },
			{ contentWindow: 'B', style: { height: '' } }
		];
		const document = { querySelectorAll: () => frames };
		const addEventListener = (_type: string, fn: (e: unknown) => void) => (listener = fn);
		new Function('addEventListener', 'document', body)(addEventListener, document);
		const send = (origin: string, source: string, data: unknown) => listener?.({ origin, source, data });
		send('https://x.org', 'B', { type: EMBED_HEIGHT_MESSAGE, height: 612.4 });
		send('https://evil.org', 'A', { type: EMBED_HEIGHT_MESSAGE, height: 900 });
		send('https://x.org', 'A', { type: 'other', height: 900 });
		expect(frames.map((f) => f.style.height)).toEqual(['', '612.4px']);
		send('https://x.org', 'A', { type: EMBED_HEIGHT_MESSAGE, height: 1e9 });
		expect(frames[0]?.style.height).toBe('4000px');
	});
});

describe('withLang', () => {
	it.each([
		['ko', Q, `${Q}&lang=ko`],
		['nl', Q, `${Q}&lang=nl`],
		// English is what an artefact without `lang` speaks: English links stay as they were.
		['en', Q, Q],
		// A language already in the query is the one the link was made for.
		['ko', `${Q}&lang=nl`, `${Q}&lang=nl`],
		['nl', '', 'lang=nl']
	] as const)('%s: %j → %j', (locale, query, expected) => {
		expect(withLang(query, locale)).toBe(expected);
	});

	it('takes the current language by default, so a snippet made on a Korean page is Korean', () => {
		const src = withLocale('ko', () => embedUrl('https://x.org', 'flows', withLang(stateQuery(Q, { latest: true }))));
		expect(src).toBe('https://x.org/embed/flows?reporter=KOR&partner=NLD&from=2000&lang=ko');
		expect(withLocale('nl', () => chartFileUrl('', 'flows', 'png', withLang(Q)))).toBe(`/chart/flows.png?${Q}&lang=nl`);
		expect(withLocale('en', () => withLang(Q))).toBe(Q);
	});
});

describe('siteName', () => {
	it.each([
		['en', 'Bilateral trade dashboard'],
		['ko', '양자 무역 대시보드'],
		['nl', 'Dashboard bilaterale handel']
	] as const)('%s → %s', (locale, name) => {
		expect(withLocale(locale, siteName)).toBe(name);
	});
});
