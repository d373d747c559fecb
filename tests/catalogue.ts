// The message catalogue as the tests read it (src/lib/i18n/messages/<area>/<locale>.json), shared by the
// catalogue's unit test and the browser test that looks for English left on Korean and Dutch pages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MESSAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/lib/i18n/messages');

export type Catalogue = Record<string, unknown>;

/** The areas (folders) of the catalogue, sorted. */
export const areas = readdirSync(MESSAGES).sort();

/** One area's messages in one language, without the $schema entry. */
export function readArea(area: string, locale: string): Catalogue {
	const { $schema: _, ...messages } = JSON.parse(readFileSync(path.join(MESSAGES, area, `${locale}.json`), 'utf8'));
	return messages;
}

/** Every area's messages in one language. */
export function readCatalogue(locale: string): Catalogue {
	return Object.assign({}, ...areas.map((area) => readArea(area, locale)));
}

/** Every text of a message: a plain string, or the variants of a plural/select message. */
export function messageTexts(message: unknown): string[] {
	return typeof message === 'string'
		? [message]
		: (message as { match: Record<string, string> }[]).flatMap((variant) => Object.values(variant.match));
}
