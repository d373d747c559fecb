// The reader's colour scheme in the browser: their choice (auto follows the system) and the system's
// setting, so charts, which draw on a canvas and cannot read CSS, pick colours that match the page.
// Only ever written in the browser: module state on the server would be shared between requests.
export type SchemeChoice = 'auto' | 'light' | 'dark';

/** The cookie the choice is kept in: read by the server, so the first paint already has the colours. */
export const SCHEME_COOKIE = 'scheme';

export const scheme = $state({ choice: 'auto' as SchemeChoice, systemDark: false });

/** True when the page shows dark colours. */
export function isDark(): boolean {
	return scheme.choice === 'dark' || (scheme.choice === 'auto' && scheme.systemDark);
}

/**
 * The scheme a cookie value stands for; anything else follows the system.
 * @example schemeChoice('dark') → 'dark'; schemeChoice(undefined) → 'auto'
 */
export function schemeChoice(raw: string | undefined | null): SchemeChoice {
	return raw === 'light' || raw === 'dark' ? raw : 'auto';
}
