import { describe, expect, it } from 'vitest';
import { withLocale } from '../i18n/locale';
import { conceptWords } from './concept';
import { TRADE_CONCEPTS, type TradeConcept } from './types';

describe('conceptWords', () => {
	it.each([
		['general', 'general concept'],
		['national', 'national concept'],
		['community', 'community concept'],
		['not stated', 'concept not stated']
	] as [TradeConcept, string][])('%s → %s', (concept, words) => {
		expect(conceptWords(concept)).toBe(words);
	});

	it('has words for every concept in every language, none the same as another', () => {
		for (const locale of ['en', 'ko', 'nl'] as const) {
			const words = withLocale(locale, () => TRADE_CONCEPTS.map(conceptWords));
			expect(new Set(words).size).toBe(TRADE_CONCEPTS.length);
		}
	});
});
