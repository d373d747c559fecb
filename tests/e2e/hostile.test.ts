// Hostile parameters against the production build, without a browser: every route under src/routes,
// every query parameter the app reads, and values a careless or hostile user sends (long strings,
// unicode and bidi controls, `../`, NUL bytes, malformed percent-encoding, markup, extreme numbers,
// repeated parameters, other methods). The server must answer every one with a status below 500,
// within a per-request time limit, and never echo markup from the request unescaped into HTML.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, startServer, type TestServer } from './server';

const baseUrl = inject('baseUrl');
const REQUEST_LIMIT_MS = 15_000;
const CONCURRENCY = 4;

// ---- the routes, read from src/routes -----------------------------------------------------------------

/** A value for each dynamic segment: a real one, so the route's parameters are reached. */
const SEGMENT_VALUES: Record<string, string> = { chart: 'flows', dataset: 'trade' };

interface Route {
	/** As in src/routes, groups left out: '/chart/[chart].png'. */
	template: string;
	/** With a real value for each dynamic segment: '/chart/flows.png'. */
	path: string;
}

/** Every URL path the app serves: directories under src/routes holding a page or an endpoint. */
function routePaths(): Route[] {
	const dir = path.join(ROOT, 'src/routes');
	const out: Route[] = [];
	const walk = (rel: string) => {
		const full = path.join(dir, rel);
		const files = readdirSync(full);
		if (files.some((f) => /^\+(page(\.server)?\.ts|page\.svelte|server\.ts)$/.test(f))) {
			const template = rel.split(path.sep).filter((s) => s !== '' && !/^\(.*\)$/.test(s));
			const segments = template.map((s) =>
				s.replace(/\[(\w+)\]/g, (_m, name: string) => {
					const value = SEGMENT_VALUES[name];
					if (value === undefined) throw new Error(`add a value for the route segment [${name}] to SEGMENT_VALUES`);
					return value;
				})
			);
			out.push({ template: '/' + template.join('/'), path: '/' + segments.join('/') });
		}
		for (const f of files) if (statSync(path.join(full, f)).isDirectory()) walk(path.join(rel, f));
	};
	walk('');
	return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every query parameter the app reads (view state, images, embeds, oEmbed), plus one it does not. */
const PARAMS = [
	'reporter',
	'partner',
	'pair',
	'by',
	'from',
	'to',
	'currency',
	'events',
	'claims',
	'theme',
	'width',
	'height',
	'scale',
	'format',
	'url',
	'maxwidth',
	'maxheight',
	'unknown'
];

/** Hostile values, already encoded for a query string or a path (so malformed encodings get through). */
const MARKUP = ['<script>alert("hx1")</script>', "\"><img src=x onerror=alert('hx2')>", "'><svg onload=alert(3)>"];
const VALUES: string[] = [
	...[
		'x'.repeat(8_000),
		'KOR'.repeat(1_000),
		'한국',
		'🇳🇱',
		'ＫＯＲ',
		'K\u0301OR',
		'KOR\u202e',
		'\u2028',
		'../../../../etc/passwd',
		'..\\..\\windows\\win.ini',
		'KOR\u0000',
		...MARKUP,
		'${7*7}{{7*7}}',
		'1e400',
		'-1e400',
		'9'.repeat(400),
		'-0',
		'NaN',
		'Infinity',
		'0x7E4',
		'1e-400',
		'2147483648',
		'-99999999999',
		'2000.5',
		' ',
		'',
		'http://169.254.169.254/latest/meta-data/',
		'javascript:alert(1)',
		'//evil.example/trade'
	].map(encodeURIComponent),
	'%00',
	'%zz',
	'%',
	'%E2%80%AE',
	'%C0%AE%C0%AE%2F',
	'..%2F..%2F..%2Fetc%2Fpasswd',
	'%252e%252e%252f'
];
/** The path segments that stand for a chart id or a data set name get the same treatment, fewer values. */
const SEGMENT_ATTACKS = [
	'..%2F..%2Fpackage',
	'%2e%2e%2f%2e%2e%2fpackage',
	'%00',
	'%zz',
	'x'.repeat(3_000),
	'%3Cscript%3E',
	encodeURIComponent('🇳🇱')
];

// ---- requests -------------------------------------------------------------------------------------------

interface Answer {
	status: number;
	type: string;
	body: string;
}

/** One request with the path sent exactly as given (fetch would normalise `../` and encodings). */
function send(base: string, pathAndQuery: string, method = 'GET', body?: string): Promise<Answer> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const req = request(
			{
				hostname,
				port,
				path: pathAndQuery,
				method,
				headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
				signal: AbortSignal.timeout(REQUEST_LIMIT_MS)
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						type: String(res.headers['content-type'] ?? ''),
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', (e) => reject(new Error(`${method} ${pathAndQuery.slice(0, 200)}: ${e.message}`)));
		if (body) req.write(body);
		req.end();
	});
}

interface Probe {
	path: string;
	method?: string;
	body?: string;
}

/** Runs the probes a few at a time; returns every failure as a line (empty when all passed). */
async function probeAll(base: string, probes: Probe[]): Promise<string[]> {
	const failures: string[] = [];
	let next = 0;
	const worker = async () => {
		while (next < probes.length) {
			const probe = probes[next++] as Probe;
			const label = `${probe.method ?? 'GET'} ${probe.path.length > 160 ? probe.path.slice(0, 160) + '…' : probe.path}`;
			try {
				const answer = await send(base, probe.path, probe.method, probe.body);
				if (answer.status >= 500 && !allowedServerError(probe, answer.status))
					failures.push(`${label}: ${answer.status} ${answer.body.slice(0, 200)}`);
				if (answer.type.includes('text/html')) {
					for (const markup of MARKUP) {
						if (answer.body.includes(markup)) failures.push(`${label}: echoes ${markup} unescaped`);
					}
				}
			} catch (error) {
				failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
			}
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	return failures;
}

const IMAGE_ROUTE = /\.(png|svg)$/;

/**
 * Each route with each parameter set to hostile values, on top of a valid view. To stay fast, each
 * (route, parameter) pair gets every third value (images, which cost real rendering, every eighth),
 * rotated so that every value still reaches every parameter on some routes and every route gets every
 * value on some parameters.
 */
function parameterProbes(routes: string[]): Probe[] {
	const probes: Probe[] = [];
	routes.forEach((route, r) => {
		const every = IMAGE_ROUTE.test(route) ? 10 : 4;
		PARAMS.forEach((param, p) => {
			VALUES.forEach((value, v) => {
				if ((v + r + p) % every === 0) probes.push({ path: `${route}?reporter=KOR&partner=NLD&${param}=${value}` });
			});
		});
	});
	return probes;
}

/**
 * 5xx is never an answer to bad input, with one exception the oEmbed standard prescribes: a provider
 * asked for a format it does not serve answers "501 Not Implemented" (oembed.com, section 2.3.5).
 */
function allowedServerError(probe: Probe, status: number): boolean {
	if (status !== 501 || !probe.path.startsWith('/oembed?')) return false;
	const formats = new URLSearchParams(probe.path.slice('/oembed?'.length)).getAll('format');
	return formats.length > 0 && formats[0] !== 'json';
}

describe('hostile parameters on every route (production build)', () => {
	const found = routePaths();
	const routes = found.map((r) => r.path);

	it('finds the routes of src/routes', () => {
		for (const route of ['/', '/trade', '/sources', '/trade.csv', '/chart/flows.png', '/embed/flows', '/oembed']) {
			expect(routes).toContain(route);
		}
	});

	it('answers every parameter of every route with a hostile value below 500, in time, without echoing markup', async () => {
		const failures = await probeAll(baseUrl, parameterProbes(routes));
		expect(failures).toEqual([]);
	}, 600_000);

	it('answers hostile path segments, repeated parameters and other methods below 500', async () => {
		const probes: Probe[] = [];
		for (const { template, path: route } of found) {
			if (template.includes('[')) {
				for (const attack of SEGMENT_ATTACKS) probes.push({ path: template.replace(/\[\w+\]/g, attack) });
			}
			const repeated = PARAMS.map((p) => `${p}=2000&${p}=abc&${p}=${encodeURIComponent(MARKUP[0] ?? '')}`);
			probes.push({ path: `${route}?${repeated.join('&')}` });
			probes.push({ path: `${route}?${'from=1&'.repeat(2_000)}` });
			for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']) {
				probes.push({ path: `${route}?reporter=KOR`, method, body: method === 'HEAD' ? undefined : 'a=1' });
			}
		}
		for (const raw of [
			'/..%2F..%2Fpackage.json',
			'/%2e%2e/%2e%2e/etc/passwd',
			'/trade/../../../etc/passwd',
			'/%00',
			'/%zz'
		]) {
			probes.push({ path: raw });
		}
		const failures = await probeAll(baseUrl, probes);
		expect(failures).toEqual([]);
	}, 300_000);
});

describe('/sources shows invisible characters of a source as visible escapes', () => {
	let server: TestServer | null = null;
	const dir = mkdtempSync(path.join(tmpdir(), 'hostile-data-'));

	beforeAll(async () => {
		cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
		const sources = readFileSync(path.join(dir, 'sources.csv'), 'utf8');
		// A title with a right-to-left override and a line separator (SYNTHETIC: a test copy of data/).
		writeFileSync(
			path.join(dir, 'sources.csv'),
			sources.replace('Direction of Trade Statistics', 'Direction of Trade\u2028Statistics\u202e fdp.exe')
		);
		server = await startServer(dir);
	});
	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('escapes U+202E and U+2028 in the title and keeps the rest', async () => {
		const { status, body } = await send(server!.url, '/sources');
		expect(status).toBe(200);
		expect(body).toMatch(/Direction of Trade&lt;U\+2028(&gt;|>)Statistics&lt;U\+202E(&gt;|>) fdp\.exe/);
		// The page's own text; the hydration data in <script> carries the data as it is.
		const html = body.replace(/<script[\s\S]*?<\/script>/g, '');
		expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
	});
});
