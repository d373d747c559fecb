import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_FILES, type DataFileTexts } from '../data/dataset';

/** Where the CSV files are read from: DATA_DIR, or ./data beside the working directory. */
export function dataDirectory(): string {
	return path.resolve(process.env.DATA_DIR ?? 'data');
}

/** Reads whichever of the data files exist; a required one that is missing is reported by the validator. */
export function readDataFiles(dir: string): DataFileTexts {
	const texts: DataFileTexts = {};
	for (const [key, file] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, string][]) {
		const full = path.join(dir, file);
		if (existsSync(full)) texts[key] = readFileSync(full, 'utf8');
	}
	return texts;
}
