// The message catalogue is whole: every area's en/ko/nl files have the same keys and the same
// placeholders, every key the code calls exists, no key is dead, and the compiler is told about every
// area (a folder missing from settings.json would compile to missing functions).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas, messageTexts, readArea, readCatalogue } from '../catalogue';

const ROOT = 'src/lib/i18n';
const LOCALES = ['en', 'ko', 'nl'] as const;
const read = readArea;
const texts = messageTexts;
const placeholders = (message: unknown) =>
	[...new Set(texts(message).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path.endsWith('paraglide') ? [] : sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [path] : [];
	});
}

describe('message catalogue', () => {
	it('compiles every area', () => {
		const settings = JSON.parse(readFileSync(join(ROOT, 'project.inlang/settings.json'), 'utf8'));
		const patterns: string[] = settings['plugin.inlang.messageFormat'].pathPattern;
		expect(patterns.sort()).toEqual(areas.map((a) => `./messages/${a}/{locale}.json`).sort());
		expect(settings.locales).toEqual([...LOCALES]);
	});

	describe.each(areas)('%s', (area) => {
		const en = read(area, 'en');
		it.each(LOCALES.filter((l) => l !== 'en'))(
			'%s has every English key, no other, with the same placeholders',
			(locale) => {
				const other = read(area, locale);
				expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
				for (const key of Object.keys(en))
					expect([key, placeholders(other[key])]).toEqual([key, placeholders(en[key])]);
			}
		);
		it.each(LOCALES)('%s has no empty message', (locale) => {
			for (const [key, message] of Object.entries(read(area, locale))) {
				for (const text of texts(message)) expect([key, text.trim().length > 0]).toEqual([key, true]);
			}
		});
	});

	const all = readCatalogue('en');
	// Only files that import the catalogue: elsewhere `m.` is some other `m` (a Map, a match).
	const code = sourceFiles('src')
		.map((f) => readFileSync(f, 'utf8'))
		.filter((text) => text.includes('paraglide/messages'));
	const used = new Set(code.flatMap((text) => [...text.matchAll(/\bm\.(\w+)\(/g)].map((x) => x[1] as string)));

	it('has every key the code calls', () => {
		expect([...used].filter((key) => !(key in all))).toEqual([]);
	});

	it('has no key the code never calls', () => {
		expect(Object.keys(all).filter((key) => !used.has(key))).toEqual([]);
	});

	it('defines each key in one area only', () => {
		const keys = areas.flatMap((a) => Object.keys(read(a, 'en')));
		expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
	});
});
