// Every Hangul syllable the Korean catalogue uses is drawn by the shipped font, one by one: a missing
// glyph is drawn as the same box as U+FFFF (a code point no font has), so a syllable whose picture
// equals that box is missing. (A subset font once drew 교역 and 개요 as boxes next to 투자 and 품목.)
import { createCanvas } from '@napi-rs/canvas';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMAGE_FONT, registerImageFonts } from './fonts';

registerImageFonts();

function picture(text: string): string {
	const canvas = createCanvas(48, 48);
	const context = canvas.getContext('2d');
	context.font = `32px ${IMAGE_FONT}`;
	context.fillText(text, 4, 38);
	return Buffer.from(context.getImageData(0, 0, 48, 48).data).toString('base64');
}

const MESSAGES = 'src/lib/i18n/messages';
const korean = readdirSync(MESSAGES)
	.map((area) => readFileSync(`${MESSAGES}/${area}/ko.json`, 'utf8'))
	.join('');
const syllables = [...new Set(korean.match(/[\uac00-\ud7af]/g) ?? [])];

describe('image fonts', () => {
	it('the Korean catalogue has syllables to check', () => {
		expect(syllables.length).toBeGreaterThan(20);
	});

	it('draws every Hangul syllable of the Korean catalogue', () => {
		const box = picture('\uffff');
		expect(syllables.filter((s) => picture(s) === box)).toEqual([]);
	});

	it('draws the test as failing for a code point no font has', () => {
		expect(picture('\uffff')).toBe(picture('\ufffe'));
	});
});
