// Validates a data directory from the command line: `npm run check:data [-- DIR]`.
// Prints every problem with file, line and column and exits 1 if there is any.
import path from 'node:path';
import { buildDataset } from '../src/lib/data/dataset';
import { formatIssue } from '../src/lib/data/issues';
import { readDataFiles } from '../src/lib/server/dataFiles';

const dir = path.resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
const { dataset, issues } = buildDataset(readDataFiles(dir));
if (!dataset) {
	console.error(`${dir}: ${issues.length} problem(s)`);
	for (const issue of issues) console.error('  ' + formatIssue(issue));
	process.exit(1);
}
console.log(
	`${dir}: OK — ${dataset.trade.length} trade rows, ${dataset.fdi.length} FDI rows, ` +
		`${dataset.events.length} events, ${dataset.fx.length} exchange rates, ${dataset.claims.length} claims, ${dataset.sources.size} sources`
);
