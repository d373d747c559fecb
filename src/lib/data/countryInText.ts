// A country's name inside a generated sentence, in the reader's language. Headings and labels show the
// name as it is ("Netherlands", "Nederland"); running text needs the article some names take in English
// and Dutch ("exports to the Netherlands", "naar de Verenigde Staten") and a form for "whose" (English
// possessive, Korean 의, Dutch "van"). Korean has no articles. The rules are data: codes known to take
// an article, and name patterns so a data set imported later (any names) is covered as well.
import { getLocale, type Locale } from '../i18n/locale';

interface ArticleRule {
	article: string;
	/** ISO codes (and the data's aggregates) whose name takes this article. */
	codes: readonly string[];
	/** Names that take it whatever their code: "Republic of …", "… Islands", "Verenigde …". */
	pattern: RegExp | null;
}

const ARTICLES: Record<Locale, readonly ArticleRule[]> = {
	en: [
		{
			article: 'the',
			codes: ['NLD', 'USA', 'GBR', 'PHL', 'BHS', 'GMB', 'MDV', 'COM', 'ARE', 'CZE', 'DOM', 'CAF', 'COD', 'VAT', 'WLD', 'EUU'],
			pattern:
				/^(Republic|Kingdom|United|Federated|Federal|Democratic|Islamic|People's|Union|State of|Principality|Sultanate|Commonwealth|Grand Duchy|Plurinational|Bolivarian|Holy See)\b|\b(Republic|Islands|Emirates|States|Netherlands|Philippines|Bahamas|Maldives|Comoros)$/
		}
	],
	nl: [
		{ article: 'het', codes: ['GBR'], pattern: /^Verenigd Koninkrijk/ },
		{
			article: 'de',
			codes: ['USA', 'PHL', 'BHS', 'MDV', 'COM', 'ARE', 'DOM', 'CAF', 'EUU'],
			pattern: /^(Verenigde|Europese Unie)\b|(Republiek|[Ee]ilanden|Emiraten|Staten|Filipijnen|Bahama's|Malediven|Comoren)$/
		}
	],
	ko: []
};

/** `name` already has its article ("The Gambia" in some data sets): never "the The Gambia". */
const HAS_ARTICLE = /^(the|de|het)\s/i;

/**
 * A country's name as the object of a sentence, with its article where the language needs one.
 * @example nameInText('NLD', 'Netherlands') → 'the Netherlands' (en); nameInText('CHL', 'Chile') → 'Chile'
 * @example nameInText('USA', 'Verenigde Staten') → 'de Verenigde Staten' (nl); nameInText('NLD', '네덜란드') → '네덜란드' (ko)
 */
export function nameInText(code: string, name: string): string {
	if (HAS_ARTICLE.test(name)) return name;
	const rule = ARTICLES[getLocale()].find((r) => r.codes.includes(code) || r.pattern?.test(name));
	return rule ? `${rule.article} ${name}` : name;
}

/**
 * The name as the first words of a sentence: its article capitalised.
 * @example nameAtStart('NLD', 'Netherlands') → 'The Netherlands' (en); nameAtStart('KOR', 'Zuid-Korea') → 'Zuid-Korea' (nl)
 */
export function nameAtStart(code: string, name: string): string {
	const text = nameInText(code, name);
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "Whose": the form that makes the name the owner of what follows (English possessive, Korean 의, Dutch
 * "van" with the article).
 * @example nameWhose('KOR', 'Republic of Korea') → "the Republic of Korea's" (en); nameWhose('NLD', 'Netherlands') → "the Netherlands'" (en)
 * @example nameWhose('KOR', '대한민국') → '대한민국의' (ko); nameWhose('KOR', 'Zuid-Korea') → 'van Zuid-Korea' (nl)
 */
export function nameWhose(code: string, name: string): string {
	const locale = getLocale();
	const text = nameInText(code, name);
	if (locale === 'ko') return `${text}의`;
	if (locale === 'nl') return `van ${text}`;
	return /s$/.test(text) ? `${text}'` : `${text}'s`;
}
