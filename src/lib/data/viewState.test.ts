import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	STATE_PARAM_NAMES,
	VIEW_PARAM_NAMES,
	stateParamsOf,
	viewStateEntries,
	viewStateFromQuery,
	viewStateToQuery,
	viewStateWith,
	type StateContext,
	type ViewState
} from './viewState';
import { withLocale, type Locale } from '../i18n/locale';

// Pairs as tradePairs returns them: sorted by reporter, then partner. Codes are only labels here.
const SPANS: Record<string, { min: number; max: number }> = {
	'CHL|NZL': { min: 1988, max: 1998 },
	'KOR|NLD': { min: 1960, max: 2023 }
};
const context: StateContext = {
	pairs: [
		{ reporter: 'CHL', partner: 'NZL' },
		{ reporter: 'KOR', partner: 'NLD' },
		{ reporter: 'NLD', partner: 'KOR' }
	],
	span: (a, b) => SPANS[[a, b].sort().join('|')] ?? null,
	currencies: ['EUR', 'USD']
};
const read = (query: string, ctx: StateContext = context) => viewStateFromQuery(new URLSearchParams(query), ctx);
const state = (reporter: string, partner: string, by: string, from: number, to: number): ViewState => ({
	reporter,
	partner,
	by,
	from,
	to
});

describe('viewStateFromQuery: the pair', () => {
	it.each([
		['', state('CHL', 'NZL', 'CHL', 1988, 1998)],
		['reporter=KOR&partner=NLD', state('KOR', 'NLD', 'KOR', 1960, 2023)],
		['reporter=NLD&partner=KOR', state('NLD', 'KOR', 'NLD', 1960, 2023)],
		['reporter=kor&partner=nld', state('KOR', 'NLD', 'KOR', 1960, 2023)],
		['pair=NLD-KOR', state('NLD', 'KOR', 'NLD', 1960, 2023)],
		['pair=nld-kor', state('NLD', 'KOR', 'NLD', 1960, 2023)],
		['pair=NLD-KOR&reporter=CHL&partner=NZL', state('NLD', 'KOR', 'NLD', 1960, 2023)],
		['reporter=NLD', state('NLD', 'KOR', 'NLD', 1960, 2023)],
		['partner=NLD', state('KOR', 'NLD', 'KOR', 1960, 2023)],
		// Only CHL→NZL figures exist, but either side may be the one the view is seen from.
		['reporter=NZL&partner=CHL', state('NZL', 'CHL', 'NZL', 1988, 1998)],
		['reporter=NZL', state('NZL', 'CHL', 'NZL', 1988, 1998)]
	])('%j → %o without notices', (query, want) => {
		expect(read(query)).toEqual({ state: want, notices: [] });
	});

	it('falls back to the first pair, with a notice, for a pair without figures', () => {
		expect(read('reporter=FRA&partner=DEU')).toEqual({
			state: state('CHL', 'NZL', 'CHL', 1988, 1998),
			notices: [{ param: 'partner', message: 'No figures for FRA and DEU; showing CHL and NZL.' }]
		});
	});

	it('falls back for an unknown pair given as pair=', () => {
		const { state: s, notices } = read('pair=KOR-CHL');
		expect(s).toEqual(state('CHL', 'NZL', 'CHL', 1988, 1998));
		expect(notices).toEqual([{ param: 'partner', message: 'No figures for KOR and CHL; showing CHL and NZL.' }]);
	});

	it('falls back for an unknown reporter on its own', () => {
		expect(read('reporter=FRA')).toEqual({
			state: state('CHL', 'NZL', 'CHL', 1988, 1998),
			notices: [{ param: 'reporter', message: 'No figures for FRA; showing CHL.' }]
		});
	});

	it.each([
		['reporter', 'reporter=K0R'],
		['reporter', 'reporter=KOREA'],
		['partner', 'partner=nl']
	])('ignores a %s that is not a three-letter code, with a notice (%s)', (param, query) => {
		const { state: s, notices } = read(query);
		expect(s).toEqual(state('CHL', 'NZL', 'CHL', 1988, 1998));
		const raw = new URLSearchParams(query).get(param);
		expect(notices).toEqual([{ param, message: `"${raw}" is not a three-letter country code; using the default.` }]);
	});

	it('keeps a good reporter when only the partner is malformed', () => {
		const { state: s, notices } = read('reporter=NLD&partner=K-R');
		expect(s).toEqual(state('NLD', 'KOR', 'NLD', 1960, 2023));
		expect(notices.map((n) => n.param)).toEqual(['partner']);
	});

	it('has no state when the data set has no pairs', () => {
		expect(read('', { pairs: [], span: () => null })).toEqual({
			state: null,
			notices: [{ param: '', message: 'The data set has no bilateral trade figures.' }]
		});
	});

	// Was a bug (fixed): a malformed pair= value ("KOR_NLD") is dropped silently; every other unusable
	// parameter gets a notice.
	it('says so when pair= is malformed', () => {
		const { notices } = read('pair=KOR_NLD');
		expect(notices.map((n) => n.param)).toContain('pair');
	});
});

describe('viewStateFromQuery: whose figures (by)', () => {
	it.each([
		['reporter=KOR&partner=NLD&by=NLD', 'NLD'],
		['reporter=KOR&partner=NLD&by=nld', 'NLD'],
		['reporter=KOR&partner=NLD&by=KOR', 'KOR'],
		['reporter=KOR&partner=NLD&by=', 'KOR']
	])('%s → by %s', (query, by) => {
		const { state: s, notices } = read(query);
		expect(s?.by).toBe(by);
		expect(notices).toEqual([]);
	});

	it('replaces a by that is neither country with the reporter, with a notice', () => {
		const { state: s, notices } = read('reporter=KOR&partner=NLD&by=CHL');
		expect(s?.by).toBe('KOR');
		expect(notices).toEqual([
			{ param: 'by', message: '"CHL" is neither KOR nor NLD; showing figures reported by KOR.' }
		]);
	});
});

describe('viewStateFromQuery: years', () => {
	const kor = 'reporter=KOR&partner=NLD';

	it.each([
		['&from=2000&to=2020', 2000, 2020],
		['&from=2000', 2000, 2023],
		['&to=1999', 1960, 1999],
		['&from=%202005%20&to=2010', 2005, 2010],
		['&from=2020&to=2020', 2020, 2020]
	])('%s → %i–%i', (q, from, to) => {
		const { state: s, notices } = read(kor + q);
		expect([s?.from, s?.to]).toEqual([from, to]);
		expect(notices).toEqual([]);
	});

	it.each([
		['from', 'abc', 1960],
		['from', '20', 1960],
		['from', '2000.5', 1960],
		['to', 'last', 2023],
		['to', '-2020', 2023]
	])('replaces %s=%s (not a year) with the default %i, with a notice', (param, raw, fallback) => {
		const { state: s, notices } = read(`${kor}&${param}=${encodeURIComponent(raw)}`);
		expect(s?.[param as 'from' | 'to']).toBe(fallback);
		expect(notices).toEqual([{ param, message: `"${raw}" is not a four-digit year; showing ${fallback}.` }]);
	});

	it('swaps "to" before "from", with a notice', () => {
		expect(read(`${kor}&from=2020&to=2000`)).toEqual({
			state: state('KOR', 'NLD', 'KOR', 2000, 2020),
			notices: [{ param: 'to', message: '"to" (2000) was before "from" (2020); the years were swapped.' }]
		});
	});

	it('clamps years outside the span to its ends, with a notice each', () => {
		expect(read(`${kor}&from=1900&to=2100`)).toEqual({
			state: state('KOR', 'NLD', 'KOR', 1960, 2023),
			notices: [
				{ param: 'from', message: 'No figures before 1960; showing from 1960 instead of 1900.' },
				{ param: 'to', message: 'No figures after 2023; showing up to 2023 instead of 2100.' }
			]
		});
	});

	it('moves a start after the span to its last year', () => {
		expect(read(`${kor}&from=2030`)).toEqual({
			state: state('KOR', 'NLD', 'KOR', 2023, 2023),
			notices: [{ param: 'from', message: 'No figures after 2023; showing from 2023 instead of 2030.' }]
		});
	});

	it('moves an end before the span to its first year', () => {
		expect(read(`${kor}&to=1950`)).toEqual({
			state: state('KOR', 'NLD', 'KOR', 1960, 1960),
			notices: [{ param: 'to', message: 'No figures before 1960; showing up to 1960 instead of 1950.' }]
		});
	});

	it('clamps to the span of the pair actually shown', () => {
		const { state: s } = read('reporter=CHL&partner=NZL&from=1960&to=2020');
		expect([s?.from, s?.to]).toEqual([1988, 1998]);
	});
});

describe('viewStateFromQuery: currency, events and claims', () => {
	it('accepts a listed currency in any case', () => {
		const { state: s, notices } = read('reporter=KOR&partner=NLD&currency=eur');
		expect(s?.currency).toBe('EUR');
		expect(notices).toEqual([]);
	});

	it('shows figures as published, with a notice, for a currency it cannot show', () => {
		const { state: s, notices } = read('reporter=KOR&partner=NLD&currency=JPY');
		expect(s?.currency).toBeUndefined();
		expect(notices).toEqual([
			{
				param: 'currency',
				message: '"JPY" is not a currency the figures can be shown in (EUR, USD); showing them as published.'
			}
		]);
	});

	it('layers are off by default and turned on with show; hide (older links) is accepted', () => {
		expect(read('').state).not.toHaveProperty('events');
		expect(read('events=show&claims=show&figures=show').state).toMatchObject({ events: true, claims: true, figures: true });
		expect(read('events=hide&claims=hide')).toMatchObject({ state: { events: false, claims: false }, notices: [] });
	});

	it('a layer value other than show or hide is ignored with a notice', () => {
		const { state: s, notices } = read('claims=1');
		expect(s).not.toHaveProperty('claims');
		expect(notices).toEqual([{ param: 'claims', message: '"1" for claims is not show or hide; ignored.' }]);
	});
});

describe('viewStateToQuery', () => {
	it.each([
		[state('KOR', 'NLD', 'KOR', 2000, 2020), 'reporter=KOR&partner=NLD&from=2000&to=2020'],
		[state('KOR', 'NLD', 'NLD', 2000, 2020), 'reporter=KOR&partner=NLD&by=NLD&from=2000&to=2020'],
		[state('CHL', 'NZL', 'CHL', 1988, 1998), 'reporter=CHL&partner=NZL&from=1988&to=1998']
	])('writes %o in a fixed order', (s, query) => {
		expect(viewStateToQuery(s)).toBe(query);
	});

	it('adds currency, layers shown, and extra parameters; hidden layers are the default and left out', () => {
		expect(
			viewStateToQuery(
				{ ...state('KOR', 'NLD', 'KOR', 2000, 2020), currency: 'EUR', events: true, claims: false, figures: true },
				{ chart: 'flows' }
			)
		).toBe('reporter=KOR&partner=NLD&from=2000&to=2020&currency=EUR&events=show&figures=show&chart=flows');
	});

	it.each([
		state('KOR', 'NLD', 'KOR', 2000, 2020),
		state('KOR', 'NLD', 'NLD', 1960, 1961),
		state('NLD', 'KOR', 'KOR', 2023, 2023),
		state('NZL', 'CHL', 'CHL', 1990, 1995),
		{ ...state('KOR', 'NLD', 'NLD', 2001, 2010), currency: 'EUR', events: true, claims: true, figures: true }
	])('round-trips %o through the URL unchanged', (s) => {
		expect(read(viewStateToQuery(s))).toEqual({ state: s, notices: [] });
	});
});

describe('one schema: every control keeps every other parameter (property)', () => {
	// A valid state of the context above: a known pair (either way round), years inside its span, any
	// side, currency and layers.
	const validState: fc.Arbitrary<ViewState> = fc
		.record({
			pair: fc.constantFrom(['KOR', 'NLD'], ['NLD', 'KOR'], ['CHL', 'NZL'], ['NZL', 'CHL']),
			byPartner: fc.boolean(),
			a: fc.nat(),
			b: fc.nat(),
			currency: fc.option(fc.constantFrom('EUR', 'USD'), { nil: undefined }),
			events: fc.option(fc.boolean(), { nil: undefined }),
			claims: fc.option(fc.boolean(), { nil: undefined }),
			figures: fc.option(fc.boolean(), { nil: undefined }),
			lang: fc.option(fc.constantFrom('en', 'ko', 'nl'), { nil: undefined })
		})
		.map(({ pair: [reporter, partner], byPartner, a, b, ...rest }) => {
			const span = context.span(reporter as string, partner as string) as { min: number; max: number };
			const width = span.max - span.min + 1;
			const [from, to] = [span.min + (a % width), span.min + (b % width)].sort((x, y) => x - y) as [number, number];
			const s: ViewState = { reporter: reporter as string, partner: partner as string, by: byPartner ? (partner as string) : (reporter as string), from, to };
			for (const [k, v] of Object.entries(rest)) if (v !== undefined) (s as Record<string, unknown>)[k] = v;
			return s;
		});

	/** Reads a query back the way the server does; the layers' "false" is their default (absent). */
	const normal = (s: ViewState) => read(viewStateToQuery(s)).state;

	// Each control of the pages, as the query it navigates to, and the parameters it is meant to change.
	const controls: [string, (s: ViewState) => { query: string; changes: Partial<ViewState> }][] = [
		[
			'years form (From/to + hidden fields)',
			(s) => {
				const changes = { from: s.from === s.to ? s.from : s.from + 1 };
				const fields = new URLSearchParams(viewStateEntries(s, ['from', 'to']));
				fields.set('from', String(changes.from));
				fields.set('to', String(s.to));
				return { query: fields.toString(), changes };
			}
		],
		['currency switch', (s) => ({ query: viewStateWith(s, { currency: 'EUR' }), changes: { currency: 'EUR' } })],
		['as published', (s) => ({ query: viewStateWith(s, { currency: undefined }), changes: { currency: undefined } })],
		['side switch', (s) => ({ query: viewStateWith(s, { by: s.partner }), changes: { by: s.partner } })],
		['language switch', (s) => ({ query: viewStateWith(s, { lang: 'ko' }), changes: { lang: 'ko' } })],
		...(['events', 'claims', 'figures'] as const).map(
			(k) =>
				[
					`${k} toggle`,
					(s: ViewState) => ({ query: viewStateWith(s, { [k]: !s[k] }), changes: { [k]: !s[k] } })
				] as [string, (s: ViewState) => { query: string; changes: Partial<ViewState> }]
		),
		[
			'pair picker (pair + kept fields)',
			(s) => {
				const fields = new URLSearchParams(viewStateEntries(s, ['reporter', 'partner', 'by']));
				fields.set('pair', `${s.partner}-${s.reporter}`);
				return { query: fields.toString(), changes: { reporter: s.partner, partner: s.reporter, by: s.partner } };
			}
		],
		['link to another page (layout)', (s) => ({ query: stateParamsOf(new URLSearchParams(viewStateToQuery(s))), changes: {} })]
	];

	it.each(controls)('%s', (_, control) => {
		fc.assert(
			fc.property(validState, (s) => {
				const { query, changes } = control(s);
				const { state: after, notices } = read(query);
				expect(notices).toEqual([]);
				const want = { ...s, ...changes } as ViewState;
				const drop = (x: ViewState) => Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined && v !== false));
				expect(drop(after as ViewState)).toEqual(drop(normal(want) as ViewState));
			}),
			{ numRuns: 200 }
		);
	});

	it('lists every parameter once, and the pair picker\'s pair as state too', () => {
		expect(VIEW_PARAM_NAMES).toEqual(['reporter', 'partner', 'by', 'from', 'to', 'currency', 'events', 'claims', 'figures', 'lang']);
		expect(STATE_PARAM_NAMES).toEqual(['pair', ...VIEW_PARAM_NAMES]);
	});
});

describe('notices in the reader’s language', () => {
	const notices = (locale: Locale, query: string) => withLocale(locale, () => read(query).notices.map((n) => n.message));
	it.each([
		[
			'from=1900&to=2100&reporter=KOR&partner=NLD',
			'ko',
			[
				'1960년 이전 수치가 없습니다. 1900년 대신 1960년부터 표시합니다.',
				'2023년 이후 수치가 없습니다. 2100년 대신 2023년까지 표시합니다.'
			]
		],
		[
			'from=1900&to=2100&reporter=KOR&partner=NLD',
			'nl',
			[
				'Geen cijfers vóór 1960; getoond vanaf 1960 in plaats van 1900.',
				'Geen cijfers na 2023; getoond tot en met 2023 in plaats van 2100.'
			]
		],
		['reporter=KOR&partner=NLD&claims=1', 'ko', ['claims 값 "1"이(가) 올바르지 않아 무시했습니다(허용 값: show 또는 hide).']],
		['reporter=KOR&partner=NLD&claims=1', 'nl', ['"1" voor claims is niet show of hide; genegeerd.']],
		['reporter=KOR&partner=NLD&lang=fr', 'nl', ['"fr" voor lang is niet en, ko of nl; genegeerd.']],
		['reporter=KOR&partner=NLD&currency=JPY', 'ko', ['"JPY" 통화로는 수치를 표시할 수 없습니다(가능한 통화: EUR, USD). 발표 기준으로 표시합니다.']],
		['reporter=FRA&partner=DEU', 'nl', ['Geen cijfers voor FRA en DEU; CHL en NZL worden getoond.']],
		['reporter=KOR&partner=NLD&from=20x0', 'ko', ['"20x0" 값은 네 자리 연도가 아닙니다. 1960년을 표시합니다.']]
	] as const)('%s in %s', (query, locale, expected) => {
		expect(notices(locale, query)).toEqual(expected);
	});

	it('keeps years as plain digits in every language (no grouping: 2023, not 2.023)', () => {
		for (const locale of ['en', 'ko', 'nl'] as const) {
			expect(notices(locale, 'reporter=KOR&partner=NLD&to=2100').join(' ')).toMatch(/2023/);
		}
	});
});
