// Validates a data directory from the command line: `npm run check:data [-- DIR]`.
// Prints every problem with file, line and column and exits 1 if there is any.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset } from '../src/lib/data/dataset';
import { formatIssue } from '../src/lib/data/issues';
import { readDataFiles } from '../src/lib/server/dataFiles';

/**
 * The check of one directory as the lines it prints: a summary, then one line per problem (capped:
 * see IssueList). Kept apart from the printing so the fuzz test can run exactly this path.
 * @example checkDataDir('data') → { ok: true, lines: ['…/data: OK — 502 trade rows, …'] }
 */
export function checkDataDir(dir: string): { ok: boolean; lines: string[] } {
	const { dataset, issues } = buildDataset(readDataFiles(dir));
	if (!dataset)
		return {
			ok: false,
			lines: [`${dir}: ${issues.length} problem(s) listed`, ...issues.map((i) => '  ' + formatIssue(i))]
		};
	return {
		ok: true,
		lines: [
			`${dir}: OK — ${dataset.trade.length} trade rows, ${dataset.fdi.length} FDI rows, ` +
				`${dataset.events.length} events, ${dataset.fx.length} exchange rates, ${dataset.claims.length} claims, ${dataset.sources.size} sources`
		]
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const { ok, lines } = checkDataDir(path.resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data'));
	for (const line of lines) (ok ? console.log : console.error)(line);
	if (!ok) process.exit(1);
}
