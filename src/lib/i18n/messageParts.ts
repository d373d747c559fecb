// A translated message with pieces that are not plain text (a linked figure, a <strong> number): the
// message is rendered with a marker in each such slot and cut at the markers, so the words around a
// figure stay in the order each language puts them, and no sentence is glued from fragments.

/** What a slot is rendered as while a message is cut or matched: a character no message contains. */
const MARK = '\u0001';

/** Plain words of the message, or the name of a slot in it. */
export type MessagePart<K extends string = string> = { text: string } | { slot: K };

/**
 * Cuts a message at its slots. Empty words between two slots are left out.
 * @example messageParts((x) => `Exports were ${x.value} a year.`, ['value'])
 *   → [{ text: 'Exports were ' }, { slot: 'value' }, { text: ' a year.' }]
 */
export function messageParts<K extends string>(
	message: (slots: Record<K, string>) => string,
	slots: readonly K[]
): MessagePart<K>[] {
	const markers = Object.fromEntries(slots.map((k, i) => [k, `${MARK}${i}${MARK}`])) as Record<K, string>;
	return message(markers)
		.split(new RegExp(`${MARK}(\\d+)${MARK}`))
		.map((piece, i): MessagePart<K> => (i % 2 === 1 ? { slot: slots[Number(piece)] as K } : { text: piece }))
		.filter((part) => !('text' in part) || part.text !== '');
}

/**
 * A pattern that matches every text a message can produce, whatever its slots hold: how text made by
 * another part of the app is recognised in any language (its words, not an English prefix).
 * @example messagePattern((x) => m.charts_point_source_note({ note: x })).test('source note: estimated') → true (en)
 */
export function messagePattern(message: (slot: string) => string): RegExp {
	const escaped = message(MARK).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`^${escaped.split(MARK).join('[\\s\\S]*')}$`);
}
