// The fonts of server-rendered images, shipped in npm packages and registered with Skia, so an image
// looks the same on every machine and never depends on the host's fonts: DejaVu Sans (Latin, Greek,
// Cyrillic, symbols such as − and →) and Noto Sans KR (Hangul; Skia falls back to it per character).
// Only the image renderer registers them: pages and embeds keep the reader's own fonts.
import { GlobalFonts } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Names of our own, so a host font of the same family can never be picked instead of the shipped file. */
export const LATIN_FAMILY = 'Chart Sans';
export const HANGUL_FAMILY = 'Chart Sans KR';
/** The CSS font list every image uses. */
export const IMAGE_FONT = `'${LATIN_FAMILY}', '${HANGUL_FAMILY}'`;

// Resolved from the running module, not the working directory: the bundled server (build/) finds the
// packages in the node_modules next to it, as it finds every other runtime dependency.
const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

// Skia reads TrueType. Noto Sans KR whole (every Hangul syllable, 6 MB a weight): the web subsets split
// Hangul into slices by frequency, and an image must draw any name or label a reader types.
const FILES: [family: string, pkg: string, file: string][] = [
	[LATIN_FAMILY, 'dejavu-fonts-ttf', 'ttf/DejaVuSans.ttf'],
	[LATIN_FAMILY, 'dejavu-fonts-ttf', 'ttf/DejaVuSans-Bold.ttf'],
	[HANGUL_FAMILY, '@expo-google-fonts/noto-sans-kr', '400Regular/NotoSansKR_400Regular.ttf'],
	[HANGUL_FAMILY, '@expo-google-fonts/noto-sans-kr', '700Bold/NotoSansKR_700Bold.ttf']
];

let registered = false;

/** Registers the shipped fonts once per thread (each render worker has its own Skia font collection). */
export function registerImageFonts(): void {
	if (registered) return;
	for (const [family, pkg, file] of FILES) {
		const where = path.join(packageDir(pkg), file);
		// A missing font must fail loudly: silently drawing with a host font is the bug this prevents.
		if (!GlobalFonts.registerFromPath(where, family)) throw new Error(`could not register the image font ${where}`);
	}
	registered = true;
}
