import { describe, expect, it } from 'vitest';
import { withLocale, type Locale } from '../i18n/locale';
import { nameAtStart, nameInText, nameWhose } from './countryInText';

describe('a country name in a sentence', () => {
	it.each([
		['en', 'NLD', 'Netherlands', 'the Netherlands', 'The Netherlands', "the Netherlands'"],
		['en', 'KOR', 'Republic of Korea', 'the Republic of Korea', 'The Republic of Korea', "the Republic of Korea's"],
		['en', 'CHL', 'Chile', 'Chile', 'Chile', "Chile's"],
		['en', 'NZL', 'New Zealand', 'New Zealand', 'New Zealand', "New Zealand's"],
		// Imported data with names the code list does not know: the pattern decides.
		['en', 'XSO', 'Solomon Islands', 'the Solomon Islands', 'The Solomon Islands', "the Solomon Islands'"],
		['en', 'XCZ', 'Czech Republic', 'the Czech Republic', 'The Czech Republic', "the Czech Republic's"],
		['en', 'GMB', 'The Gambia', 'The Gambia', 'The Gambia', "The Gambia's"],
		['ko', 'NLD', '네덜란드', '네덜란드', '네덜란드', '네덜란드의'],
		['nl', 'NLD', 'Nederland', 'Nederland', 'Nederland', 'van Nederland'],
		['nl', 'USA', 'Verenigde Staten', 'de Verenigde Staten', 'De Verenigde Staten', 'van de Verenigde Staten'],
		['nl', 'GBR', 'Verenigd Koninkrijk', 'het Verenigd Koninkrijk', 'Het Verenigd Koninkrijk', 'van het Verenigd Koninkrijk']
	] as const)('%s %s %s → %s / %s / %s', (locale, code, name, inText, atStart, whose) => {
		withLocale(locale as Locale, () => {
			expect([nameInText(code, name), nameAtStart(code, name), nameWhose(code, name)]).toEqual([inText, atStart, whose]);
		});
	});
});
