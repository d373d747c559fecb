import { describe, expect, it } from 'vitest';
import { messageParts } from './messageParts';

describe('messageParts', () => {
	it.each([
		[(x: Record<'a' | 'b', string>) => `In 2020 ${x.a} and ${x.b}.`, [{ text: 'In 2020 ' }, { slot: 'a' }, { text: ' and ' }, { slot: 'b' }, { text: '.' }]],
		// Another language may put the slots in another order, at the very start, or side by side.
		[(x: Record<'a' | 'b', string>) => `${x.b}${x.a}입니다`, [{ slot: 'b' }, { slot: 'a' }, { text: '입니다' }]],
		[() => 'no slot used', [{ text: 'no slot used' }]]
	])('%#', (message, parts) => {
		expect(messageParts(message, ['a', 'b'])).toEqual(parts);
	});
});
