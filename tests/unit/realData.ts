// The bundled data/ set, read once for the tests that check real figures end to end.
import { readFileSync } from 'node:fs';
import { buildDataset, DATA_FILES, type DataFileTexts } from '../../src/lib/data/dataset';
import type { Dataset } from '../../src/lib/data/types';

export function loadRealDataset(): Dataset {
	const texts: DataFileTexts = {};
	for (const [key, file] of Object.entries(DATA_FILES) as [keyof typeof DATA_FILES, string][]) {
		texts[key] = readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
	}
	const { dataset, issues } = buildDataset(texts);
	if (!dataset) throw new Error(`data/ does not validate: ${JSON.stringify(issues.slice(0, 3))}`);
	return dataset;
}
