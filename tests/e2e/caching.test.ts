// Every response made from the data carries an ETag from the build, the data version and the URL, and
// a request that sends it back gets a 304; the pages' tag does not change with the CSP nonce; the
// downloads say how long they may be cached; a change of the data changes the tags.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT, startServer, waitFor, type TestServer } from './server';

const base = inject('baseUrl');
const Q = 'reporter=KOR&partner=NLD&from=2010&to=2020';
const DATA_DERIVED = [
	'/',
	`/trade?${Q}`,
	`/mirror?${Q}`,
	`/fdi?${Q}`,
	'/claims',
	'/sources',
	`/trade.csv?${Q}`,
	`/mirror.csv?${Q}`,
	`/events.csv?${Q}`,
	'/data/trade.csv',
	`/chart/flows.png?${Q}`,
	`/chart/flows.svg?${Q}`,
	`/chart/flows.csv?${Q}`,
	`/embed/flows?${Q}`,
	`/trade/__data.json?${Q}`
];

describe('ETag and 304', () => {
	it.each(DATA_DERIVED)('%s', async (route) => {
		const first = await fetch(base + route);
		await first.arrayBuffer();
		expect(first.status).toBe(200);
		const etag = first.headers.get('etag');
		expect(etag).toMatch(/^W\/"[\w-]{22}"$/);
		const again = await fetch(base + route, { headers: { 'if-none-match': etag as string } });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		// A 304 must not bring a new nonce policy for the cached page's old nonces.
		expect(again.headers.get('content-security-policy')).toBeNull();
		const other = await fetch(base + route, { headers: { 'if-none-match': 'W/"something-else"' } });
		expect(other.status).toBe(200);
	});

	it('oEmbed too, and each query has its own tag', async () => {
		const url = (chart: string) => `${base}/oembed?url=${encodeURIComponent(`${base}/embed/${chart}?${Q}`)}`;
		const flows = await fetch(url('flows'));
		const balance = await fetch(url('balance'));
		expect(flows.headers.get('etag')).not.toBe(balance.headers.get('etag'));
		expect(
			(await fetch(url('flows'), { headers: { 'if-none-match': flows.headers.get('etag') as string } })).status
		).toBe(304);
	});

	it("a page's tag is the same for two responses with different nonces", async () => {
		const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
		const a = await fetch(`${base}/trade?${Q}`);
		const b = await fetch(`${base}/trade?${Q}`);
		const [htmlA, htmlB] = [await a.text(), await b.text()];
		expect(nonce(htmlA)).toBeDefined();
		expect(nonce(htmlA)).not.toBe(nonce(htmlB));
		expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
	});

	it.each(['/trade.csv', '/mirror.csv', '/events.csv'])('%s says how long it may be cached', async (route) => {
		const response = await fetch(`${base}${route}?${Q}`);
		expect(response.headers.get('cache-control')).toBe('public, max-age=300');
	});

	it('immutable assets keep their long cache', async () => {
		const html = await (await fetch(base + '/')).text();
		const asset = /\/_app\/immutable\/[^"]+\.js/.exec(html)?.[0];
		expect(asset).toBeDefined();
		expect((await fetch(base + asset)).headers.get('cache-control')).toMatch(/max-age=31536000,\s*immutable/);
	});
});

describe('a change of the data', () => {
	const dirs: string[] = [];
	let server: TestServer | null = null;
	afterAll(async () => {
		await server?.stop();
		for (const d of dirs) rmSync(d, { recursive: true, force: true });
	});

	it('changes every tag, so no stale 304 is given', async () => {
		const parent = mkdtempSync(path.join(tmpdir(), 'trade-etag-'));
		dirs.push(parent);
		const dir = path.join(parent, 'data');
		cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
		server = await startServer(dir, { SNAPSHOT_DIR: path.join(parent, 'snapshots') });
		const tags = async () =>
			Promise.all(
				[`/trade?${Q}`, `/trade.csv?${Q}`].map(async (r) => (await fetch(server!.url + r)).headers.get('etag'))
			);
		const before = await tags();
		const file = path.join(dir, 'trade.csv');
		writeFileSync(
			file + '.tmp',
			readFileSync(file, 'utf8').replace('2020,KOR,NLD,export,3987.104,', '2020,KOR,NLD,export,3987.109,')
		);
		renameSync(file + '.tmp', file);
		expect(await waitFor(async () => (await tags())[0] !== before[0], 15_000)).toBe(true);
		const after = await tags();
		expect(after[1]).not.toBe(before[1]);
		const stale = await fetch(`${server.url}/trade.csv?${Q}`, { headers: { 'if-none-match': before[1] as string } });
		expect(stale.status).toBe(200);
		expect(await stale.text()).toContain('3987.109');
	});
});
