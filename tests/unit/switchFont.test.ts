// The language switch names Korean in Hangul on every page (LanguageSwitch.svelte). Its font faces point
// at two numbered slices of @fontsource/noto-sans-kr, chosen because they hold 한, 국 and 어; if a new
// version of the package slices the font differently, this fails rather than the switch showing boxes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_NAMES } from '../../src/lib/i18n/locale';

interface Face {
	file: string;
	ranges: [number, number][];
}

/** The @font-face rules of a stylesheet: the woff2 file each names and its unicode-range. */
function faces(css: string): Face[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body = '']) => {
		const file = /url\(['"]?[^'")]*?([^/'")]+\.woff2)['"]?\)/.exec(body)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
		if (!file || !range) return [];
		const ranges = range.split(',').map((part): [number, number] => {
			const [from = '', to] = part.trim().slice(2).split('-');
			return [parseInt(from, 16), parseInt(to ?? from, 16)];
		});
		return [{ file, ranges }];
	});
}
const covers = (face: Face, codePoint: number) => face.ranges.some(([a, b]) => a <= codePoint && codePoint <= b);

describe('the language switch font', () => {
	const ours = faces(readFileSync('src/lib/components/LanguageSwitch.svelte', 'utf8'));
	const fontsource = faces(readFileSync('node_modules/@fontsource/noto-sans-kr/400.css', 'utf8'));

	it.each([...LOCALE_NAMES.ko])('draws %s from the slice of Noto Sans KR that holds it', (syllable) => {
		const codePoint = syllable.codePointAt(0) ?? 0;
		const mine = ours.filter((f) => covers(f, codePoint));
		expect(mine).toHaveLength(1);
		expect(fontsource.filter((f) => covers(f, codePoint)).map((f) => f.file)).toContain(mine[0]?.file);
	});
});
