// Bytes → text. A byte-order mark decides first; then strict UTF-8; then only the legacy encodings the
// formats are known to use, each checked by the caller against the format it decodes to. Never a silent
// mojibake: a decoder that cannot read the bytes fails loudly (fatal: true) and the file is refused.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** The legacy encodings a format may be written in, as WHATWG TextDecoder labels. */
export const LEGACY_ENCODINGS = ['windows-1252', 'euc-kr'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

/** How each encoding is named in reports. euc-kr in the WHATWG standard is Microsoft's CP949 (UHC). */
export const ENCODING_NAMES: Record<string, string> = {
	'utf-8': 'UTF-8',
	'utf-8 BOM': 'UTF-8 with BOM',
	'utf-16le': 'UTF-16LE with BOM',
	'utf-16be': 'UTF-16BE with BOM',
	'windows-1252': 'Windows-1252',
	'euc-kr': 'CP949 (EUC-KR)'
};

function strict(bytes: Uint8Array, label: string): string | null {
	try {
		return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Reads a byte-order mark or strict UTF-8. Returns null when the bytes are not UTF-8 (the caller then
 * tries the legacy encodings of the candidate formats), or a refusal for files that are not text.
 * @example decodeUnicode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) → { ok: true, text: 'a', encoding: 'utf-8 BOM' }
 */
export function decodeUnicode(bytes: Uint8Array): Decoded | null {
	if (bytes.length === 0) return { ok: false, reason: 'is empty' };
	const boms: [number[], string, string][] = [
		[[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8 BOM'],
		[[0xff, 0xfe], 'utf-16le', 'utf-16le'],
		[[0xfe, 0xff], 'utf-16be', 'utf-16be']
	];
	for (const [bom, label, name] of boms) {
		if (bom.every((b, i) => bytes[i] === b)) {
			const text = strict(bytes.subarray(bom.length), label);
			return text === null
				? { ok: false, reason: `starts with a ${ENCODING_NAMES[name]} byte-order mark but is not valid ${label}` }
				: { ok: true, text, encoding: name };
		}
	}
	// A NUL byte never occurs in a CSV written in UTF-8 or a legacy 8-bit/CP949 encoding.
	const head = bytes.subarray(0, 4096);
	if (head.includes(0))
		return { ok: false, reason: 'is a binary file (it contains NUL bytes), not a CSV or TSV text file' };
	const text = strict(bytes, 'utf-8');
	return text === null ? null : { ok: true, text, encoding: 'utf-8' };
}

/**
 * Decodes with one legacy encoding, strictly.
 * @example decodeLegacy(new Uint8Array([0x43, 0xe7]), 'windows-1252') → 'Cç'
 */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string | null {
	return strict(bytes, encoding);
}

/**
 * Lines of a text that contain U+FFFD: a file converted badly before it reached us. Reported, not hidden.
 * @example replacementLines('a\nb\uFFFD\n') → [2]
 */
export function replacementLines(text: string, max = 5): number[] {
	const lines: number[] = [];
	let from = 0;
	for (;;) {
		const at = text.indexOf('\uFFFD', from);
		if (at < 0 || lines.length >= max) return lines;
		let line = 1;
		for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
		lines.push(line);
		from = text.indexOf('\n', at) + 1 || text.length;
	}
}
