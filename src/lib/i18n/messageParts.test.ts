import { describe, expect, it } from 'vitest';
import { messageParts, messagePattern } from './messageParts';

describe('messageParts: a sentence cut at its elements, in the order the language puts them', () => {
	it.each([
		[
			'en',
			(s: { time: string; dir: string }) => `Loaded at ${s.time} from ${s.dir}.`,
			[{ text: 'Loaded at ' }, { slot: 'time' }, { text: ' from ' }, { slot: 'dir' }, { text: '.' }]
		],
		[
			'ko (other order)',
			(s: { time: string; dir: string }) => `${s.dir}에서 ${s.time}에 적재`,
			[{ slot: 'dir' }, { text: '에서 ' }, { slot: 'time' }, { text: '에 적재' }]
		],
		['no slot used', () => 'Nothing here.', [{ text: 'Nothing here.' }]],
		[
			'adjacent slots, a slot used twice',
			(s: { time: string; dir: string }) => `${s.time}${s.dir}${s.time}`,
			[{ slot: 'time' }, { slot: 'dir' }, { slot: 'time' }]
		]
	])('%s', (_, render, parts) => {
		expect(messageParts(render, ['time', 'dir'] as const)).toEqual(parts);
	});
});

describe('messageParts', () => {
	it.each([
		[
			(x: Record<'a' | 'b', string>) => `In 2020 ${x.a} and ${x.b}.`,
			[{ text: 'In 2020 ' }, { slot: 'a' }, { text: ' and ' }, { slot: 'b' }, { text: '.' }]
		],
		// Another language may put the slots in another order, at the very start, or side by side.
		[(x: Record<'a' | 'b', string>) => `${x.b}${x.a}입니다`, [{ slot: 'b' }, { slot: 'a' }, { text: '입니다' }]],
		[() => 'no slot used', [{ text: 'no slot used' }]]
	])('%#', (message, parts) => {
		expect(messageParts(message, ['a', 'b'])).toEqual(parts);
	});
});

describe('messagePattern', () => {
	it.each([
		[(x: string) => `source note: ${x}`, 'source note: estimated (a.b)', true],
		[(x: string) => `source note: ${x}`, 'converted: USD→EUR', false],
		// A slot first (Korean puts the period before the words), and characters a regex would read.
		[(x: string) => `${x} 시계열 단절: (두 기준)`, '1999 시계열 단절: (두 기준)', true],
		[(x: string) => `${x} 시계열 단절: (두 기준)`, '1999 시계열 단절', false]
	])('%#', (message, text, matches) => {
		expect(messagePattern(message).test(text)).toBe(matches);
	});
});
