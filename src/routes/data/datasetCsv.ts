// The full-data downloads: every validated row of a data file, as published (value and multiplier),
// with its source written out, so a reader can check any figure without a second file.
import { toCsv, type CsvCell } from '$lib/data/csv';
import { toPublishedUnits } from '$lib/data/dataset';
import type { Dataset, Source } from '$lib/data/types';

export const DATASET_NAMES = ['trade', 'fdi', 'sources'] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

const SOURCE_COLUMNS = ['source_id', 'source_title', 'source_publisher', 'source_url', 'source_vintage'];

const sourceCells = (dataset: Dataset, id: string): CsvCell[] => {
	const s: Source | undefined = dataset.sources.get(id);
	return [id, s?.title ?? '', s?.publisher ?? '', s?.url ?? '', s?.vintage ?? ''];
};

/** Values are stored in full units; the download gives them back in the unit they were published in. */

/**
 * A full data set as CSV text, or null for an unknown name.
 * @example datasetCsv(ds, 'trade')?.split('\r\n')[1] → '1960,KOR,NLD,import,5.5,USD,millions,CIF,general,,,imf-dots-2022,"Direction of Trade …",…,2'
 */
export function datasetCsv(dataset: Dataset, name: string): string | null {
	if (name === 'trade') {
		return toCsv(
			['period', 'reporter', 'partner', 'flow', 'value', 'currency', 'unit', 'valuation', 'concept', 'qualifier', 'note', ...SOURCE_COLUMNS, 'line'],
			dataset.trade.map((o) => [
				o.period.key,
				o.reporter,
				o.partner,
				o.flow,
				toPublishedUnits(o.value, o.publishedUnit),
				o.currency,
				o.publishedUnit,
				o.valuation,
				o.concept,
				o.qualifier,
				o.note,
				...sourceCells(dataset, o.source),
				o.line
			])
		);
	}
	if (name === 'fdi') {
		return toCsv(
			['period', 'investor', 'host', 'measure', 'value', 'currency', 'unit', 'basis', 'qualifier', 'note', ...SOURCE_COLUMNS, 'line'],
			dataset.fdi.map((o) => [
				o.period.key,
				o.investor,
				o.host,
				o.measure,
				toPublishedUnits(o.value, o.publishedUnit),
				o.currency,
				o.publishedUnit,
				o.basis,
				o.qualifier,
				o.note,
				...sourceCells(dataset, o.source),
				o.line
			])
		);
	}
	if (name === 'sources') {
		return toCsv(
			['id', 'title', 'publisher', 'url', 'vintage', 'accessed', 'notes'],
			[...dataset.sources.values()].map((s) => [s.id, s.title, s.publisher, s.url, s.vintage, s.accessed, s.notes])
		);
	}
	return null;
}

/** @example datasetFileName('trade', '2025-11-23T10:00:00Z') → 'trade-all-rows-2025-11-23.csv' */
export function datasetFileName(name: DatasetName, loadedAt: string): string {
	return `${name}-all-rows-${loadedAt.slice(0, 10)}.csv`;
}
