import { describe, expect, it } from 'vitest';
import { messageParts } from './messageParts';

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
