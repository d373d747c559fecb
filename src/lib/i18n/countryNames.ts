// Country names in the reader's language, from i18n-iso-countries (maintained, with Korean and Dutch
// names). English keeps the data's own names (countries.csv), which are also the fallback for any code
// the library does not know (aggregates, areas without an ISO code).
import countries from 'i18n-iso-countries';
import ko from 'i18n-iso-countries/langs/ko.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import { getLocale } from './locale';

countries.registerLocale(ko);
countries.registerLocale(nl);

/**
 * The name of a country in the current language, else `fallback` (the data's name), else the code.
 * Dutch takes the library's short name ("Zuid-Korea", as CBS writes), not the official one.
 * @example countryName('KOR', 'Korea, Republic of') → '대한민국' (ko), 'Zuid-Korea' (nl), 'Korea, Republic of' (en)
 */
export function countryName(code: string, fallback?: string): string {
	const locale = getLocale();
	if (locale === 'en') return fallback ?? code;
	return countries.getName(code, locale, { select: 'alias' }) ?? fallback ?? code;
}
