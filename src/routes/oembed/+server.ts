import { error, json } from '@sveltejs/kit';
import { stateQuery } from '$lib/embed/links';
import { oembedResponse, oembedTarget } from '$lib/embed/oembed';
import { getLocale, localeOf, withLocale } from '$lib/i18n/locale';
import { chartFromUrl } from '$lib/server/render/chartFromUrl';
import { requireStore } from '$lib/server/views';
import type { RequestHandler } from './$types';

const number = (raw: string | null) => (raw === null || raw === '' ? null : Number(raw));

/** oEmbed provider endpoint (https://oembed.com): JSON only; XML is "501 Not Implemented" as the spec says. */
export const GET: RequestHandler = async ({ url, locals }) => {
	const format = url.searchParams.get('format') ?? 'json';
	if (format !== 'json') error(501, `Only format=json is available.`);
	const target = oembedTarget(url.searchParams.get('url') ?? '', url.origin);
	if (!target) error(404, 'Not an embeddable chart of this site: use a /trade, / or /embed/<chart> URL.');
	// The answer speaks the language of the pasted URL (a Korean page's link says lang=ko), unless the
	// consumer asked this endpoint for one (its own `lang`, which the request's locale already is).
	const locale = localeOf(url.searchParams.get('lang'))
		? getLocale()
		: (localeOf(new URLSearchParams(target.query).get('lang')) ?? 'en');
	return withLocale(locale, async () => {
		// The title is the chart's own for that state, built the way the embed page builds it; the snippet
		// pins the resolved state (years filled in) unless the pasted embed asked for the latest data.
		const chart = await chartFromUrl(
			requireStore(locals.store, locals.status),
			target.chart,
			new URL(`/embed/${target.chart}?${target.query}`, url.origin)
		);
		const query = stateQuery(chart.query, { latest: target.latest });
		const body = oembedResponse(
			{ ...target, query },
			{
				origin: url.origin,
				title: chart.spec.title,
				maxwidth: number(url.searchParams.get('maxwidth')),
				maxheight: number(url.searchParams.get('maxheight'))
			}
		);
		return json(body, {
			headers: { 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' }
		});
	});
};
