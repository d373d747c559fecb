import { describe, expect, it } from 'vitest';
import { loadDataDir } from './fixtures/dataDir';
import { SUMMARY_MEASURES, tradeSummary } from './tradeSummary';
import { latestValue, tradeView } from './tradeView';
import type { ViewState } from './viewState';

// The bundled data/ set. Figures: IMF DOTS (imf-dots-2022), USD millions, as in data/trade.csv.
const dataset = loadDataDir();
const view = (state: ViewState) => tradeView(dataset, state, { min: 1960, max: 2024 });

describe('tradeSummary: the headline figures of a view', () => {
	it.each([
		{
			state: { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2000, to: 2020 },
			byName: 'Republic of Korea',
			latest: { exports: ['2020', 3987.104], imports: ['2020', 6223.837], balance: ['2020', -2236.733], total: ['2020', 10210.941] },
			ratios: { period: '2020', coverage: 0.640618, exportsShare: 0.007777, importsShare: 0.013309 },
			cagr: { from: '2000', to: '2020', acrossBreak: null }
		},
		{
			// The Dutch side, with the Netherlands' 1999 series break inside the growth period.
			state: { reporter: 'KOR', partner: 'NLD', by: 'NLD', from: 1995, to: 2005 },
			byName: 'Netherlands',
			latest: { exports: ['2005', 3652.155466], imports: ['2005', 2658.409842], balance: ['2005', 993.745624], total: ['2005', 6310.565308] },
			ratios: { period: '2005', coverage: 1.373812, exportsShare: 0.010055, importsShare: 0.00655 },
			cagr: { from: '1995', to: '2005', acrossBreak: '1999' }
		}
	] as const)('$state.by $state.from–$state.to', ({ state, byName, latest, ratios, cagr }) => {
		const s = tradeSummary(view(state));
		expect([s.reporterName, s.partnerName, s.byName]).toEqual(['Republic of Korea', 'Netherlands', byName]);
		expect([s.by, s.from, s.to]).toEqual([state.by, state.from, state.to]);
		expect(s.primary).toMatchObject({ currency: 'USD', unitLabel: 'USD million', publisher: 'International Monetary Fund' });
		for (const measure of SUMMARY_MEASURES) {
			const [period, value] = latest[measure];
			expect(s.primary?.latest[measure]?.period).toBe(period);
			expect(s.primary?.latest[measure]?.value).toBeCloseTo(value, 6);
		}
		expect(s.primary?.ratios?.period).toBe(ratios.period);
		expect(s.primary?.ratios?.coverage).toBeCloseTo(ratios.coverage, 6);
		expect(s.primary?.ratios?.exportsShare).toBeCloseTo(ratios.exportsShare, 6);
		expect(s.primary?.ratios?.importsShare).toBeCloseTo(ratios.importsShare, 6);
		for (const c of [s.primary?.cagr.exports, s.primary?.cagr.imports, s.primary?.cagr.total]) expect(c).toMatchObject(cagr);
	});

	it('gives the same latest figures as latestValue, with their published precision', () => {
		const v = view({ reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1990, to: 2024 });
		const s = tradeSummary(v);
		for (const measure of SUMMARY_MEASURES) {
			const { period, value, precision } = latestValue(v.groups[0]!, measure)!;
			expect(s.primary?.latest[measure]).toEqual({ period, value, precision });
		}
	});

	it('has no primary figures for years without any (the page says so instead)', () => {
		const s = tradeSummary(view({ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1950, to: 1955 }));
		expect(s.primary).toBeNull();
		expect([s.byName, s.from, s.to]).toEqual(['Republic of Korea', 1950, 1955]);
	});
});
