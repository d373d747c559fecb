import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { buildDataset } from '../data/dataset';
import { loadDataDir } from '../data/fixtures/dataDir';
import { yearSpan } from '../data/series';
import { tradeView } from '../data/tradeView';
import type { Dataset } from '../data/types';
import type { ViewState } from '../data/viewState';
import { chartConfig, DARK_THEME, LIGHT_THEME, themedColor } from './config';
import { PALETTE } from './palette';
import { TRADE_CHART_IDS, tradeChartSpecs, type ChartSpec } from './spec';
import { withLocale } from '../i18n/locale';
import { formatFigure } from '../data/format';

const real = loadDataDir();
function specsFor(dataset: Dataset, state: ViewState): Record<string, ChartSpec> {
	const view = tradeView(
		dataset,
		state,
		yearSpan(dataset, state.reporter, state.partner) ?? { min: state.from, max: state.to }
	);
	return Object.fromEntries(tradeChartSpecs(view).map((s) => [s.id, s]));
}
const kor = specsFor(real, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2018, to: 2020 });
const series = (spec: ChartSpec | undefined, label: string) => {
	const s = spec?.series.find((x) => x.label === label);
	if (!s) throw new Error(`no series "${label}" in ${spec?.id}: ${spec?.series.map((x) => x.label).join(' | ')}`);
	return s;
};

// A made-up set with a gap: AAA reports 2018 and 2020, its partner BBB reports from 2016.
const gappy = (() => {
	const { dataset, issues } = buildDataset({
		sources: 'id,title,publisher,url\ns,Test source,Tester,\n',
		countries: 'code,name\nAAA,Aland\nBBB,Bland\n',
		trade: [
			'period,reporter,partner,flow,value,currency,unit,valuation,concept,source',
			'2016,BBB,AAA,import,9,USD,millions,CIF,not stated,s',
			'2018,AAA,BBB,export,10,USD,millions,FOB,general,s',
			'2018,AAA,BBB,import,15,USD,millions,CIF,general,s',
			'2020,AAA,BBB,export,12.1,USD,millions,FOB,general,s',
			'2020,AAA,BBB,import,11,USD,millions,CIF,general,s'
		].join('\n')
	});
	if (!dataset) throw new Error(`test data set does not build: ${JSON.stringify(issues)}`);
	return specsFor(dataset, { reporter: 'AAA', partner: 'BBB', by: 'AAA', from: 2000, to: 2030 });
})();

describe('tradeChartSpecs', () => {
	it('gives the four trade charts in order', () => {
		expect(Object.keys(kor)).toEqual(['flows', 'balance', 'total', 'growth']);
	});

	it('gives no charts when the view has no figures', () => {
		const view = tradeView(
			real,
			{ reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2023, to: 2023 },
			{ min: 1960, max: 2023 }
		);
		expect(view.groups).toEqual([]);
		expect(tradeChartSpecs(view)).toEqual([]);
	});

	it('labels every year from the first to the last figure, either side', () => {
		expect(kor.flows?.labels).toEqual(['2018', '2019', '2020']);
		expect(gappy.flows?.labels).toEqual(['2016', '2017', '2018', '2019', '2020']);
		expect(gappy.balance?.labels).toEqual(gappy.flows?.labels);
	});

	it('puts null where a year has no figure, never 0', () => {
		expect(series(gappy.flows, 'Exports AAA→BBB · reported by AAA').values).toEqual([null, null, 10, null, 12.1]);
		expect(series(gappy.flows, 'Exports AAA→BBB · reported by BBB (mirror)').values).toEqual([
			9,
			null,
			null,
			null,
			null
		]);
		const balance = gappy.balance?.series[0]?.values ?? [];
		expect(balance.slice(0, 4)).toEqual([null, null, -5, null]);
		expect(balance[4]).toBeCloseTo(1.1, 12);
	});

	it('draws the primary flows as solid lines and the mirror flows dashed, with the figures of each side', () => {
		const ex = series(kor.flows, 'Exports KOR→NLD · reported by KOR');
		expect(ex).toMatchObject({ kind: 'line', color: PALETTE.reporter, values: [4821.804973, 4246.637, 3987.104] });
		expect(ex.dashed).toBeUndefined();
		expect(ex.basis).toBe('FOB, general concept');
		const im = series(kor.flows, 'Imports KOR←NLD · reported by KOR');
		expect(im).toMatchObject({ kind: 'line', color: PALETTE.partner, values: [6908.365682, 4132.545, 6223.837] });
		const mirror = series(kor.flows, 'Exports KOR→NLD · reported by NLD (mirror)');
		expect(mirror).toMatchObject({ kind: 'line', dashed: true, values: [6944.105854, 7055.685608, 6414.84867] });
		expect(mirror.basis).toBe('CIF, concept not stated');
	});

	it('colours balance bars by sign: deficit (2018, 2020) and surplus (2019)', () => {
		const bal = kor.balance?.series[0];
		expect(bal?.kind).toBe('bar');
		expect(bal?.values[0]).toBeCloseTo(4821.804973 - 6908.365682, 9);
		expect(bal?.values[1]).toBeCloseTo(114.092, 9);
		expect(bal?.values[2]).toBeCloseTo(-2236.733, 9);
		expect(bal?.colors).toEqual([PALETTE.deficit, PALETTE.surplus, PALETTE.deficit]);
	});

	it('gives a gap in the balance the surplus colour but no bar (null value)', () => {
		expect(gappy.balance?.series[0]?.colors).toEqual([
			PALETTE.surplus,
			PALETTE.surplus,
			PALETTE.deficit,
			PALETTE.surplus,
			PALETTE.surplus
		]);
	});

	it('gives total trade as bars', () => {
		expect(kor.total?.series[0]?.kind).toBe('bar');
		expect(kor.total?.series[0]?.values[2]).toBeCloseTo(10210.941, 9);
	});

	it('gives growth in per cent, not as a fraction', () => {
		expect(kor.growth?.format).toBe('percent');
		expect(kor.growth?.yTitle).toBe('% change');
		const ex = series(kor.growth, 'Exports KOR→NLD, change · reported by KOR');
		expect(ex.values[2]).toBeCloseTo((3987.104 / 4246.637 - 1) * 100, 9);
		expect(ex.values[2]).toBeCloseTo(-6.1114948135, 8);
		expect(series(gappy.growth, 'Exports AAA→BBB, change · reported by AAA').values).toEqual([
			null,
			null,
			null,
			null,
			null
		]);
	});

	it('carries the unit and currency on the money charts', () => {
		for (const id of ['flows', 'balance', 'total']) {
			expect(kor[id]?.unit).toBe('USD million, current prices');
			expect(kor[id]?.yTitle).toBe('USD million');
			expect(kor[id]?.format).toBe('money');
		}
	});

	it('cites the IMF for every chart and says which figures are computed from whose', () => {
		expect(kor.flows?.sources.map((s) => s.id)).toEqual(['imf-dots-2022']);
		expect(kor.balance?.notes[0]).toBe(
			`Computed from the figures reported by Republic of Korea (${real.sources.get('imf-dots-2022')?.title}).`
		);
	});

	it('does not draw figures in another currency, and says so', () => {
		// 2020: the Dutch EUR figures from Nederlands Dagblad are not drawn on the USD chart.
		expect(kor.flows?.series.some((s) => s.source.id === 'nd-2021-korea-export-boost')).toBe(false);
		expect(kor.flows?.notes.some((n) => n.includes('EUR') && n.includes('not drawn'))).toBe(true);
	});

	it('marks qualified figures as such on the flows chart', () => {
		const amb = specsFor(real, { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 2023, to: 2023 });
		const ex = amb.flows?.series.find(
			(s) => s.source.id === 'govnl-2023-yoon-state-visit' && s.label.startsWith('Exports')
		);
		expect(ex?.qualifiers).toContain('approximate');
		expect(amb.flows?.notes).toContain(
			'Hollow markers are approximate or lower-bound statements, not measurements; they are left out of derived measures.'
		);
	});

	// Was a bug: with no mirror group in the primary currency, the note said "Dashed: the same flows  (mirror
	// figures)." though nothing dashed was drawn. In 2021–2022 Korea's figures are USD press figures and the
	// only Dutch figure is in EUR, so there is no mirror line.
	it('does not mention dashed mirror lines when there are none', () => {
		const s = specsFor(real, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2021, to: 2022 });
		expect(s.flows?.series.some((x) => x.dashed)).toBe(false);
		expect(s.flows?.notes[0]).not.toContain('Dashed');
		expect(s.flows?.notes[0]).toContain('no mirror figures in USD');
	});

	// Was a bug (fixed): groups with equally many values are ordered by source id, so for 2001 as reported by
	// the Netherlands the two CBS press figures (one a lower bound, EUR) become the primary chart and the
	// complete IMF DOTS series is relegated to "other published figures".
	it('keeps a complete IMF series primary over an equally long press statement with a lower bound', () => {
		const s = specsFor(real, { reporter: 'KOR', partner: 'NLD', by: 'NLD', from: 2001, to: 2001 });
		expect(s.flows?.unit).toBe('USD million, current prices');
	});
});

describe('themedColor', () => {
	it.each([
		[PALETTE.reporter, LIGHT_THEME, PALETTE.reporter],
		[PALETTE.reporter, DARK_THEME, '#56B4E9'],
		// A colour the dark theme leaves alone stays as it is.
		['#123456', DARK_THEME, '#123456']
	])('%s in a theme → %s', (color, theme, drawn) => {
		expect(themedColor(color, theme)).toBe(drawn);
	});

	it('is the colour the dark canvas draws a series with (the HTML legend uses it too)', () => {
		const spec = kor.flows as ChartSpec;
		const dark = chartConfig(spec, DARK_THEME);
		expect(dark.data.datasets.map((d) => d.borderColor)).toEqual(
			spec.series.map((s) => (s.kind === 'bar' ? undefined : themedColor(s.color, DARK_THEME)))
		);
	});
});

describe('chartConfig', () => {
	const flows = chartConfig(kor.flows as ChartSpec);
	const balance = chartConfig(kor.balance as ChartSpec);
	const growth = chartConfig(kor.growth as ChartSpec);
	type Scale = { title: { text: string }; ticks: { callback: (v: number) => string } };
	const y = (c: ChartConfiguration<'line' | 'bar'>) => c.options?.scales?.y as unknown as Scale;

	it('draws flows as a line chart and balance and total as bar charts', () => {
		expect(flows.type).toBe('line');
		expect(balance.type).toBe('bar');
		expect(chartConfig(kor.total as ChartSpec).type).toBe('bar');
		expect(growth.type).toBe('line');
	});

	it('never spans gaps in a line and never animates', () => {
		expect(flows.data.datasets.length).toBe(kor.flows?.series.length);
		for (const d of [...flows.data.datasets, ...growth.data.datasets]) {
			expect(d.type).toBe('line');
			expect((d as { spanGaps?: boolean }).spanGaps).toBe(false);
		}
		for (const c of [flows, balance, growth]) expect(c.options?.animation).toBe(false);
	});

	it('passes the values and labels through unchanged, gaps as null', () => {
		const g = chartConfig(gappy.flows as ChartSpec);
		expect(g.data.labels).toEqual(['2016', '2017', '2018', '2019', '2020']);
		expect(g.data.datasets[0]?.data).toEqual([null, null, 10, null, 12.1]);
	});

	it('dashes the mirror lines only', () => {
		expect(flows.data.datasets.map((d) => (d as { borderDash?: number[] }).borderDash)).toEqual([
			[],
			[],
			[6, 4],
			[6, 4]
		]);
	});

	it('colours each balance bar by its sign', () => {
		expect(balance.data.datasets[0]?.backgroundColor).toEqual([PALETTE.deficit, PALETTE.surplus, PALETTE.deficit]);
	});

	it('titles the y axis with the unit, and the x axis with Year', () => {
		expect(y(flows).title.text).toBe('USD million');
		expect(y(balance).title.text).toBe('USD million');
		expect(y(growth).title.text).toBe('% change');
		expect((flows.options?.scales?.x as unknown as Scale).title.text).toBe('Year');
	});

	it('prints ticks with thousands separators, and per cent signs on the growth chart', () => {
		expect(y(flows).ticks.callback(12000)).toBe('12,000');
		expect(y(flows).ticks.callback(-2000)).toBe('−2,000');
		expect(y(growth).ticks.callback(-6)).toBe('−6%');
	});

	it('says the unit and any qualifier in the tooltip', () => {
		const label = (flows.options?.plugins?.tooltip?.callbacks as { label: (ctx: unknown) => string }).label;
		expect(label({ datasetIndex: 0, dataIndex: 2, parsed: { y: 3987.104 } })).toBe(
			'Exports KOR→NLD · reported by KOR: 3,987.104 USD million'
		);
		expect(label({ datasetIndex: 0, dataIndex: 2, parsed: { y: null } })).toBe('');
	});

	it('draws qualified figures as hollow markers', () => {
		const amb = specsFor(real, { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 2023, to: 2023 });
		const c = chartConfig(amb.flows as ChartSpec);
		const i = amb.flows?.series.findIndex((s) => s.source.id === 'govnl-2023-yoon-state-visit') ?? -1;
		expect(i).toBeGreaterThanOrEqual(0);
		const d = c.data.datasets[i] as unknown as { backgroundColor: string[]; pointRadius: number[] };
		expect(d.backgroundColor).toEqual(['transparent']);
		expect(d.pointRadius).toEqual([5]);
	});

	it('uses the theme colours', () => {
		const dark = chartConfig(kor.flows as ChartSpec, DARK_THEME);
		expect(dark.options?.color).toBe(DARK_THEME.text);
		// The reporter's blue is too dark on a dark background: a lighter shade of it is drawn instead.
		expect((dark.data.datasets[0] as { borderColor?: string }).borderColor).toBe('#56B4E9');
		expect((chartConfig(kor.flows as ChartSpec).data.datasets[0] as { borderColor?: string }).borderColor).toBe(
			PALETTE.reporter
		);
		expect(chartConfig(kor.flows as ChartSpec, DARK_THEME, { legend: false }).options?.plugins?.legend?.display).toBe(
			false
		);
	});
});

// Issue 9: defects found reading the pages as a newcomer. Each test failed before its fix.
describe('what the reader sees (issue 9)', () => {
	const at = (spec: ChartSpec | undefined, key: string, period: string) => {
		const s = spec?.series.find((x) => x.key.includes(key));
		const i = spec?.labels.indexOf(period) ?? -1;
		return { s, i, value: s?.values[i] ?? null, precision: s?.precisions?.[i] ?? null, note: s?.pointNotes?.[i] ?? '' };
	};

	it('defect 2: "further figures" counts figures, not year-rows (11 EUR figures in 1995–2020)', () => {
		const flows = specsFor(real, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1995, to: 2020 }).flows;
		expect(flows?.notes.join(' ')).toContain('11 further figures in EUR');
	});

	it('defect 3: a product-subset claim (machinery) is never a star on the all-goods chart', () => {
		const flows = specsFor(real, {
			reporter: 'NLD',
			partner: 'KOR',
			by: 'NLD',
			from: 2020,
			to: 2024,
			claims: true
		}).flows;
		const stars = flows?.series.filter((s) => s.marker === 'star') ?? [];
		expect(stars.length).toBeGreaterThan(0);
		for (const s of stars) expect(s.values[flows?.labels.indexOf('2023') ?? -1] ?? null).toBeNull();
	});

	it('defect 6: no two legend entries read the same', () => {
		for (const [by, currency] of [['KOR'], ['NLD'], ['NLD', 'EUR'], ['KOR', 'EUR']] as const) {
			const flows = specsFor(real, {
				reporter: 'KOR',
				partner: 'NLD',
				by,
				from: 1995,
				to: 2024,
				figures: true,
				claims: true,
				...(currency ? { currency } : {})
			}).flows;
			const labels = flows?.series.map((s) => s.label) ?? [];
			expect(new Set(labels).size, labels.join(' | ')).toBe(labels.length);
		}
	});

	it('defect 7: figures keep their published precision ("5.8 bn", KRW not to 0.1 million won)', () => {
		const flows = specsFor(real, {
			reporter: 'KOR',
			partner: 'NLD',
			by: 'KOR',
			from: 2018,
			to: 2021,
			figures: true
		}).flows;
		const edaily = at(flows, 'edaily-2022-motie-nl-trade-exports', '2021');
		expect(formatFigure(edaily.value, edaily.precision)).toBe('5.8 bn');
		const dots = at(flows, 'KOR-imf-dots-2022-exports', '2020');
		expect(formatFigure(dots.value, dots.precision)).toBe('3,987.104');
		const krw = specsFor(real, {
			reporter: 'KOR',
			partner: 'NLD',
			by: 'KOR',
			from: 2018,
			to: 2020,
			currency: 'KRW'
		}).flows;
		const won = at(krw, 'KOR-imf-dots-2022-exports', '2020');
		expect(formatFigure(won.value, won.precision)).toMatch(/^\d{1,3}(,\d{3})+$/);
	});

	it('defect 8: in a EUR view, 1995–1998 figures without a rate are in the table in their published currency', () => {
		const flows = specsFor(real, {
			reporter: 'KOR',
			partner: 'NLD',
			by: 'KOR',
			from: 1995,
			to: 2000,
			currency: 'EUR'
		}).flows;
		const s = flows?.series.find((x) => x.key === 'KOR-imf-dots-2022-exports');
		expect(s?.values[0]).toBeNull();
		expect(s?.unconverted?.[0]).toMatchObject({ currency: 'USD' });
		expect(s?.unconverted?.[4]).toBeNull();
	});

	it('defect 9: derived-measure notes are sentences', () => {
		const balance = kor.balance;
		expect(balance?.notes[0]).toMatch(/^Computed from the figures reported by Republic of Korea \(/);
	});

	it('defect 10: a source note ("reference year not stated") travels with the figure to tooltip and CSV', () => {
		const flows = specsFor(real, {
			reporter: 'NLD',
			partner: 'KOR',
			by: 'NLD',
			from: 2020,
			to: 2023,
			figures: true,
			currency: 'EUR'
		}).flows;
		const ambassador = at(flows, 'govnl-2023-yoon-state-visit-exports', '2023');
		expect(ambassador.note).toContain('reference year not stated');
		const caution = specsFor(real, {
			reporter: 'NLD',
			partner: 'KOR',
			by: 'NLD',
			from: 2010,
			to: 2012,
			figures: true,
			currency: 'EUR'
		}).flows;
		expect(at(caution, 'dutchdailynews-2012-rutte-visit-exports', '2011').note).toContain('treat with caution');
	});
});

describe('plain by default (issue 9)', () => {
	const plain = specsFor(real, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1995, to: 2024 }).flows;

	it('draws only the two reporters’ primary series: solid for the chosen reporter, dashed for the mirror', () => {
		expect(plain?.series.map((s) => [s.key, s.kind, s.dashed ?? false])).toEqual([
			['KOR-imf-dots-2022-exports', 'line', false],
			['KOR-imf-dots-2022-imports', 'line', false],
			['NLD-imf-dots-2022-exports', 'line', true],
			['NLD-imf-dots-2022-imports', 'line', true]
		]);
		expect(plain?.series.length).toBeLessThanOrEqual(6);
		expect(plain?.events).toBeUndefined();
	});

	it('adds single figures, claims and events only when the reader turns them on', () => {
		const all = specsFor(real, {
			reporter: 'KOR',
			partner: 'NLD',
			by: 'KOR',
			from: 1995,
			to: 2024,
			figures: true,
			claims: true,
			events: true
		}).flows;
		expect(all?.series.some((s) => s.kind === 'points' && !s.marker)).toBe(true);
		expect(all?.series.some((s) => s.marker === 'star')).toBe(true);
		expect(all?.events?.length).toBeGreaterThan(0);
	});
});

describe('series breaks (issue 9)', () => {
	const nld = specsFor(real, { reporter: 'NLD', partner: 'KOR', by: 'NLD', from: 1995, to: 2005 });

	it('marks the 1999 break of the Netherlands’ DOTS figures on the charts that draw them', () => {
		expect(nld.flows?.breaks).toEqual([expect.objectContaining({ period: '1999', reporter: 'NLD' })]);
		const kor = specsFor(real, { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 1995, to: 2005 });
		// Korea's own figures do not break, but the dashed mirror line (the Netherlands') does.
		expect(kor.flows?.breaks?.map((b) => b.reporter)).toEqual(['NLD']);
		expect(kor.balance?.breaks ?? []).toEqual([]);
	});

	it('draws the break as a marker between 1998 and 1999', () => {
		const annotations = chartConfig(nld.flows as ChartSpec).options?.plugins?.annotation?.annotations as Record<
			string,
			{ value: number }
		>;
		expect(annotations['break-NLD-1999']?.value).toBe((nld.flows?.labels.indexOf('1999') ?? 0) - 0.5);
	});

	it('flags a growth rate across the break', () => {
		const growth = nld.growth;
		const i = growth?.labels.indexOf('1999') ?? -1;
		expect(growth?.series[0]?.pointNotes?.[i]).toContain('series break');
		expect(growth?.series[0]?.pointNotes?.[growth?.labels.indexOf('2001') ?? 0] ?? '').toBe('');
	});
});

describe('in Korean and Dutch', () => {
	type Scale = { title: { text: string }; ticks: { callback: (v: number) => string } };
	const state: ViewState = { reporter: 'KOR', partner: 'NLD', by: 'KOR', from: 2018, to: 2020 };
	const nl = withLocale('nl', () => specsFor(real, state));
	const ko = withLocale('ko', () => specsFor(real, state));
	// Tick and tooltip callbacks run when Chart.js draws: in the browser the page's language is current,
	// on the server the render job's (renderWorker.ts runs the job inside withLocale).
	const axes = (spec: ChartSpec | undefined, locale: 'ko' | 'nl') =>
		withLocale(locale, () => {
			const scales = chartConfig(spec as ChartSpec).options?.scales as unknown as { x: Scale; y: Scale };
			return { x: scales.x.title.text, y: scales.y.title.text, tick: scales.y.ticks.callback(-2236.7) };
		});

	it.each([
		['nl', nl, 'Handel van Zuid-Korea met Nederland: uitvoer en invoer', 'USD mln, lopende prijzen'],
		['ko', ko, '대한민국의 대(對)네덜란드 교역: 수출과 수입', '백만 USD, 경상가격']
	] as const)('%s: titles the flows chart and says its unit in the language', (_, specs, title, unit) => {
		expect(specs.flows?.title).toBe(title);
		expect(specs.flows?.unit).toBe(unit);
	});

	it.each([
		['nl', nl, { x: 'Jaar', y: 'USD mln', tick: '−2.237' }],
		['ko', ko, { x: '연도', y: '백만 USD', tick: '−2,237' }]
	] as const)('%s: names the axes and groups the ticks as the language does', (locale, specs, expected) => {
		expect(axes(specs.flows, locale)).toEqual(expected);
	});

	it('writes the legend, notes and growth axis in Dutch, keeping the country codes', () => {
		expect(nl.flows?.series.map((s) => s.label)).toContain('Uitvoer KOR→NLD · gerapporteerd door KOR');
		expect(nl.balance?.series[0]?.label).toBe('Handelsbalans KOR–NLD · gerapporteerd door KOR');
		expect(nl.balance?.notes).toContain('Staven onder nul: het eerste land voert meer in dan het uitvoert.');
		expect(nl.growth?.yTitle).toBe('% verandering');
		expect(
			withLocale('nl', () =>
				(chartConfig(nl.growth as ChartSpec).options?.scales?.y as unknown as Scale).ticks.callback(-2.5)
			)
		).toBe('−2,5%');
	});

	it('keeps the figures and labels the same in every language', () => {
		for (const id of TRADE_CHART_IDS) {
			expect(nl[id]?.labels).toEqual(kor[id]?.labels);
			expect(ko[id]?.series.map((s) => s.values)).toEqual(kor[id]?.series.map((s) => s.values));
		}
	});

	it('says a Dutch tooltip value in Dutch formats', () => {
		const label = withLocale('nl', () => {
			const config = chartConfig(nl.flows as ChartSpec);
			return (config.options?.plugins?.tooltip?.callbacks as { label: (ctx: unknown) => string }).label({
				datasetIndex: 0,
				dataIndex: 2,
				parsed: { y: 3987.104 }
			});
		});
		expect(label).toBe('Uitvoer KOR→NLD · gerapporteerd door KOR: 3.987,104 USD mln');
	});
});
