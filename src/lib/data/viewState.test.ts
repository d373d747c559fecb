import { describe, expect, it } from 'vitest';
import { viewStateFromQuery, viewStateToQuery, type StateContext, type ViewState } from './viewState';

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

	it('turns events and claims off only with the word hide', () => {
		expect(read('events=hide&claims=hide').state).toMatchObject({ events: false, claims: false });
		const shown = read('events=show&claims=1').state;
		expect(shown?.events).toBeUndefined();
		expect(shown?.claims).toBeUndefined();
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

	it('adds currency, hidden events and claims, and extra parameters', () => {
		expect(
			viewStateToQuery({ ...state('KOR', 'NLD', 'KOR', 2000, 2020), currency: 'EUR', events: false, claims: false }, { chart: 'flows' })
		).toBe('reporter=KOR&partner=NLD&from=2000&to=2020&currency=EUR&events=hide&claims=hide&chart=flows');
	});

	it.each([
		state('KOR', 'NLD', 'KOR', 2000, 2020),
		state('KOR', 'NLD', 'NLD', 1960, 1961),
		state('NLD', 'KOR', 'KOR', 2023, 2023),
		state('NZL', 'CHL', 'CHL', 1990, 1995),
		{ ...state('KOR', 'NLD', 'NLD', 2001, 2010), currency: 'EUR', events: false, claims: false }
	])('round-trips %o through the URL unchanged', (s) => {
		expect(read(viewStateToQuery(s))).toEqual({ state: s, notices: [] });
	});
});
