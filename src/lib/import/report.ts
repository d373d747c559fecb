// The import report in words, for the command line (the /import page shows the same parts as HTML).
import { formatIssue } from '../data/issues';
import type { MergeResult } from './merge';
import type { ImportedFile } from './types';

const MAX_LISTED = 20;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * What one file gave: format and encoding, rows by contract file, and everything not imported, with where.
 * @example importReportLines(imported)[0] → 'comtrade.csv: UN Comtrade+ CSV (TradeData), Windows-1252; 6 data rows read'
 */
export function importReportLines(f: ImportedFile): string[] {
	const lines = [`${f.file}: ${f.formatLabel}, ${f.encoding}; ${plural(f.rowsRead, 'data row')} read`];
	const kinds = [
		[f.trade.length, 'trade.csv'],
		[f.fdi.length, 'fdi.csv'],
		[f.fx.length, 'fx.csv']
	] as const;
	lines.push(
		`  rows for ${
			kinds
				.filter(([n]) => n > 0)
				.map(([n, name]) => `${name}: ${n.toLocaleString('en-US')}`)
				.join(', ') || 'no contract file'
		} (source ${f.source.id})`
	);
	for (const w of f.warnings) lines.push(`  warning: ${w}`);
	for (const s of f.skipped)
		lines.push(`  skipped ${plural(s.count, 'row')} (first on line ${s.firstLine}): ${s.reason}`);
	for (const u of f.unmapped) {
		lines.push(
			`  unmapped ${u.column} "${u.name}" (${plural(u.count, 'row')}, first on line ${u.line}): not a country or area the tables know; add it to src/lib/import/tables/ with its source`
		);
	}
	for (const issue of f.rejected.slice(0, MAX_LISTED)) lines.push(`  rejected: ${formatIssue(issue)}`);
	if (f.rejected.length > MAX_LISTED)
		lines.push(`  … and ${plural(f.rejected.length - MAX_LISTED, 'more rejected row')}`);
	return lines;
}

/** What the merge did to the data directory, and the loader's verdict. */
export function mergeReportLines(m: MergeResult): string[] {
	const lines: string[] = [];
	for (const [kind, c] of Object.entries(m.counts)) {
		if (c.added + c.unchanged + c.changed === 0) continue;
		lines.push(
			`${kind}.csv: ${plural(c.added, 'row')} added, ${c.unchanged.toLocaleString('en-US')} unchanged, ${c.changed.toLocaleString('en-US')} changed value`
		);
	}
	for (const ch of m.changes.slice(0, MAX_LISTED))
		lines.push(
			`  changed ${ch.file} ${ch.key.replaceAll('|', ' ').trim()}: ${ch.old} → ${ch.new} (source ${ch.source})`
		);
	if (m.changes.length > MAX_LISTED) lines.push(`  … and ${plural(m.changes.length - MAX_LISTED, 'more changed row')}`);
	for (const issue of m.issues.slice(0, MAX_LISTED)) lines.push(`invalid: ${formatIssue(issue)}`);
	if (m.issues.length > MAX_LISTED) lines.push(`… and ${plural(m.issues.length - MAX_LISTED, 'more problem')}`);
	return lines;
}
