// Rendered pages, kept so the same page is not rendered again for every reader. A page is a function
// of the build, the data (its tag), the URL and the reader's variant (colour scheme and language, as
// resolved for the request): exactly the inputs of its ETag (etag.ts), so the ETag is the key. Pages
// carry no per-request nonce (the CSP hashes the inline start-up script instead: vite.config.ts), so
// two renders with one key are the same bytes and one can stand for the other.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { LRUCache } from 'lru-cache';

const gzipped = promisify(gzip);

/** A rendered page: status, headers as the page route made them, and its body plain and gzipped. */
export interface CachedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	gzip: Uint8Array<ArrayBuffer>;
}

export interface PageCacheOptions {
	/** Budget for bodies and headers, in bytes; least recently used pages leave first. */
	maxBytes: number;
	/**
	 * How long a page may be served without rendering it again. The data's tag already decides what is
	 * current; the limit bounds anything else a page says about time (a date of access in a citation).
	 */
	ttlMs: number;
}

/**
 * Whether a response may be kept for other readers: a whole HTML page (200) to a GET that sets no
 * cookie and does not forbid storing. Anything else (errors, redirects, downloads, a page that sets
 * a cookie, which belongs to one reader) is made for each request.
 * @example cacheablePage('GET', new Response('<p>', { headers: { 'content-type': 'text/html' } })) → true
 * @example cacheablePage('GET', new Response('x', { status: 404, headers: { 'content-type': 'text/html' } })) → false
 */
export function cacheablePage(method: string, response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	const control = response.headers.get('cache-control') ?? '';
	return (
		method === 'GET' &&
		response.status === 200 &&
		response.body !== null &&
		type.startsWith('text/html') &&
		!response.headers.has('set-cookie') &&
		!/\b(no-store|private)\b/i.test(control)
	);
}

export class PageCache {
	private readonly pages: LRUCache<string, CachedPage>;
	/** The data tag the kept pages were made from: another tag empties the cache at once. */
	private tag: string | null = null;

	constructor(readonly options: PageCacheOptions) {
		this.pages = new LRUCache<string, CachedPage>({
			maxSize: Math.max(1, options.maxBytes),
			ttl: options.ttlMs,
			sizeCalculation: (page) =>
				page.body.byteLength + page.gzip.byteLength + page.headers.reduce((n, [k, v]) => n + k.length + v.length, 0)
		});
	}

	/** The page kept under `key` for data `tag`, if any. */
	get(tag: string, key: string): CachedPage | undefined {
		this.follow(tag);
		return this.pages.get(key);
	}

	/**
	 * Reads a cacheable response whole, keeps it under `key` (when it fits the budget) and returns it.
	 * The response's body is consumed: answer from the returned page.
	 */
	async keep(tag: string, key: string, response: Response): Promise<CachedPage> {
		const body = new Uint8Array(await response.arrayBuffer());
		const page: CachedPage = {
			status: response.status,
			headers: [...response.headers],
			body,
			gzip: new Uint8Array(await gzipped(body))
		};
		// The data may have changed while this page was rendered from the old store: keep it only if not.
		if (tag === this.tag) this.pages.set(key, page);
		return page;
	}

	/** How many pages and bytes are kept (for tests and benchmarks). */
	get size(): { pages: number; bytes: number } {
		return { pages: this.pages.size, bytes: this.pages.calculatedSize };
	}

	/**
	 * Empties the cache when the data's tag moved on. Requests read the tag as they start and ask `get`
	 * at once, so the tags seen here only move forward.
	 */
	private follow(tag: string): void {
		if (tag === this.tag) return;
		this.pages.clear();
		this.tag = tag;
	}
}

/** Megabytes kept when PAGE_CACHE_MB does not say: some hundreds of pages (a page is ~100 KB plus ~20 KB gzipped). */
const DEFAULT_MB = 64;

/**
 * The cache the server runs with: PAGE_CACHE_MB megabytes (64 when unset), or none for 0.
 * @example pageCacheFromEnv({ PAGE_CACHE_MB: '0' }) → null
 * @example pageCacheFromEnv({}) → a PageCache of 64 MB
 */
export function pageCacheFromEnv(env: Record<string, string | undefined>): PageCache | null {
	const raw = env.PAGE_CACHE_MB;
	const mb = raw === undefined || raw.trim() === '' ? DEFAULT_MB : Number(raw);
	if (!Number.isFinite(mb) || mb < 0) throw new Error(`PAGE_CACHE_MB must be a number of megabytes ≥ 0, not "${raw}"`);
	// Five minutes, as long as downloads may be cached (views.ts DOWNLOAD_CACHE).
	return mb === 0 ? null : new PageCache({ maxBytes: mb * 1024 * 1024, ttlMs: 5 * 60_000 });
}
