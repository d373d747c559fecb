// The dashboard itself on ClickHouse: the production build started twice, on the in-memory store and
// with STORE=clickhouse on the two-shard cluster (database `bundled`, the same files), asked through
// its routes. Same figures on both; a stopped shard makes a page answer 503 with the reason, and the
// page works again once the shard is back; hostile query parameters on every route change nothing.
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, waitFor, type TestServer } from '../e2e/server';
import { clusterEnv, serverErrorLog, shard, tableCounts } from './cluster';

const DATA = path.join(ROOT, 'data');
const TRADE_PAGE = '/trade?reporter=KOR&partner=NLD';

/** Each table row of a page labelled `year`, as HTML: the figures the page shows for that year. */
function rowsOfYear(html: string, year: string): string[] {
	const rows = html.match(new RegExp(`<tr[^>]*>\\s*<th scope="row">${year}</th>[\\s\\S]*?</tr>`, 'g')) ?? [];
	// The vintage line and ids generated per render are outside table rows; rows hold figures only.
	return rows;
}

/**
 * One request on a connection of its own (no keep-alive: a pooled socket the server closes while a
 * shard is being stopped would fail the request for a reason that is not the server's). A hang fails
 * here instead of waiting for the test timeout.
 */
function get(server: TestServer, pathAndQuery: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const request = http.get(server.url + pathAndQuery, { agent: false, timeout: 20_000 }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
			response.on('error', reject);
		});
		request.on('timeout', () => request.destroy(new Error(`no answer within 20 s: ${pathAndQuery}`)));
		request.on('error', reject);
	});
}

let memory: TestServer;
let clickhouse: TestServer;

beforeAll(async () => {
	// `npm test` has just built the app (scripts/test.sh says so); run alone, the suite builds it.
	if (process.env.CLICKHOUSE_TEST_BUILT !== '1')
		execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
	[memory, clickhouse] = await Promise.all([
		startServer(DATA, { STORE: 'memory', SNAPSHOT_DIR: 'off' }),
		startServer(DATA, {
			...clusterEnv(),
			STORE: 'clickhouse',
			CLICKHOUSE_DATABASE: 'bundled',
			CLICKHOUSE_TIMEOUT_MS: '3000'
		})
	]);
}, 240_000);
afterAll(async () => {
	await Promise.all([memory?.stop(), clickhouse?.stop()]);
});

describe('the dashboard on ClickHouse', () => {
	it('serves from ClickHouse (its /sources names the database), the other from the data folder', async () => {
		expect((await get(clickhouse, '/sources')).body).toContain('(ClickHouse database bundled)');
		expect((await get(memory, '/sources')).body).not.toContain('ClickHouse database');
	});

	it(`${TRADE_PAGE} shows the same 2020 figures as on the in-memory store`, async () => {
		const [a, b] = await Promise.all([get(memory, TRADE_PAGE), get(clickhouse, TRADE_PAGE)]);
		expect([a.status, b.status]).toEqual([200, 200]);
		const rows = rowsOfYear(a.body, '2020');
		expect(rows.length).toBeGreaterThan(0);
		// Figures, not an empty table: "4.1 bn" and the like.
		expect(rows.join('')).toMatch(/<td class="num">[\d.,]+ bn<\/td>/);
		expect(rowsOfYear(b.body, '2020')).toEqual(rows);
	});

	it('a stopped shard: 503 with the reason, promptly; the same page again once it is back', async () => {
		const before = await get(clickhouse, TRADE_PAGE);
		shard('stop', 2);
		try {
			const started = Date.now();
			const down = await get(clickhouse, TRADE_PAGE);
			console.log(`503 answered in ${Date.now() - started} ms with shard 2 stopped`);
			expect(down.status).toBe(503);
			expect(down.body).toContain('The figures database is not answering (ClickHouse error 279');
			expect(down.body).not.toContain('data-value=');
			const csv = await get(clickhouse, '/trade.csv?reporter=KOR&partner=NLD');
			expect(csv.status).toBe(503);
		} finally {
			shard('start', 2);
		}
		expect(await waitFor(async () => (await get(clickhouse, TRADE_PAGE)).status === 200, 30_000)).toBe(true);
		const after = await get(clickhouse, TRADE_PAGE);
		expect(rowsOfYear(after.body, '2020')).toEqual(rowsOfYear(before.body, '2020'));
	});
});

const FRAGMENTS = [
	"' OR 1=1 --",
	"KOR'); DROP TABLE trade; --",
	"KOR'); DROP TABLE bundled.trade_local; --",
	'KOR’ OR ‘1’=‘1',
	'KOR＇ OR 1=1',
	"KOR\\' OR 1=1 --",
	'\\'
];
// Every parameter any route reads (grep of searchParams.get in src/), on every route.
const PARAMS = [
	'reporter',
	'partner',
	'pair',
	'from',
	'to',
	'year',
	'search',
	'set',
	'by',
	'b',
	'format',
	'limit',
	'url',
	'theme',
	'maxwidth',
	'maxheight'
];
/** The parameters whose values reach store queries (codes, years, the pair search). */
const STORE_PARAMS = ['reporter', 'partner', 'pair', 'from', 'to', 'year', 'search'];
const ROUTES = [
	'/',
	'/trade',
	'/mirror',
	'/fdi',
	'/products',
	'/claims',
	'/sources',
	'/api/pairs',
	'/trade.csv',
	'/mirror.csv',
	'/products.csv',
	'/events.csv',
	'/data/trade.csv',
	'/chart/flows.csv',
	'/chart/flows.svg',
	'/chart/flows.png',
	'/embed/flows',
	'/oembed'
];

describe('hostile query parameters through every route', () => {
	it('answer as the in-memory server does, with no failed query and no table changed', async () => {
		const countsBefore = await tableCounts();
		const logBefore = serverErrorLog();
		// Per route and fragment: every parameter hostile at once, then each parameter that reaches the
		// store hostile alone beside a valid pair (so validation of one cannot hide another).
		const requests = ROUTES.flatMap((route) =>
			FRAGMENTS.flatMap((value) => [
				`${route}?${new URLSearchParams(PARAMS.map((p) => [p, value]))}`,
				...STORE_PARAMS.map((param) => {
					const query = new URLSearchParams({ reporter: 'KOR', partner: 'NLD' });
					query.set(param, value);
					return `${route}?${query}`;
				})
			])
		);
		const differences: string[] = [];
		// A few at a time: the machine is shared.
		for (let i = 0; i < requests.length; i += 4) {
			await Promise.all(
				requests.slice(i, i + 4).map(async (request) => {
					const [a, b] = await Promise.all([get(memory, request), get(clickhouse, request)]);
					// 501: /oembed's answer to a format it does not serve (the oEmbed spec's status).
					if (a.status !== b.status || (b.status >= 500 && b.status !== 501))
						differences.push(`${request}: ${a.status} vs ${b.status}`);
				})
			);
		}
		expect(differences).toEqual([]);
		const newLog = serverErrorLog().slice(logBefore.length);
		expect(newLog).not.toMatch(/Syntax error|SYNTAX_ERROR|Code: 62/);
		expect(newLog).not.toMatch(/<Error>/);
		for (const server of [memory, clickhouse]) expect(server.stderr()).not.toMatch(/Syntax error|Code: \d+/);
		expect(await tableCounts()).toBe(countsBefore);
		expect(countsBefore).toContain('bundled.trade_local');
	}, 600_000);
});
