// Every response made from the data carries an ETag from the build, the data version and the URL, and
// a request that sends it back gets a 304; pages carry no CSP nonce (the same page is the same bytes); the
// downloads say how long they may be cached; a change of the data changes the tags.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

	it("a page has no nonce: its start-up script is allowed by the script's hash, so equal pages are equal bytes", async () => {
		const a = await fetch(`${base}/trade?${Q}`);
		const html = await a.text();
		expect(html).not.toMatch(/nonce=/);
		const policy = a.headers.get('content-security-policy') ?? '';
		expect(policy).not.toMatch(/'nonce-/);
		const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) {
			expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
		}
		const b = await fetch(`${base}/trade?${Q}`);
		expect(await b.text()).toBe(html);
		expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
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
	let dir = '';
	beforeAll(async () => {
		const parent = mkdtempSync(path.join(tmpdir(), 'trade-etag-'));
		dirs.push(parent);
		dir = path.join(parent, 'data');
		cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
		server = await startServer(dir, { SNAPSHOT_DIR: path.join(parent, 'snapshots') });
	});
	afterAll(async () => {
		await server?.stop();
		for (const d of dirs) rmSync(d, { recursive: true, force: true });
	});
	/** Replaces Korea's 2020 exports to the Netherlands (IMF) in the served folder, as a writer should. */
	function setKorExports2020(from: string, to: string): void {
		const file = path.join(dir, 'trade.csv');
		writeFileSync(
			file + '.tmp',
			readFileSync(file, 'utf8').replace(`2020,KOR,NLD,export,${from},`, `2020,KOR,NLD,export,${to},`)
		);
		renameSync(file + '.tmp', file);
	}

	it('changes every tag, so no stale 304 is given', async () => {
		const tags = async () =>
			Promise.all(
				[`/trade?${Q}`, `/trade.csv?${Q}`].map(async (r) => (await fetch(server!.url + r)).headers.get('etag'))
			);
		const before = await tags();
		setKorExports2020('3987.104', '3987.109');
		expect(await waitFor(async () => (await tags())[0] !== before[0], 15_000)).toBe(true);
		const after = await tags();
		expect(after[1]).not.toBe(before[1]);
		const stale = await fetch(`${server!.url}/trade.csv?${Q}`, { headers: { 'if-none-match': before[1] as string } });
		expect(stale.status).toBe(200);
		expect(await stale.text()).toContain('3987.109');
	});

	it("empties the page cache: every reader's next page shows the new figures", async () => {
		const url = `${server!.url}/trade?${Q}`;
		// Two readers' variants of one URL (pageCache.test.ts shows they are kept apart).
		const readers = [{ cookie: 'scheme=light' }, { cookie: 'scheme=dark; PARAGLIDE_LOCALE=ko' }];
		const get = async (headers: Record<string, string>) => {
			const response = await fetch(url, { headers });
			return { cache: response.headers.get('x-page-cache'), html: await response.text() };
		};
		for (const headers of readers) await get(headers);
		for (const headers of readers) {
			const kept = await get(headers);
			expect(kept.cache).toBe('hit');
			expect(kept.html).toContain('<td data-value="3987.109"');
		}
		setKorExports2020('3987.109', '4321.5');
		expect(await waitFor(async () => (await get(readers[0]!)).html.includes('data-value="4321.5"'), 15_000)).toBe(true);
		for (const headers of readers) {
			const fresh = await get(headers);
			expect(fresh.html).toContain('<td data-value="4321.5"');
			expect(fresh.html).not.toContain('data-value="3987.109"');
		}
	});
});
