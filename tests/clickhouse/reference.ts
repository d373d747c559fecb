// The answers the store interface promises, computed directly from a Dataset built by the project's
// loader: what the ClickHouse store is compared with. (Once the store branch is merged, its in-memory
// store answers the same suite; until then this is the reference, written from the interface's
// documentation and the in-memory store's order: pair, then line in the file.)
import { AGGREGATES } from '../../src/lib/data/series';
import type { Dataset, ProductTradeObservation, TradeObservation } from '../../src/lib/data/types';
import { displayCurrencies, smallTableRows, tradeRow } from '../../src/lib/server/store/clickhouseSchema';
import type {
	ClaimQuery,
	FdiQuery,
	PairQuery,
	ProductFigure,
	ProductQuery,
	SpanQuery,
	TradeFigure,
	TradeQuery
} from '../../src/lib/server/store/types';

const MAX_ROWS = 1_000_000;

function within(year: number, q: { from?: number; to?: number }): boolean {
	return (q.from === undefined || year >= q.from) && (q.to === undefined || year <= q.to);
}

function pageOf<T>(rows: T[], q: { limit?: number; offset?: number }): T[] {
	const offset = Math.max(0, q.offset ?? 0);
	return rows.slice(offset, offset + Math.min(MAX_ROWS, Math.max(0, q.limit ?? MAX_ROWS)));
}

/** The interface's fields of a figure (the same field-for-field mapping the load writes). */
function figure(o: TradeObservation): TradeFigure {
	const { productClassification: _c, productCode: _p, productLabel: _l, year: _y, sub: _s, ...f } = tradeRow(o);
	return f;
}

function select<T extends TradeObservation>(rows: T[], q: TradeQuery): T[] {
	const reporters = q.reporters ? new Set(q.reporters) : null;
	const partners = q.partners ? new Set(q.partners) : null;
	return rows
		.filter(
			(o) =>
				(!reporters || reporters.has(o.reporter)) &&
				(!partners || partners.has(o.partner)) &&
				(q.flow === undefined || o.flow === q.flow) &&
				within(o.period.year, q)
		)
		.sort((a, b) =>
			a.reporter < b.reporter
				? -1
				: a.reporter > b.reporter
					? 1
					: a.partner < b.partner
						? -1
						: a.partner > b.partner
							? 1
							: a.line - b.line
		);
}

export function reference(d: Dataset) {
	const small = smallTableRows(d);
	const strip = <T extends { ord: number }>(rows: T[]) => rows.map(({ ord: _, ...r }) => r);
	const spans = new Map<string, { min: number; max: number }>();
	for (const o of d.trade) {
		const key = `${o.reporter}\0${o.partner}`;
		const s = spans.get(key);
		spans.set(
			key,
			s
				? { min: Math.min(s.min, o.period.year), max: Math.max(s.max, o.period.year) }
				: { min: o.period.year, max: o.period.year }
		);
	}
	return {
		trade: (q: TradeQuery) => pageOf(select(d.trade, q), q).map(figure),
		worldTotals: (q: TradeQuery) => pageOf(select(d.trade, { ...q, partners: ['WLD'] }), q).map(figure),
		products: (q: ProductQuery): ProductFigure[] =>
			pageOf(
				select<ProductTradeObservation>(d.productTrade, { ...q, reporters: [q.reporter], partners: [q.partner] }),
				q
			).map((o) => ({
				...figure(o),
				productClassification: o.product.classification,
				productCode: o.product.code,
				productLabel: o.product.label
			})),
		fdi: (q: FdiQuery) =>
			pageOf(
				strip(small.fdi)
					.filter(
						(o) =>
							(!q.investors || q.investors.includes(o.investor)) &&
							(!q.hosts || q.hosts.includes(o.host)) &&
							within(o.year, q)
					)
					.map(({ year: _y, sub: _s, ...o }) => o),
				q
			),
		claims: (q: ClaimQuery) =>
			strip(small.claims)
				.filter(
					(c) =>
						(!q.involving || q.involving.includes(c.subject) || q.involving.includes(c.partner)) &&
						(q.topic === undefined || c.topic === q.topic)
				)
				.map(({ year: _y, sub: _s, ...c }) => c),
		events: (q: { from?: number; to?: number }) =>
			strip(small.events)
				.filter((e) => within(e.year, q))
				.map(({ year: _, ...e }) => e),
		sources: (q: { ids?: string[] }) => strip(small.sources).filter((s) => !q.ids || q.ids.includes(s.id)),
		countries: (q: { codes?: string[] }) => strip(small.countries).filter((c) => !q.codes || q.codes.includes(c.code)),
		fx: () => strip(small.fx),
		sourceUsage: () => strip(small.sourceUsage),
		currencies: () => displayCurrencies(d),
		counts: () => ({
			trade: d.trade.length,
			products: d.productTrade.length,
			fdi: d.fdi.length,
			claims: d.claims.length,
			events: d.events.length,
			fx: d.fx.length
		}),
		periodSpan: (q: SpanQuery) => {
			let years: number[];
			if (q.dataset === 'fdi') {
				years = d.fdi
					.filter(
						(o) =>
							!AGGREGATES.has(o.investor) &&
							((o.investor === q.a && o.host === q.b) || (o.investor === q.b && o.host === q.a))
					)
					.map((o) => o.period.year);
			} else {
				years = [spans.get(`${q.a}\0${q.b}`), spans.get(`${q.b}\0${q.a}`)].flatMap((s) => (s ? [s.min, s.max] : []));
			}
			return years.length ? { min: Math.min(...years), max: Math.max(...years) } : null;
		},
		pairs: (q: PairQuery) => {
			const names = new Map([...d.countries.values()].map((c) => [c.code, c.name]));
			const search = q.search?.trim().toLowerCase() ?? '';
			const rows = [...spans.entries()]
				.map(([key, s]) => {
					const [reporter, partner] = key.split('\0') as [string, string];
					const reporterName = names.get(reporter) ?? reporter;
					const partnerName = names.get(partner) ?? partner;
					return { reporter, partner, reporterName, partnerName, firstYear: s.min, lastYear: s.max };
				})
				.filter((p) => !AGGREGATES.has(p.reporter) && !AGGREGATES.has(p.partner))
				.filter(
					(p) =>
						search === '' ||
						`${p.reporter} ${p.reporterName} ${p.partner} ${p.partnerName}`.toLowerCase().includes(search)
				)
				.filter((p) => !q.involving || q.involving.includes(p.reporter) || q.involving.includes(p.partner))
				.sort((a, b) => (a.reporter + a.partner < b.reporter + b.partner ? -1 : 1));
			return { total: rows.length, rows: pageOf(rows, q) };
		}
	};
}
