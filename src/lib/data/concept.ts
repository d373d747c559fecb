// Trade concepts in the reader's words: a core module, since the charts (basis lines) and the page's
// table of other figures both name them.
import { m } from '../paraglide/messages';
import type { TradeConcept } from './types';

/** A trade concept in words. @example conceptWords('national') → 'national concept' */
export function conceptWords(concept: TradeConcept): string {
	if (concept === 'general') return m.charts_concept_general();
	if (concept === 'national') return m.charts_concept_national();
	if (concept === 'community') return m.charts_concept_community();
	return m.charts_concept_not_stated();
}
