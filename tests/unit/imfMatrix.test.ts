// The whole IMF DOTS matrix (../shared/datasets/, beside the repository; 1.84 M rows, IMF country
// names) is streamed once, a pair is converted to trade.csv form in memory, and the data set is built
// and queried with the same code the server uses. Skips cleanly when the matrix is absent.
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TRADE_CSV_COLUMNS, toCsv, tradeCsvName, tradeCsvRows } from '../../src/lib/data/csv';
import { buildDataset } from '../../src/lib/data/dataset';
import { loadDataDir } from '../../src/lib/data/fixtures/dataDir';
import { tradePairs, yearSpan } from '../../src/lib/data/series';
import { tradeView } from '../../src/lib/data/tradeView';
import type { Dataset } from '../../src/lib/data/types';

const MATRIX = new URL('../../../shared/datasets/imf-dots-annual-1960-2020.csv.gz', import.meta.url);
const present = existsSync(MATRIX);
const TIMEOUT = 60_000;

// IMF names of the countries kept, with the codes our files use.
const CODES: Record<string, string> = {
	Germany: 'DEU',
	Japan: 'JPN',
	'Korea, Rep. of': 'KOR',
	'Netherlands, The': 'NLD',
	World: 'WLD'
};
const PAIRS = [
	['DEU', 'JPN'],
	['KOR', 'NLD']
];
const HEADER = 'period,reporter,partner,flow,value,currency,unit,valuation,concept,qualifier,source,note';

interface Extract {
	/** Data rows streamed (the header not counted). */
	rowsRead: number;
	/** Rows kept, in trade.csv form, by pair ('DEU-JPN'). */
	lines: Map<string, string[]>;
	/** Kept rows the IMF flags as estimates. */
	flagged: number;
	header: string[];
}

/** Streams the gzip matrix row by row and keeps only the rows of PAIRS (and their World rows). */
function extract(): Promise<Extract> {
	return new Promise((resolve, reject) => {
		const out: Extract = { rowsRead: 0, lines: new Map(PAIRS.map((p) => [p.join('-'), []])), flagged: 0, header: [] };
		const input = createReadStream(MATRIX).pipe(createGunzip());
		input.on('error', reject);
		Papa.parse<string[]>(input, {
			skipEmptyLines: true,
			step: ({ data }) => {
				if (out.header.length === 0) {
					out.header = data;
					return;
				}
				out.rowsRead++;
				const [reporterName = '', partnerName = '', year, flow, value, flag] = data;
				const reporter = CODES[reporterName];
				const partner = CODES[partnerName];
				if (!reporter || !partner || reporter === 'WLD') return;
				const pair = PAIRS.find((p) => p.includes(reporter) && (p.includes(partner) || partner === 'WLD'));
				if (!pair || reporter === partner) return;
				if (flag) out.flagged++;
				// An IMF estimate is not a source saying "around": it is kept plain, and the note says so.
				const note = flag === 'e' ? 'IMF estimate (flag e)' : '';
				out.lines
					.get(pair.join('-'))
					?.push(
						`${year},${reporter},${partner},${flow},${value},USD,millions,${flow === 'export' ? 'FOB' : 'CIF'},not stated,,imf-dots-matrix,${note}`
					);
			},
			complete: () => resolve(out),
			error: reject
		});
	});
}

let extracted: Promise<Extract> | null = null;
const matrix = () => (extracted ??= extract());

const SOURCES =
	'id,title,publisher,url,vintage,accessed,notes\n' +
	'imf-dots-matrix,"Direction of Trade Statistics (DOTS), annual matrix 1960–2020",International Monetary Fund,,,,\n';

async function pairDataset(pair: string): Promise<Dataset> {
	const { lines } = await matrix();
	const { dataset, issues } = buildDataset({
		sources: SOURCES,
		countries: 'code,name\nDEU,Germany\nJPN,Japan\nKOR,Korea\nNLD,Netherlands\nWLD,World\n',
		trade: [HEADER, ...(lines.get(pair) ?? [])].join('\n') + '\n'
	});
	if (!dataset) throw new Error(`${pair} does not build: ${JSON.stringify(issues.slice(0, 3))}`);
	return dataset;
}

describe('the IMF DOTS matrix', () => {
	it.skipIf(!present)(
		'streams all 1,839,067 rows with the expected columns, keeping only the pairs asked for',
		async () => {
			const { rowsRead, header, lines, flagged } = await matrix();
			expect(header).toEqual(['reporter', 'partner', 'year', 'flow', 'value_usd_millions', 'flag']);
			expect(rowsRead).toBe(1_839_067);
			// 61 years (1960–2020) × 2 reporters × 2 flows × 2 partners (each other, World) = 488; for Korea and
			// the Netherlands 4 cells are absent (1960–1961 Korean exports and Dutch imports, data/README.md).
			expect(lines.get('DEU-JPN')).toHaveLength(488);
			expect(lines.get('KOR-NLD')).toHaveLength(484);
			expect(flagged).toBe(0);
		},
		TIMEOUT
	);

	it.skipIf(!present)(
		'builds Germany–Japan and gives the 2018–2020 view with both sides',
		async () => {
			const dataset = await pairDataset('DEU-JPN');
			expect(dataset.trade).toHaveLength(488);
			expect(tradePairs(dataset)).toEqual([
				{ reporter: 'DEU', partner: 'JPN' },
				{ reporter: 'JPN', partner: 'DEU' }
			]);
			const span = yearSpan(dataset, 'DEU', 'JPN');
			expect(span).toEqual({ min: 1960, max: 2020 });

			const view = tradeView(dataset, { reporter: 'DEU', partner: 'JPN', by: 'DEU', from: 2018, to: 2020 }, span!);
			expect(view.groups.map((g) => `${g.by}:${g.source.id}:${g.currency}`)).toEqual(['DEU:imf-dots-matrix:USD']);
			const r2020 = view.groups[0]?.rows.find((r) => r.period === '2020');
			expect(r2020).toMatchObject({ exports: 20156.769535, imports: 17659.374492 });
			expect(r2020?.balance).toBeCloseTo(2497.395043, 9);
			expect(r2020?.exportsGrowth).toBeCloseTo(20156.769535 / 23483.804435 - 1, 12);
			// Germany's exports to the World in 2020: 1382532.86804.
			expect(r2020?.exportsShare).toBeCloseTo(20156.769535 / 1382532.86804, 14);

			const mirror = view.mirrorGroups[0]?.rows.find((r) => r.period === '2020');
			expect(view.mirrorGroups[0]?.by).toBe('JPN');
			expect(mirror).toMatchObject({ exports: 21209.497644, imports: 17402.404995 });

			expect(tradeCsvName(view)).toBe('deu-jpn-trade-2018-2020.csv');
			const csv = toCsv([...TRADE_CSV_COLUMNS], tradeCsvRows(view));
			expect(csv.split('\r\n')[3]?.startsWith('2020,DEU,JPN,DEU,20156.769535,17659.374492,2497.395043,')).toBe(true);
		},
		TIMEOUT
	);

	it.skipIf(!present)(
		'holds the same Korea–Netherlands figures as data/trade.csv, cell for cell',
		async () => {
			const fromMatrix = await pairDataset('KOR-NLD');
			const bundled = loadDataDir().trade.filter((o) => o.source === 'imf-dots-2022');
			const key = (o: Dataset['trade'][number]) => `${o.period.key}|${o.reporter}|${o.partner}|${o.flow}`;
			const bundledValues = new Map(bundled.map((o) => [key(o), o.value]));
			expect(bundled).toHaveLength(484);
			expect(fromMatrix.trade).toHaveLength(484);
			const differences = fromMatrix.trade
				.filter((o) => bundledValues.has(key(o)) && bundledValues.get(key(o)) !== o.value)
				.map((o) => `${key(o)}: matrix ${o.value}, data/ ${bundledValues.get(key(o))}`);
			expect(differences).toEqual([]);
			const onlyInMatrix = fromMatrix.trade.filter((o) => !bundledValues.has(key(o))).map(key);
			expect(onlyInMatrix).toEqual([]);
		},
		TIMEOUT
	);
});
