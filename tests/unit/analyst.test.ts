// Mirror statistics, currency conversion and claims on the real bundled data: the figures the issue
// names, computed end to end from data/.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tradeChartSpecs } from '../../src/lib/charts/spec';
import { reviewClaims } from '../../src/lib/data/claims';
import { mirrorCsvRows, MIRROR_CSV_COLUMNS, toCsv, tradeCsvRows, TRADE_CSV_COLUMNS } from '../../src/lib/data/csv';
import { mirrorFlows } from '../../src/lib/data/mirror';
import { yearSpan } from '../../src/lib/data/series';
import { tradeView } from '../../src/lib/data/tradeView';
import type { ViewState } from '../../src/lib/data/viewState';
import { loadRealDataset } from './realData';

const dataset = loadRealDataset();
const span = yearSpan(dataset, 'KOR', 'NLD') ?? { min: 1960, max: 2023 };
const view = (state: Partial<ViewState>) =>
	tradeView(dataset, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1995, to: 2020, ...state }, span);

describe('mirror statistics, KOR–NLD 1995–2020', () => {
	const flows = mirrorFlows(view({}));

	it('puts KOR-reported exports to NLD beside NLD-reported imports from KOR, with the gap', () => {
		const flow = flows.find((f) => f.exporter === 'KOR');
		const row = flow?.rows.find((r) => r.period === '2020');
		expect(row?.exporterReported).toBe(3987.104);
		expect(row?.importerReported).toBe(6414.84867);
		expect(row?.gap).toBeCloseTo(-2427.74467, 6);
		expect(Number(row?.gap?.toFixed(1))).toBe(-2427.7);
		expect(row?.gapShare).toBeCloseTo(-2427.74467 / 6414.84867, 10);
		expect(row?.cifFob).toBeCloseTo(6414.84867 / 3987.104, 10);
		expect(flow?.exporterValuation).toBe('FOB');
		expect(flow?.importerValuation).toBe('CIF');
	});

	it('does the same for the other direction', () => {
		const row = flows.find((f) => f.exporter === 'NLD')?.rows.find((r) => r.period === '2020');
		expect(row?.exporterReported).toBe(7662.229024);
		expect(row?.importerReported).toBe(6223.837);
		expect(row?.gap).toBeCloseTo(1438.392024, 6);
	});

	it('covers exactly the selected years for both flows', () => {
		for (const f of flows) {
			expect(f.rows[0]?.period).toBe('1995');
			expect(f.rows[f.rows.length - 1]?.period).toBe('2020');
		}
	});

	it('writes the gap columns to CSV', () => {
		const parsed = Papa.parse<Record<string, string>>(toCsv([...MIRROR_CSV_COLUMNS], mirrorCsvRows(flows)).slice(1), {
			header: true
		}).data;
		const row = parsed.find((r) => r.period === '2020' && r.exporter === 'KOR');
		expect(Number(row?.exporter_reported)).toBe(3987.104);
		expect(Number(row?.importer_reported)).toBe(6414.84867);
		expect(Number(row?.gap)).toBeCloseTo(-2427.74467, 6);
	});
});

describe('currency conversion in the trade view', () => {
	it('converts a known year at the stated rate and says so', () => {
		const eur = view({ from: 2020, to: 2020, currency: 'EUR' }).groups[0];
		const row = eur?.rows[0];
		// World Bank: 0.875506396987998 EUR per USD in 2020.
		expect(row?.exports).toBeCloseTo(3987.104 * 0.875506396987998, 9);
		expect(row?.conversion?.rate).toBe(0.875506396987998);
		expect(row?.conversion?.derived).toBe(false);
		expect(eur?.convertedFrom).toBe('USD');
		expect(eur?.unitLabel).toBe('EUR million (converted from USD)');
	});

	it('keeps a year without a rate unconverted and flagged, never dropped', () => {
		const eur = view({ from: 1997, to: 1999, currency: 'EUR' }).groups[0];
		const r1998 = eur?.rows.find((r) => r.period === '1998');
		expect(r1998?.exports).toBeNull();
		expect(r1998?.unconverted).toEqual({ exports: 1954.8, imports: 884.4, currency: 'USD' });
		const r1999 = eur?.rows.find((r) => r.period === '1999');
		expect(r1999?.unconverted).toBeNull();
		expect(r1999?.exports).not.toBeNull();
		const notes = tradeChartSpecs(view({ from: 1997, to: 1999, currency: 'EUR' }))[0]?.notes.join(' ');
		expect(notes).toContain('No exchange rate for 1997–1998');
		const csv = tradeCsvRows(view({ from: 1997, to: 1999, currency: 'EUR' }));
		const col = (name: string) => TRADE_CSV_COLUMNS.indexOf(name as (typeof TRADE_CSV_COLUMNS)[number]);
		const csv1998 = csv.find((r) => r[0] === '1998' && r[col('source_id')] === 'imf-dots-2022');
		expect(csv1998?.[col('exports')]).toBeNull();
		expect(csv1998?.[col('unconverted_exports')]).toBe(1954.8);
		expect(csv1998?.[col('converted_from')]).toBe('USD');
	});

	it('labels a cross rate as derived (KRW figures of a EUR source)', () => {
		const krw = view({ by: 'NLD', from: 2020, to: 2020, currency: 'KRW' });
		const cbs = krw.groups.find((g) => g.convertedFrom === 'EUR');
		expect(cbs?.rows[0]?.conversion?.derived).toBe(true);
	});
});

describe('claims', () => {
	const reviews = reviewClaims(dataset);

	it('loads every seed claim', () => {
		expect(reviews.map((r) => r.claim.id).sort()).toEqual([
			'hcss-2021-kor-fdi-in-nld-peak',
			'hcss-2023-kor-fdi-in-nld',
			'hcss-2023-nld-machinery-exports-to-kor',
			'hcss-2024-kor-exports-to-nld',
			'hcss-2024-kor-imports-from-nld',
			'hcss-2024-nld-exports-to-kor',
			'hcss-2024-nld-imports-from-kor'
		]);
	});

	it('sets the 564 million claim against Korea-reported imports from the Netherlands', () => {
		const review = reviews.find((r) => r.claim.id === 'hcss-2024-kor-imports-from-nld');
		expect(review?.claim.value).toBe(564e6);
		const sameSide = review?.comparisons.filter((c) => c.side === 'same side') ?? [];
		// Nearest Korea-reported figures: MOTIE 2021 (9.2 bn) and IMF DOTS 2020.
		expect(sameSide[0]).toMatchObject({ period: '2021', value: 9200, reportedBy: 'KOR' });
		expect(sameSide[0]?.difference).toBeCloseTo(564 - 9200, 9);
		expect(sameSide.find((c) => c.source.id === 'imf-dots-2022')).toMatchObject({ period: '2020', value: 6223.837 });
		const mirror = review?.comparisons.find((c) => c.side === 'mirror' && c.source.id === 'imf-dots-2022');
		expect(mirror).toMatchObject({ period: '2020', value: 7662.229024, reportedBy: 'NLD' });
	});

	it('compares FDI claims with the nearest reported FDI figure', () => {
		const review = reviews.find((r) => r.claim.id === 'hcss-2021-kor-fdi-in-nld-peak');
		expect(review?.comparisons[0]).toMatchObject({ period: '2010', value: 1770, yearsApart: 11 });
	});

	it('shows trade claims as star points on the flows chart within the selected years', () => {
		// Claims are a layer the reader turns on (claims=show).
		const flows = tradeChartSpecs(view({ from: 2015, to: 2024, claims: true }))[0];
		const stars = flows?.series.filter((s) => s.marker === 'star') ?? [];
		// Two claims about each flow: one from each side ("Korean imports from NL" and "Dutch exports to Korea").
		expect(stars.map((s) => s.key).sort()).toEqual([
			'claim-exports-KOR',
			'claim-exports-NLD',
			'claim-imports-KOR',
			'claim-imports-NLD'
		]);
		const at2024 = flows?.labels.indexOf('2024') ?? -1;
		expect(stars.find((s) => s.key === 'claim-imports-KOR')?.values[at2024]).toBe(564);
		expect(stars.find((s) => s.key === 'claim-imports-NLD')?.values[at2024]).toBe(10200);
		expect(
			tradeChartSpecs(view({ from: 2015, to: 2024, claims: false }))[0]?.series.some((s) => s.marker === 'star')
		).toBe(false);
	});
});

describe('policy events on time charts', () => {
	it('marks the events of the selected years, and none when hidden', () => {
		const flows = tradeChartSpecs(view({ from: 2015, to: 2024, events: true }))[0];
		expect(flows?.events?.map((e) => e.date)).toContain('2022-11-17');
		expect(flows?.events?.every((e) => Number(e.period) >= 2015)).toBe(true);
		expect(tradeChartSpecs(view({ from: 2015, to: 2024 }))[0]?.events).toBeUndefined();
	});
});
