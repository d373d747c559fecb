import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../data/dataset';
import { DATA_DIR, loadDataDir, readDataDir } from '../../data/fixtures/dataDir';
import type { Dataset, TradeObservation } from '../../data/types';
import { columnar, narrow } from './columnar';
import { hashDataFiles, readDataFileBytes } from './files';
import { load } from './loadWorker';
import { MemoryTradeStore } from './memoryStore';
import { runQuerySuite } from './querySuite';
import {
	decodeSnapshot,
	encodeSnapshot,
	readLatestSnapshot,
	readSnapshot,
	SnapshotError,
	writeSnapshot
} from './snapshot';
import type { TradeFigure } from './types';

const VERSION = { id: 'test-version', loadedAt: '2025-01-01T00:00:00.000Z', files: {} };
const FIXTURES = new URL('../../data/fixtures/', import.meta.url);

function storeOf(dataset: Dataset) {
	return new MemoryTradeStore(columnar(dataset, VERSION));
}

/** The figure a store row must equal: the loaded observation, period as its key. */
const figure = ({ period, ...o }: TradeObservation): TradeFigure => ({ ...o, period: period.key });

const bundled = loadDataDir();
const store = storeOf(bundled);

describe('MemoryTradeStore on the bundled data', () => {
	it('returns every all-goods row exactly once, as loaded', async () => {
		const rows = await store.trade({});
		expect(rows.length).toBe(bundled.trade.length);
		const byLine = new Map(bundled.trade.map((o) => [o.line, figure(o)]));
		for (const r of rows) expect(r).toEqual(byLine.get(r.line));
	});

	it.each([
		{
			q: { reporters: ['KOR'], partners: ['NLD'] },
			keep: (o: TradeObservation) => o.reporter === 'KOR' && o.partner === 'NLD'
		},
		{ q: { reporters: ['NLD'] }, keep: (o: TradeObservation) => o.reporter === 'NLD' },
		{ q: { partners: ['WLD'] }, keep: (o: TradeObservation) => o.partner === 'WLD' },
		{
			q: { reporters: ['KOR', 'NLD'], partners: ['KOR', 'NLD'], flow: 'import' as const, from: 2000, to: 2010 },
			keep: (o: TradeObservation) =>
				['KOR', 'NLD'].includes(o.reporter) &&
				['KOR', 'NLD'].includes(o.partner) &&
				o.flow === 'import' &&
				o.period.year >= 2000 &&
				o.period.year <= 2010
		},
		{ q: { reporters: ['XXX'] }, keep: () => false }
	])('trade($q) is the rows the filter keeps, each pair in file order', async ({ q, keep }) => {
		const expected = bundled.trade.filter(keep).map(figure);
		const rows = await store.trade(q);
		expect(rows.map((r) => r.line).sort((a, b) => a - b)).toEqual(expected.map((r) => r.line));
		// Within a pair, rows keep the file's order.
		for (let i = 1; i < rows.length; i++) {
			const [a, b] = [rows[i - 1] as TradeFigure, rows[i] as TradeFigure];
			if (a.reporter === b.reporter && a.partner === b.partner) expect(a.line).toBeLessThan(b.line);
		}
	});

	it('pages through all rows with limit and offset, in one order', async () => {
		const all = await store.trade({});
		const pages = [];
		for (let offset = 0; offset < all.length; offset += 100) pages.push(...(await store.trade({ limit: 100, offset })));
		expect(pages).toEqual(all);
		expect(await store.trade({ reporters: ['KOR'], limit: 2, offset: 1 })).toEqual(
			(await store.trade({ reporters: ['KOR'] })).slice(1, 3)
		);
	});

	it('lists bilateral pairs (no World) with names and years, searchable and paged', async () => {
		const all = await store.pairs({});
		expect(all.rows.map((p) => `${p.reporter}-${p.partner}`)).toEqual(['KOR-NLD', 'NLD-KOR']);
		expect(all.rows[0]).toMatchObject({ reporterName: bundled.countries.get('KOR')?.name, firstYear: 1960 });
		expect((await store.pairs({ search: 'NETHER' })).total).toBe(2);
		expect((await store.pairs({ search: 'zzz' })).rows).toEqual([]);
		expect(await store.pairs({ limit: 1, offset: 1 })).toEqual({ total: 2, rows: [all.rows[1]] });
		expect((await store.pairs({ involving: ['NLD'] })).total).toBe(2);
	});

	it('gives the span of a pair either way, and of its FDI', async () => {
		const years = bundled.trade
			.filter((o) => (o.reporter === 'KOR' && o.partner === 'NLD') || (o.reporter === 'NLD' && o.partner === 'KOR'))
			.map((o) => o.period.year);
		const span = { min: Math.min(...years), max: Math.max(...years) };
		expect(await store.periodSpan({ a: 'KOR', b: 'NLD' })).toEqual(span);
		expect(await store.periodSpan({ a: 'NLD', b: 'KOR' })).toEqual(span);
		expect(await store.periodSpan({ a: 'KOR', b: 'XXX' })).toBeNull();
		const fdiYears = bundled.fdi
			.filter((o) => (o.investor === 'KOR' && o.host === 'NLD') || (o.investor === 'NLD' && o.host === 'KOR'))
			.map((o) => o.period.year);
		expect(await store.periodSpan({ a: 'KOR', b: 'NLD', dataset: 'fdi' })).toEqual({
			min: Math.min(...fdiYears),
			max: Math.max(...fdiYears)
		});
	});

	it('answers the small tables as plain copies', async () => {
		expect((await store.sources({})).map((s) => s.id)).toEqual([...bundled.sources.keys()]);
		expect((await store.sources({ ids: ['imf-dots-2022'] })).length).toBe(1);
		expect(await store.fx()).toEqual(bundled.fx);
		expect((await store.claims({ topic: 'fdi' })).every((c) => c.topic === 'fdi')).toBe(true);
		expect((await store.claims({})).length).toBe(bundled.claims.length);
		expect((await store.events({ from: 2020 })).every((e) => Number(e.start.slice(0, 4)) >= 2020)).toBe(true);
		expect((await store.countries({ codes: ['KOR'] }))[0]?.code).toBe('KOR');
		// A caller that changes an answer does not change the store.
		(await store.fx())[0]!.rate = -1;
		expect((await store.fx())[0]?.rate).toBe(bundled.fx[0]?.rate);
		expect(await store.currencies()).toEqual(expect.arrayContaining(['EUR', 'KRW', 'USD']));
	});

	it('counts trade, FDI and event uses per source', async () => {
		const usage = new Map((await store.sourceUsage()).map((u) => [u.id, u]));
		const imf = bundled.trade.filter((o) => o.source === 'imf-dots-2022');
		expect(usage.get('imf-dots-2022')).toMatchObject({
			trade: imf.length,
			firstYear: Math.min(...imf.map((o) => o.period.year)),
			lastYear: Math.max(...imf.map((o) => o.period.year))
		});
	});
});

describe('narrow', () => {
	it.each([
		[Uint32Array.of(0, 1, 65_535), Uint16Array],
		[Uint32Array.of(0, 65_536), Uint32Array],
		[new Uint32Array(0), Uint16Array]
	])('%s → %o', (column, kind) => {
		const out = narrow(column);
		expect(out).toBeInstanceOf(kind);
		expect([...out]).toEqual([...column]);
	});
});

describe('product rows', () => {
	const files = readDataDir(FIXTURES);
	files.trade = readFileSync(new URL('trade-products.csv', FIXTURES), 'utf8');
	const { dataset } = buildDataset(files);
	const products = storeOf(dataset as Dataset);

	it('are kept apart from all goods and come back with their product', async () => {
		const expected = (dataset as Dataset).productTrade;
		expect(expected.length).toBeGreaterThan(0);
		const all = (await products.trade({})).map((r) => r.line);
		for (const o of expected) expect(all).not.toContain(o.line);
		const first = expected[0]!;
		const rows = await products.products({ reporter: first.reporter, partner: first.partner });
		const row = rows.find((r) => r.line === first.line);
		expect(row).toMatchObject({
			productClassification: first.product.classification,
			productCode: first.product.code,
			productLabel: first.product.label,
			publishedValue: first.publishedValue,
			value: first.value
		});
	});

	it('name the pairs that have them', async () => {
		const expected = [...new Set((dataset as Dataset).productTrade.map((o) => `${o.reporter}|${o.partner}`))];
		expect((await products.productPairs()).map((p) => `${p.reporter}|${p.partner}`)).toEqual(expected);
		expect(await store.productPairs()).toEqual([]);
	});
});

describe('totals, statements and breaks', () => {
	it('come back as loaded, periods as their keys, filtered by country', async () => {
		expect(bundled.totals.length).toBeGreaterThan(0);
		expect(await store.totals({})).toEqual(bundled.totals.map(({ period, ...t }) => ({ ...t, period: period.key })));
		expect(await store.totals({ involving: ['XXX'] })).toEqual([]);
		expect(await store.statements()).toEqual(
			bundled.statements.map(({ period, ...t }) => ({ ...t, period: period?.key ?? null }))
		);
		const breaks = await store.breaks({ reporters: ['NLD'] });
		expect(breaks.map((b) => [b.reporter, b.period])).toEqual([['NLD', '1999']]);
		expect(await store.breaks({ reporters: ['KOR'] })).toEqual([]);
	});
});

describe('snapshot', () => {
	const data = columnar(bundled, VERSION);
	const dirs: string[] = [];
	const tempDir = () => {
		const d = mkdtempSync(path.join(tmpdir(), 'store-test-'));
		dirs.push(d);
		return d;
	};
	afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
	const pairs: [string, string][] = [
		['KOR', 'NLD'],
		['NLD', 'KOR'],
		['KOR', 'XXX']
	];

	it('the store read back from a snapshot answers the query suite exactly as the one built from CSV', async () => {
		const fromCsv = await runQuerySuite(new MemoryTradeStore(data), pairs);
		const fromSnapshot = await runQuerySuite(new MemoryTradeStore(decodeSnapshot(encodeSnapshot(data))), pairs);
		expect(fromSnapshot).toEqual(fromCsv);
		expect(JSON.stringify(fromSnapshot)).toBe(JSON.stringify(fromCsv));
	});

	it.each([
		['a flipped byte in the body', (b: Buffer) => (b[b.length - 3] = (b[b.length - 3] as number) ^ 1)],
		['a truncated file', (b: Buffer) => b.subarray(0, b.length - 100)],
		['a broken header', (b: Buffer) => (b[20] = 0x7b)],
		['another format', (b: Buffer) => b.write('XXXXXXXX', 0, 'latin1')]
	])('rejects %s', (_, damage) => {
		const file = encodeSnapshot(data);
		const damaged = damage(file);
		expect(() => decodeSnapshot(Buffer.isBuffer(damaged) ? damaged : file)).toThrow(SnapshotError);
	});

	it('is found by version and code, and a stale or corrupt one is not used', () => {
		const dir = tempDir();
		const file = writeSnapshot(dir, data, 'code1');
		expect(readSnapshot(dir, VERSION.id, 'code1').data?.trade.length).toBe(bundled.trade.length);
		expect(readSnapshot(dir, 'other-version', 'code1')).toEqual({ data: null, reason: 'no snapshot' });
		expect(readSnapshot(dir, VERSION.id, 'code2').data).toBeNull();
		const bytes = readFileSync(file);
		bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
		writeFileSync(file, bytes);
		expect(readSnapshot(dir, VERSION.id, 'code1').reason).toMatch(/^corrupt snapshot/);
		// A snapshot of another version under this version's name (copied by hand, say) is stale.
		writeSnapshot(dir, { ...data, version: { ...VERSION, id: 'v2' } }, 'code1');
		cpSync(path.join(dir, 'v2-code1.snapshot'), path.join(dir, `${VERSION.id}-code1.snapshot`));
		expect(readSnapshot(dir, VERSION.id, 'code1').reason).toMatch(/^stale/);
	});

	it('load(): CSV first, the snapshot on the next start, CSV again after a change or a corrupt snapshot', async () => {
		const dir = tempDir();
		cpSync(new URL(DATA_DIR).pathname, dir, { recursive: true });
		const snapshots = tempDir();
		const run = (served: string | null = null) => load({ dir, snapshotDir: snapshots, servedVersion: served });
		const first = await run();
		expect(first).toMatchObject({ kind: 'loaded', origin: 'csv' });
		const second = await run();
		expect(second).toMatchObject({ kind: 'loaded', origin: 'snapshot' });
		if (first.kind !== 'loaded' || second.kind !== 'loaded') throw new Error('not loaded');
		expect(second.data.version.id).toBe(first.data.version.id);
		expect(await run(first.data.version.id)).toMatchObject({ kind: 'unchanged' });

		// A changed file: a new version, parsed from CSV; the old snapshot is removed.
		const trade = path.join(dir, 'trade.csv');
		writeFileSync(trade, readFileSync(trade, 'utf8').replace('3987.104', '3987.105'));
		const third = await run();
		expect(third).toMatchObject({ kind: 'loaded', origin: 'csv' });
		if (third.kind !== 'loaded') throw new Error('not loaded');
		expect(third.data.version.id).not.toBe(first.data.version.id);
		expect(readdirSync(snapshots)).toEqual([expect.stringContaining(third.data.version.id)]);

		// A corrupt snapshot is never served: rebuilt from CSV, with the reason in the note.
		const [name] = readdirSync(snapshots);
		const file = path.join(snapshots, name as string);
		const bytes = readFileSync(file);
		bytes[bytes.length - 9] = (bytes[bytes.length - 9] as number) ^ 0x55;
		writeFileSync(file, bytes);
		const fourth = await run();
		expect(fourth).toMatchObject({ kind: 'loaded', origin: 'csv', note: expect.stringMatching(/corrupt snapshot/) });
		expect(await run()).toMatchObject({ kind: 'loaded', origin: 'snapshot' });
	}, 60_000);

	it('hashDataFiles (thread pool) gives the version readDataFileBytes gives', async () => {
		const dir = new URL(DATA_DIR).pathname;
		const when = new Date('2025-01-01T00:00:00Z');
		expect(await hashDataFiles(dir, when)).toEqual(readDataFileBytes(dir, when).version);
		expect((await hashDataFiles(FIXTURES.pathname, when)).id).not.toBe(readDataFileBytes(dir, when).version.id);
	});

	it('readLatestSnapshot: the newest of this code, checked', async () => {
		const dir = tempDir();
		expect(await readLatestSnapshot(dir, 'code1')).toEqual({ data: null, reason: 'no snapshot' });
		const file = writeSnapshot(dir, data, 'code1');
		expect((await readLatestSnapshot(dir, 'code1')).data?.version).toEqual(VERSION);
		expect((await readLatestSnapshot(dir, 'code2')).data).toBeNull();
		const bytes = readFileSync(file);
		bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 1;
		writeFileSync(file, bytes);
		expect(await readLatestSnapshot(dir, 'code1')).toEqual({
			data: null,
			reason: 'corrupt snapshot: checksum differs'
		});
	});

	it('load(): a bad file is rejected with its issues, a missing folder says so', async () => {
		const dir = tempDir();
		cpSync(new URL(DATA_DIR).pathname, dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'trade.csv'),
			readFileSync(path.join(dir, 'trade.csv'), 'utf8').replace('3987.104', 'abc')
		);
		const bad = await load({ dir, snapshotDir: null, servedVersion: null });
		expect(bad).toMatchObject({
			kind: 'rejected',
			issues: [expect.objectContaining({ file: 'trade.csv', column: 'value', value: 'abc' })]
		});
		expect(await load({ dir: path.join(dir, 'nope'), snapshotDir: null, servedVersion: null })).toMatchObject({
			kind: 'rejected',
			issues: [expect.objectContaining({ expected: 'the data folder to exist' })]
		});
	}, 60_000);
});
