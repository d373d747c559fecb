// Imports downloaded statistics files into a data directory: `npm run import -- --out DIR FILE…`.
// Every file is read whole, in memory, with the same importers the /import page runs in the browser;
// the merged contract files are validated by the loader (buildDataset) before anything is written.
// Exit 0 when every file was imported; 1, with nothing written, when any file was refused or the
// merged data does not validate.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATA_FILES } from '../src/lib/data/dataset';
import { importBytes } from '../src/lib/import/importer';
import { mergeImports } from '../src/lib/import/merge';
import { importReportLines, mergeReportLines } from '../src/lib/import/report';
import type { ImportedFile } from '../src/lib/import/types';
import { readDataFiles } from '../src/lib/server/dataFiles';

function usage(message: string): never {
	console.error(`${message}\nusage: npm run import -- --out DIR FILE [FILE…]   (FILE may be gzip-compressed)`);
	process.exit(2);
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
if (outAt < 0 || !args[outAt + 1]) usage('--out DIR is required');
const outDir = path.resolve(args[outAt + 1] as string);
const inputs = args.filter((_, i) => i !== outAt && i !== outAt + 1);
if (inputs.length === 0) usage('no file to import');

const imported: ImportedFile[] = [];
const refusals: string[] = [];
for (const input of inputs) {
	if (!existsSync(input)) {
		refusals.push(`${input} does not exist.`);
		continue;
	}
	let bytes: Uint8Array = readFileSync(input);
	// gzip magic number: downloads from Eurostat and the IMF matrix often come compressed.
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			bytes = gunzipSync(bytes);
		} catch (e) {
			refusals.push(`${input} starts like a gzip file but does not decompress (${(e as Error).message}).`);
			continue;
		}
	}
	const outcome = importBytes(bytes, path.basename(input));
	if (!outcome.ok) refusals.push(outcome.refusal);
	else {
		imported.push(outcome.imported);
		for (const line of importReportLines(outcome.imported)) console.log(line);
	}
}

if (refusals.length > 0) {
	for (const r of refusals) console.error(`refused: ${r}`);
	console.error(`Nothing written to ${outDir}.`);
	process.exit(1);
}

const existing = existsSync(outDir) ? readDataFiles(outDir) : {};
const merged = mergeImports(existing, imported);
for (const line of mergeReportLines(merged)) console.log(line);
if (merged.issues.length > 0) {
	console.error(`The merged data does not validate: nothing written to ${outDir}.`);
	process.exit(1);
}

// Each file is written beside its target and renamed over it, so a server watching the directory
// never reads half a file.
mkdirSync(outDir, { recursive: true });
for (const name of merged.written) {
	const target = path.join(outDir, DATA_FILES[name]);
	const temp = path.join(outDir, `.${DATA_FILES[name]}.${process.pid}.tmp`);
	writeFileSync(temp, merged.files[name] ?? '');
	renameSync(temp, target);
}
console.log(
	merged.written.length === 0
		? `${outDir}: nothing changed.`
		: `${outDir}: wrote ${merged.written.map((n) => DATA_FILES[n]).join(', ')}.`
);
