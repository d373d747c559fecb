// Paraglide's "custom-lang" strategy (first in paraglide.config.js): the language a URL asks for.
import { defineCustomClientStrategy, defineCustomServerStrategy } from '$lib/paraglide/runtime';
import { baseLocale, isArtefactPath, localeOf } from './locale';

/**
 * On the server: the `lang` parameter of the request. Artefacts (embeds, images, CSV, oEmbed) stop
 * here with English when it is absent; pages fall through to the cookie and Accept-Language.
 */
export function defineServerLangStrategy(): void {
	defineCustomServerStrategy('custom-lang', {
		getLocale: (request) => {
			if (!request) return undefined;
			const url = new URL(request.url);
			return localeOf(url.searchParams.get('lang')) ?? (isArtefactPath(url.pathname) ? baseLocale : undefined);
		}
	});
}

/**
 * In the browser: the language the server rendered the page in (<html lang>), so hydration and
 * client-side navigation speak the page's language. A language switch is a full page load.
 */
export function defineClientLangStrategy(): void {
	defineCustomClientStrategy('custom-lang', {
		getLocale: () => localeOf(document.documentElement.lang) ?? undefined,
		setLocale: () => {}
	});
}
