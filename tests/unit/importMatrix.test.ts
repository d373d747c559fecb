// The whole IMF DOTS matrix (../shared/datasets/, beside the repository) through the importer: every
// Korea–Netherlands row (each other and the World) must equal data/trade.csv's DOTS rows, value as
// published, unit, currency and valuation. Skips cleanly when the matrix is absent.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/lib/data/fixtures/dataDir';
import { importBytes } from '../../src/lib/import/importer';

const MATRIX = new URL('../../../shared/datasets/imf-dots-annual-1960-2020.csv.gz', import.meta.url);
const present = existsSync(MATRIX);

describe('the IMF DOTS matrix imported whole', () => {
	it.skipIf(!present)(
		'holds every Korea–Netherlands DOTS row of data/trade.csv, figure for figure',
		() => {
			const outcome = importBytes(gunzipSync(readFileSync(MATRIX)), 'imf-dots-annual-1960-2020.csv');
			if (!outcome.ok) throw new Error(outcome.refusal);
			const f = outcome.imported;
			expect(f.rowsRead).toBe(1_839_067);
			expect(f.unmapped).toEqual([]);
			expect(f.rejected).toEqual([]);

			const key = (period: string, reporter: string, partner: string, flow: string) =>
				`${period}|${reporter}|${partner}|${flow}`;
			const pair = new Set(['KOR', 'NLD']);
			const fromMatrix = f.trade
				.rows()
				.filter((r) => pair.has(r.reporter) && (pair.has(r.partner) || r.partner === 'WLD'))
				.map(
					(r) => `${key(r.period, r.reporter, r.partner, r.flow)}: ${r.value} ${r.currency} ${r.unit} ${r.valuation}`
				)
				.sort();
			const bundled = loadDataDir()
				.trade.filter((o) => o.source === 'imf-dots-2022')
				.map(
					(o) =>
						`${key(o.period.key, o.reporter, o.partner, o.flow)}: ${o.publishedValue} ${o.currency} ${o.publishedUnit} ${o.valuation}`
				)
				.sort();
			expect(bundled).toHaveLength(484);
			expect(fromMatrix).toEqual(bundled);
		},
		180_000
	);
});
