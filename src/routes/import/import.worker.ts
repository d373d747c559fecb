// The /import page's worker: the file never leaves the browser. It is decompressed (gzip), decoded,
// detected, parsed and mapped here, validated with the loader's buildDataset, and kept as a Dataset so
// the page can ask for the same trade views and chart specs /trade draws.
import { tradeChartSpecs } from '$lib/charts/spec';
import { DATA_FILES } from '$lib/data/dataset';
import { tradePairs, yearSpan } from '$lib/data/series';
import { tradeView } from '$lib/data/tradeView';
import type { Dataset } from '$lib/data/types';
import { withLocale } from '$lib/i18n/locale';
import { importBytes } from '$lib/import/importer';
import { mergeImports } from '$lib/import/merge';
import type { FromWorker, PairFound, ToWorker } from './protocol';

let dataset: Dataset | null = null;
const post = (message: FromWorker) => postMessage(message);

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Years with figures for every pair (either side), in one pass: a file can hold thousands of pairs. */
function pairSpans(data: Dataset): Map<string, { min: number; max: number }> {
	const spans = new Map<string, { min: number; max: number }>();
	for (const o of data.trade) {
		const key = o.reporter < o.partner ? `${o.reporter}|${o.partner}` : `${o.partner}|${o.reporter}`;
		const span = spans.get(key);
		if (!span) spans.set(key, { min: o.period.year, max: o.period.year });
		else {
			span.min = Math.min(span.min, o.period.year);
			span.max = Math.max(span.max, o.period.year);
		}
	}
	return spans;
}

async function importFile(name: string, buffer: ArrayBuffer): Promise<void> {
	dataset = null;
	let bytes: Uint8Array = new Uint8Array(buffer);
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		post({ kind: 'progress', phase: 'decompressing', done: 0, total: 1 });
		try {
			bytes = await gunzip(bytes);
		} catch {
			post({ kind: 'bad-gzip', file: name });
			return;
		}
	}
	post({ kind: 'progress', phase: 'decoding', done: 0, total: 1 });
	const outcome = importBytes(bytes, name.replace(/\.gz$/i, ''), (done, total) =>
		post({ kind: 'progress', phase: 'parsing', done, total })
	);
	if (!outcome.ok) {
		post({ kind: 'refused', sentence: outcome.refusal });
		return;
	}
	post({ kind: 'progress', phase: 'checking', done: 1, total: 1 });
	const f = outcome.imported;
	const merged = mergeImports({}, [f]);
	dataset = merged.dataset;
	const pairs: PairFound[] = [];
	if (dataset) {
		const name = (code: string) => dataset?.countries.get(code)?.name ?? code;
		const spans = pairSpans(dataset);
		for (const p of tradePairs(dataset)) {
			const span = spans.get([p.reporter, p.partner].sort().join('|'));
			if (span) pairs.push({ ...p, reporterName: name(p.reporter), partnerName: name(p.partner), span });
		}
	}
	const files: Record<string, Blob> = {};
	for (const key of merged.written)
		files[DATA_FILES[key]] = new Blob([merged.files[key] ?? ''], { type: 'text/csv;charset=utf-8' });
	post({
		kind: 'imported',
		summary: {
			file: f.file,
			formatLabel: f.formatLabel,
			encoding: f.encoding,
			source: f.source,
			rejected: f.rejected.slice(0, 200),
			unmapped: f.unmapped,
			skipped: f.skipped,
			rowsRead: f.rowsRead,
			warnings: f.warnings,
			counts: { trade: f.trade.length, fdi: f.fdi.length, fx: f.fx.length }
		},
		issues: merged.issues.slice(0, 200),
		files,
		pairs
	});
}

onmessage = (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.kind === 'import') void importFile(message.name, message.buffer);
	else if (dataset) {
		const { reporter, partner, from, to, locale } = message;
		const span = yearSpan(dataset, reporter, partner) ?? { min: from, max: to };
		const view = tradeView(dataset, { reporter, partner, by: reporter, from, to }, span);
		post({ kind: 'view', specs: withLocale(locale, () => tradeChartSpecs(view)) });
	}
};
