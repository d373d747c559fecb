// Country and area names and codes, as publishers write them, → the ISO 3166 alpha-3 codes of the data
// contract. Codes and names in English, French, Dutch and Korean come from i18n-iso-countries; the
// publishers' own spellings and the statistical aggregates are small tables kept as data beside this
// file (tables/*.json, each naming its source). Anything else is unmapped: reported, never guessed.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import ko from 'i18n-iso-countries/langs/ko.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import aggregates from './tables/aggregates.json';
import spellings from './tables/spellings.json';

for (const locale of [en, fr, nl, ko]) countries.registerLocale(locale);

/**
 * A resolved name: a country code, or an aggregate. `code` is null for an aggregate that has no code in
 * the contract (e.g. "Other Asia, nes"): its rows are skipped and counted, not imported under a guess.
 */
export interface Area {
	code: string | null;
	aggregate: boolean;
	/** The table entry or library locale that resolved it, for the report. */
	via: string;
}

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function buildIndex(): Map<string, Area> {
	const index = new Map<string, Area>();
	const put = (name: string, area: Area) => {
		const key = fold(name);
		if (!index.has(key)) index.set(key, area);
	};
	// Aggregates and publishers' spellings first: "Other Asia, nes" must never fall through to a name match.
	for (const group of aggregates.groups) {
		for (const a of group.areas) {
			for (const alias of a.aliases) put(alias, { code: a.code, aggregate: true, via: group.publisher });
		}
	}
	for (const group of spellings.groups) {
		for (const [name, code] of Object.entries(group.names)) put(name, { code, aggregate: false, via: group.publisher });
	}
	for (const lang of ['en', 'fr', 'nl', 'ko']) {
		for (const [alpha2, names] of Object.entries(countries.getNames(lang, { select: 'all' }))) {
			const code = countries.alpha2ToAlpha3(alpha2);
			if (code) for (const name of names) put(name, { code, aggregate: false, via: `i18n-iso-countries (${lang})` });
		}
	}
	return index;
}

let index: Map<string, Area> | null = null;

/**
 * Resolves a code (alpha-3, alpha-2, M49 numeric) or a name to the contract's code.
 * @example resolveArea('Korea, Rep. of') → { code: 'KOR', aggregate: false, via: 'IMF' }
 * @example resolveArea('410') → { code: 'KOR', … }; resolveArea('EL') → { code: 'GRC', … }
 * @example resolveArea('Atlantis') → null
 */
export function resolveArea(text: string): Area | null {
	index ??= buildIndex();
	const t = text.trim();
	if (t === '') return null;
	const known = index.get(fold(t));
	if (known) return known;
	if (/^[A-Z]{3}$/.test(t) && countries.isValid(t)) return { code: t, aggregate: false, via: 'ISO 3166 alpha-3' };
	if (/^[A-Z]{2}$/.test(t)) {
		const code = countries.alpha2ToAlpha3(t);
		if (code) return { code, aggregate: false, via: 'ISO 3166 alpha-2' };
	}
	if (/^\d{1,3}$/.test(t)) {
		const code = countries.numericToAlpha3(t.padStart(3, '0'));
		if (code) return { code, aggregate: false, via: 'M49 / ISO 3166 numeric' };
	}
	return null;
}

/**
 * An English name for a contract code, for countries.csv when the file gives none.
 * @example areaName('KOR') → 'South Korea'
 */
export function areaName(code: string): string {
	for (const group of aggregates.groups) {
		const a = group.areas.find((x) => x.code === code);
		if (a) return a.aliases[0] ?? code;
	}
	const alpha2 = countries.alpha3ToAlpha2(code);
	return (alpha2 && countries.getName(alpha2, 'en')) || code;
}

/** A resolver that remembers each text it has seen: a file repeats a few hundred names over millions of rows. */
export function memoResolver(): (text: string) => Area | null {
	const seen = new Map<string, Area | null>();
	return (text) => {
		let area = seen.get(text);
		if (area === undefined) {
			area = resolveArea(text);
			seen.set(text, area);
		}
		return area;
	};
}
