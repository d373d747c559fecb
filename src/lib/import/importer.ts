// Bytes of one downloaded file → contract rows and a report, or one sentence saying why not.
// detect → decode → parse (PapaParse, in chunks so a worker can report progress) → map rows.
import Papa from 'papaparse';
import { ImportContext } from './context';
import { ENCODING_NAMES, decodeLegacy, decodeUnicode, replacementLines } from './decode';
import type { FormatSpec } from './format';
import { FORMATS } from './formats/index';
import type { ImportOutcome, ProgressHandler, SourceRow } from './types';

export const ACCEPTED =
	'UN Comtrade+ or legacy Comtrade CSV, IMF DOTS/IMTS CSV, OECD FDI by counterpart SDMX-CSV, Eurostat SDMX-CSV or TSV, World Bank WDI PA.NUS.FCRF CSV, CBS StatLine CSV or KOSIS trade CSV';

const HEAD_LINES = 12;

type Detected = { spec: FormatSpec; headerIndex: number } | { refusal: string } | null;

function headLines(text: string): string[] {
	const lines: string[] = [];
	let from = 0;
	while (lines.length < HEAD_LINES && from < text.length) {
		const end = text.indexOf('\n', from);
		const stop = end < 0 ? text.length : end;
		lines.push(text.slice(from, stop).replace(/\r$/, ''));
		from = stop + 1;
	}
	return lines;
}

/** The format whose signature the first lines carry (or its refusal), or null for none. */
export function detect(text: string, fileName: string): Detected {
	const lines = headLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	for (const spec of FORMATS) {
		const s = spec.sniff(lines, fileName);
		if (s === null) continue;
		return s.ok ? { spec, headerIndex: s.headerIndex } : { refusal: s.refusal };
	}
	return null;
}

/** What a text that no format claims looks like, for the refusal sentence. */
function describeUnknown(text: string): string {
	const first = headLines(text)[0]?.trim() ?? '';
	if (first === '') return 'a text file with an empty first line, not one of the downloads this importer reads';
	const delimiter = [',', ';', '\t'].find((d) => first.includes(d));
	if (!delimiter) return `a text file that is not a table (it starts "${first.slice(0, 40)}")`;
	const names = Papa.parse<string[]>(first, { delimiter }).data[0] ?? [];
	const shown = names
		.slice(0, 4)
		.map((n) => n.trim())
		.join(', ');
	return `a table of another kind (columns ${shown}${names.length > 4 ? ', …' : ''})`;
}

/**
 * Imports one file: decoding, format detection, parsing and mapping, all in memory, no I/O.
 * @example importBytes(bytesOf('comtrade.csv'), 'comtrade.csv') → { ok: true, imported: { format: 'comtrade-plus', trade: [...], … } }
 * @example importBytes(new Uint8Array(), 'empty.csv') → { ok: false, refusal: 'empty.csv is empty; accepted: …' }
 */
export function importBytes(bytes: Uint8Array, fileName: string, onProgress?: ProgressHandler): ImportOutcome {
	const refuse = (what: string): ImportOutcome => ({
		ok: false,
		file: fileName,
		refusal: `${fileName} ${what}; accepted: ${ACCEPTED}.`
	});
	const unicode = decodeUnicode(bytes);
	if (unicode && !unicode.ok) return refuse(unicode.reason);
	let text: string;
	let encoding: string;
	let found: Detected;
	if (unicode) {
		({ text, encoding } = unicode);
		found = detect(text, fileName);
	} else {
		// Not UTF-8: only a format known to be written in a legacy encoding may claim the file, and only
		// when its header reads in that encoding.
		const tried = new Set(FORMATS.flatMap((f) => f.encodings));
		found = null;
		text = '';
		encoding = '';
		for (const enc of tried) {
			const decoded = decodeLegacy(bytes, enc);
			if (decoded === null) continue;
			const d = detect(decoded, fileName);
			if (d && ('refusal' in d || d.spec.encodings.includes(enc))) {
				found = d;
				text = decoded;
				encoding = enc;
				break;
			}
		}
		if (!found) {
			return refuse(
				'is neither UTF-8 nor a Windows-1252 Comtrade file nor a CP949 KOSIS file (its bytes do not decode to a known header)'
			);
		}
	}
	if (!found) return refuse(`is ${describeUnknown(text)}`);
	if ('refusal' in found) return refuse(`is ${found.refusal}`);
	return importText(text, fileName, ENCODING_NAMES[encoding] ?? encoding, found.spec, found.headerIndex, onProgress);
}

/**
 * Text per parser call: 64 K characters, below V8's largest regular heap object (128 KB), so each
 * chunk and the rows parsed from it die young. (Measured on the IMF matrix: chunks of 256 K characters
 * or more made the parser's own work four times slower, almost all of it in the collector.)
 */
const CHUNK = 1 << 16;
/** Progress is reported once per this much text. */
const PROGRESS_STEP = 1 << 20;

/**
 * Parses `text` with PapaParse's Parser, chunk by chunk, handing each chunk's rows to `take` (which
 * returns false to stop) and the characters read to `progress` once per PROGRESS_STEP.
 * Papa.parse(text, { chunk }) does the same, but it moves from chunk to chunk by recursion: every
 * chunk's frame stays on the stack to the end, and most of what the parser allocates then survived
 * young-generation collections (the matrix: 1.7 s of CPU against 0.33 s in this loop). A row that
 * crosses a chunk's end is carried over to the next, as Papa.parse's streamer does, and the line break
 * is the one Papa.parse guesses from the first megabyte: the rows are Papa.parse(text)'s rows.
 * @example parseInChunks('a,b\n"c\nd",e', ',', (rows) => (seen.push(...rows), true), () => {}) → seen: [['a', 'b'], ['c\nd', 'e']]
 */
export function parseInChunks(
	text: string,
	delimiter: string,
	take: (rows: string[][]) => boolean,
	progress: (done: number) => void
): void {
	const guessed = Papa.parse<string[]>(text.slice(0, 1 << 20), { delimiter, preview: 1 }).meta.linebreak;
	const newline = guessed as Papa.ParseConfig['newline'];
	const parser = new Papa.Parser({ delimiter, newline });
	let partial = '';
	let base = 0;
	let at = 0;
	do {
		const end = Math.min(text.length, at + CHUNK);
		const finished = end === text.length;
		const input = partial + text.slice(at, end);
		const results = parser.parse(input, base, !finished) as Papa.ParseResult<string[]>;
		if (!take(results.data)) return;
		if (!finished) {
			partial = input.substring(results.meta.cursor - base);
			base = results.meta.cursor;
		}
		at = end;
		if (finished || at % PROGRESS_STEP === 0) progress(at);
	} while (at < text.length);
}

/** Maps a decoded text of a known format. Exported for tests and the benchmark. */
export function importText(
	text: string,
	fileName: string,
	encoding: string,
	spec: FormatSpec,
	headerIndex: number,
	onProgress?: ProgressHandler
): ImportOutcome {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lines = headLines(body);
	const source: SourceRow = {
		id: sourceIdFor(spec, fileName),
		title: `${spec.label}: ${fileName}`,
		publisher: spec.publisher,
		url: '',
		vintage: '',
		accessed: '',
		notes: '',
		...spec.describe(lines, fileName)
	};
	source.notes = [
		source.notes,
		`Imported from the file ${fileName} (${spec.label}); each row's note starts with its line in that file.`
	]
		.filter(Boolean)
		.join(' ');
	// Rows expected, from the length (data lines of the large formats run 50 to 80 characters); a guess
	// that is short costs a regrowth, one that is long costs memory, so it errs short.
	const ctx = new ImportContext(fileName, spec.id, spec.label, encoding, source, Math.ceil(body.length / 64));
	const bad = replacementLines(body);
	if (bad.length) {
		ctx.out.warnings.push(
			`${fileName} already contains replacement characters (U+FFFD) on line${bad.length > 1 ? 's' : ''} ${bad.join(', ')}: it was converted from another encoding with losses before it reached us`
		);
	}

	let mapper: ReturnType<FormatSpec['start']> | null = null;
	let rowIndex = 0;
	// Parsed synchronously, chunk by chunk: each chunk's rows are mapped and let go before the next is
	// parsed, and a worker can post progress between chunks.
	parseInChunks(
		body,
		spec.delimiter,
		(rows) => {
			for (const fields of rows) {
				const line = ++rowIndex;
				if (line <= headerIndex) continue;
				if (mapper === null) {
					mapper = spec.start(ctx, fields, lines);
					continue;
				}
				if ('refusal' in mapper) return false;
				if (fields.length === 1 && fields[0] === '') continue;
				ctx.out.rowsRead++;
				mapper.row(fields, line);
			}
			return true;
		},
		(done) => onProgress?.(done, body.length)
	);
	const m = mapper as ReturnType<FormatSpec['start']> | null;
	if (m === null)
		return {
			ok: false,
			file: fileName,
			refusal: `${fileName} has no header row after its preamble; accepted: ${ACCEPTED}.`
		};
	if ('refusal' in m)
		return { ok: false, file: fileName, refusal: `${fileName} is a ${spec.label} file but ${m.refusal}.` };
	m.finish?.();
	onProgress?.(body.length, body.length);
	return { ok: true, imported: ctx.out };
}

/**
 * A stable source id for a file: the format and the file's own name, so importing the same file again
 * gives the same rows under the same source (idempotent), and two different downloads never collide.
 * @example sourceIdFor(comtradePlus, 'TradeData_KOR 2020.csv') → 'comtrade-plus-tradedata-kor-2020'
 */
export function sourceIdFor(spec: Pick<FormatSpec, 'id'>, fileName: string): string {
	const base = (fileName.split(/[\\/]/).pop() ?? fileName)
		.replace(/\.gz$/i, '')
		.replace(/\.(csv|tsv|txt)$/i, '')
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${spec.id}-${base || 'file'}`.slice(0, 80).replace(/-+$/, '');
}
