// Converts the whole IMF DOTS matrix (../shared/datasets/imf-dots-annual-1960-2020.csv.gz: 1.84 M rows,
// IMF country names) into a data folder in the contract (trade.csv, sources.csv, countries.csv), for the
// scale benchmark and tests. A stopgap until the import command lands: it will replace this script.
//
//   npx tsx scripts/imf-matrix.ts OUT_DIR      (never inside the repository: the files are ~120 MB)
//
// Codes: ISO 3166-1 alpha-3 where i18n-iso-countries knows the IMF name (after undoing the IMF's
// "Netherlands, The" inversion), WLD for World, and otherwise a code from the ISO user-assigned range
// XAA–XZZ (areas, groups and names the library does not know), listed with the IMF name in
// countries.csv. Values are copied as written; the IMF's "e" (estimate) flag goes into the note.
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import countries from 'i18n-iso-countries';
import Papa from 'papaparse';

export const MATRIX = new URL('../../shared/datasets/imf-dots-annual-1960-2020.csv.gz', import.meta.url);

const SOURCES = `id,title,publisher,url,vintage,accessed,notes
imf-dots-matrix,"Direction of Trade Statistics (DOTS), annual, all reporters and partners, 1960–2020",International Monetary Fund,,,,"Goods trade in US dollars, millions. Exports FOB, imports CIF. Converted by scripts/imf-matrix.ts for the scale benchmark."
`;

/** IMF spellings the library does not match ("Rep." for "Republic", "P.R." for "People's Republic"). */
const IMF_NAMES: Record<string, string> = {
	'Korea, Rep. of': 'KOR',
	"Korea, Dem. People's Rep. of": 'PRK',
	'China, P.R.: Mainland': 'CHN',
	'China, P.R.: Macao': 'MAC',
	'China, P.R.: Hong Kong': 'HKG',
	'Taiwan Province of China': 'TWN',
	'Czech Rep.': 'CZE',
	'Slovak Rep.': 'SVK',
	'Moldova, Rep. of': 'MDA',
	'Kyrgyz Rep.': 'KGZ',
	'Syrian Arab Rep.': 'SYR',
	'Central African Rep.': 'CAF',
	'Dominican Rep.': 'DOM',
	'Congo, Dem. Rep. of the': 'COD',
	"Lao People's Dem. Rep.": 'LAO',
	'European Union': 'EUU'
};

/** ISO code of an IMF country name, or null. @example isoCode('Netherlands, The') → 'NLD' */
function isoCode(name: string): string | null {
	if (IMF_NAMES[name]) return IMF_NAMES[name];
	const tries = [name, name.replace(/^(.*), The$/, '$1'), name.replace(/, Rep\. of$/, '')];
	for (const t of tries) {
		const code = countries.getAlpha3Code(t, 'en');
		if (code) return code;
	}
	return null;
}

/** Converts the matrix into `out`; resolves with the number of rows written and the code of each name. */
export async function convertMatrix(out: string): Promise<{ rows: number; codes: Map<string, string> }> {
	const codes = new Map<string, string>([['World', 'WLD']]);
	const used = new Set(['WLD']);
	let next = 0;
	const code = (name: string) => {
		let c = codes.get(name);
		if (c) return c;
		c = isoCode(name) ?? '';
		if (!c || used.has(c)) {
			do c = `X${String.fromCharCode(65 + Math.floor(next / 26), 65 + (next++ % 26))}`;
			while (used.has(c));
		}
		codes.set(name, c);
		used.add(c);
		return c;
	};
	const lines = ['period,reporter,partner,flow,value,currency,unit,valuation,concept,qualifier,source,note'];
	const seen = new Set<string>();
	await new Promise<void>((resolve, reject) => {
		const input = createReadStream(MATRIX).pipe(createGunzip());
		input.on('error', reject);
		let header = true;
		Papa.parse<string[]>(input, {
			skipEmptyLines: true,
			step: ({ data }) => {
				if (header) return void (header = false);
				const [reporter = '', partner = '', year, flow, value, flag] = data;
				const r = code(reporter);
				const p = code(partner);
				const key = `${year}|${r}|${p}|${flow}`;
				if (r === p || seen.has(key)) return;
				seen.add(key);
				const valuation = flow === 'export' ? 'FOB' : 'CIF';
				lines.push(
					`${year},${r},${p},${flow},${value},USD,millions,${valuation},not stated,,imf-dots-matrix,${flag === 'e' ? 'IMF estimate (flag e)' : ''}`
				);
			},
			complete: () => resolve(),
			error: reject
		});
	});
	mkdirSync(out, { recursive: true });
	writeFileSync(path.join(out, 'trade.csv'), lines.join('\n') + '\n');
	writeFileSync(path.join(out, 'sources.csv'), SOURCES);
	const names = [...codes].sort((a, b) => a[1].localeCompare(b[1]));
	writeFileSync(
		path.join(out, 'countries.csv'),
		'code,name\n' + names.map(([name, c]) => `${c},${Papa.unparse([[name]], { newline: '' })}`).join('\n') + '\n'
	);
	return { rows: lines.length - 1, codes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const out = process.argv[2];
	if (!out) {
		console.error('usage: npx tsx scripts/imf-matrix.ts OUT_DIR');
		process.exit(2);
	}
	if (!existsSync(MATRIX)) {
		console.log(`skipped: ${MATRIX.pathname} is absent`);
		process.exit(0);
	}
	const { rows, codes } = await convertMatrix(path.resolve(out));
	console.log(`${rows} rows, ${codes.size} countries and areas → ${path.resolve(out)}`);
}
