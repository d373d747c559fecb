// The reader's language: which ones exist, how each is named to its readers, and running code in one.
// The current locale is Paraglide's getLocale(): per request on the server (AsyncLocalStorage, set by
// paraglideMiddleware in hooks.server.ts), the page's <html lang> in the browser (hooks.client.ts).
import {
	baseLocale,
	getLocale,
	getServerAsyncLocalStorage,
	isLocale,
	locales,
	overwriteServerAsyncLocalStorage,
	type Locale
} from '$lib/paraglide/runtime';

export { baseLocale, getLocale, isLocale, locales, type Locale };

/** Each language named in itself, for the switch (a reader finds their own language by its own name). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어', nl: 'Nederlands' };

/** The Intl locale of each UI language: the region fixes grouping and date conventions. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ko: 'ko-KR', nl: 'nl-NL' };

/**
 * The locale of a `lang` value, or null when it is not one of ours.
 * @example localeOf('ko') → 'ko'; localeOf('KO') → 'ko'; localeOf('fr') → null; localeOf(null) → null
 */
export function localeOf(raw: string | null | undefined): Locale | null {
	const lower = raw?.trim().toLowerCase();
	return lower && isLocale(lower) ? lower : null;
}

/**
 * Paths whose output is an artefact others keep (embeds, images, CSV, oEmbed, the API): their language
 * is the `lang` parameter or English, never the visitor's browser, so an embed in an English report
 * stays English for a Korean reader. Pages negotiate; artefacts are explicit.
 * @example isArtefactPath('/embed/flows') → true; isArtefactPath('/trade.csv') → true; isArtefactPath('/trade') → false
 */
export function isArtefactPath(pathname: string): boolean {
	return /^\/(embed|chart|oembed|api|data)(\/|$)/.test(pathname) || pathname.endsWith('.csv');
}

/**
 * Runs `fn` with `locale` as the current locale (server side and tests): the render workers, the
 * command line and unit tests have no request for Paraglide's middleware to read.
 */
export function withLocale<T>(locale: Locale, fn: () => T): T {
	let storage = getServerAsyncLocalStorage();
	if (!storage) {
		storage = newLocaleStorage();
		overwriteServerAsyncLocalStorage(storage);
	}
	return storage.run({ locale, messageCalls: new Set() }, fn);
}

/**
 * Node's AsyncLocalStorage where there is one (the server, workers, tests), so a locale set here is the
 * one paraglideMiddleware also uses for concurrent requests; a synchronous stack in the browser.
 */
function newLocaleStorage(): LocaleStorage {
	const builtin = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
		?.getBuiltinModule;
	const hooks = builtin?.('node:async_hooks') as typeof import('node:async_hooks') | undefined;
	return hooks ? new hooks.AsyncLocalStorage<Store>() : new SyncLocaleStorage();
}

interface LocaleStorage {
	getStore(): Store | undefined;
	run<T>(store: Store, fn: () => T): T;
}

type Store = { locale?: Locale; origin?: string; messageCalls?: Set<string> };

/** A synchronous stand-in for AsyncLocalStorage where there is none: enough around synchronous code. */
class SyncLocaleStorage implements LocaleStorage {
	private stack: Store[] = [];
	getStore(): Store | undefined {
		return this.stack.at(-1);
	}
	run<T>(store: Store, fn: () => T): T {
		this.stack.push(store);
		try {
			return fn();
		} finally {
			this.stack.pop();
		}
	}
}
