// No page in Korean or Dutch shows an English UI string from the catalogue. Every English message is
// cut at its placeholders into fragments; a fragment of two words or more that appears in a ko or nl
// page (its visible text and its aria-label, title, alt and placeholder attributes) is English left
// behind. Fragments that are also the translation's own text (names, "CIF") or that occur in the data
// files (source titles, quotes and event texts are data, shown as written) do not count.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from './server';
import { messageTexts, readCatalogue as catalogue } from '../catalogue';

const base = inject('baseUrl');
const Q = 'reporter=KOR&partner=NLD&from=2000&to=2020';
const PAGES = [
	'/',
	`/trade?${Q}`,
	`/mirror?${Q}`,
	`/fdi?${Q}`,
	'/claims',
	'/sources',
	`/products?reporter=KOR&partner=NLD`,
	'/import',
	`/embed/flows?${Q}`,
	'/no-such-page'
];
const fragments = (message: unknown) =>
	messageTexts(message)
		.flatMap((t) => t.split(/\{\w+\}/))
		.map((f) => f.trim().replace(/^[\s,.:;()–—-]+|[\s,.:;()–—-]+$/g, ''))
		.filter((f) => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(f));

const dataText = readdirSync(path.join(ROOT, 'data'))
	.filter((f) => f.endsWith('.csv'))
	.map((f) => readFileSync(path.join(ROOT, 'data', f), 'utf8'))
	.join('\n');

/** What a reader sees or hears of a page: its text outside scripts and styles, and its labelling attributes. */
function readable(html: string): string {
	const body = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
	const attributes = [...body.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((x) => x[1]);
	const text = body.replace(/<[^>]+>/g, ' ');
	return [text, ...attributes]
		.join('\n')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ');
}

const english = catalogue('en');
describe.each(['ko', 'nl'])('%s pages', (locale) => {
	const translated = catalogue(locale);
	const own = new Set(Object.values(translated).flatMap(fragments));
	const suspects = [...new Set(Object.values(english).flatMap(fragments))].filter(
		(f) => !own.has(f) && !dataText.includes(f)
	);

	it('the check has English fragments to look for, and finds them on the English page', async () => {
		expect(suspects.length).toBeGreaterThan(50);
		const english = readable(await (await fetch(`${base}/trade?${Q}&lang=en`)).text());
		expect(suspects.filter((f) => english.includes(f)).length).toBeGreaterThan(20);
	});

	it.each(PAGES)('%s shows no English UI string', async (page) => {
		const url = `${base}${page}${page.includes('?') ? '&' : '?'}lang=${locale}`;
		const response = await fetch(url);
		const html = await response.text();
		expect(/<html lang="([^"]+)"/.exec(html)?.[1]).toBe(locale);
		const seen = readable(html);
		expect(suspects.filter((f) => seen.includes(f))).toEqual([]);
	});
});
