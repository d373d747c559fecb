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

const CHUNK = 1 << 20;

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
	const ctx = new ImportContext(fileName, spec.id, spec.label, encoding, source);
	const bad = replacementLines(body);
	if (bad.length) {
		ctx.out.warnings.push(
			`${fileName} already contains replacement characters (U+FFFD) on line${bad.length > 1 ? 's' : ''} ${bad.join(', ')}: it was converted from another encoding with losses before it reached us`
		);
	}

	let mapper: ReturnType<FormatSpec['start']> | null = null;
	let rowIndex = 0;
	let parsed = 0;
	// A string is parsed synchronously, chunk by chunk: each chunk's rows are mapped and let go before the
	// next is parsed, and a worker can post progress between chunks.
	const config = {
		delimiter: spec.delimiter,
		skipEmptyLines: false,
		chunkSize: CHUNK,
		chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
			for (const fields of results.data) {
				const line = ++rowIndex;
				if (line <= headerIndex) continue;
				if (mapper === null) {
					mapper = spec.start(ctx, fields, lines);
					continue;
				}
				if ('refusal' in mapper) return parser.abort();
				if (fields.length === 1 && fields[0] === '') continue;
				ctx.out.rowsRead++;
				mapper.row(fields, line);
			}
			parsed = Math.min(body.length, parsed + CHUNK);
			onProgress?.(parsed, body.length);
		}
	};
	Papa.parse<string[]>(body, config as Papa.ParseConfig<string[]>);
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
