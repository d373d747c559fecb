// A sentence with elements inside it (a <time>, a <code>, a link) in the reader's language: the
// elements' places come from the message, because word order differs (Korean puts the directory
// before the verb, Dutch after it), so a sentence cannot be glued together from fixed pieces.

/** A run of the message's text, or the place of one of its elements. */
export type MessagePart = { text: string } | { slot: string };

// Private-use characters: they never occur in a catalogue message, so they mark the slots unambiguously.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * A message split at its element placeholders: `render` is called with a marker for each slot name,
 * and the result is cut into text runs and slots, in the message's order. Empty runs are left out.
 * @example messageParts((s) => m.sources_ok(s), ['time', 'directory'])
 *   → [{ text: 'All data files are valid. Serving the data loaded at ' }, { slot: 'time' }, { text: ' from ' }, { slot: 'directory' }, { text: '.' }]
 */
export function messageParts<K extends string>(
	render: (slots: Record<K, string>) => string,
	slots: readonly K[]
): MessagePart[] {
	const markers = Object.fromEntries(slots.map((name) => [name, `${OPEN}${name}${CLOSE}`])) as Record<K, string>;
	const parts: MessagePart[] = [];
	for (const piece of render(markers).split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`))) {
		if (piece.startsWith(OPEN) && piece.endsWith(CLOSE)) parts.push({ slot: piece.slice(1, -1) });
		else if (piece) parts.push({ text: piece });
	}
	return parts;
}
