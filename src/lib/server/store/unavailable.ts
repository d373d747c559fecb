// A store that answers from another process (ClickHouse) can fail to answer; the in-memory store never
// does. Such a failure is StoreUnavailableError, and every route turns it into the same 503 through the
// store the request holds (`answersOr503`), so no route handles it on its own.
import { error } from '@sveltejs/kit';
import type { TradeStore } from './types';

/**
 * The figures database cannot answer now (a shard or the server is down, or too slow): pages show
 * 503 with this message and work again once it is back.
 */
export class StoreUnavailableError extends Error {
	readonly status = 503;
	constructor(message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StoreUnavailableError';
	}
}

/**
 * The store with every method's StoreUnavailableError turned into SvelteKit's 503 HttpError carrying
 * its message: pages render the error page, endpoints answer 503, instead of a 500 or a half-drawn page.
 */
export function answersOr503(store: TradeStore): TradeStore {
	return new Proxy(store, {
		get(target, key, receiver) {
			const value = Reflect.get(target, key, receiver);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) =>
				(value.apply(target, args) as Promise<unknown>).catch((e: unknown) => {
					if (e instanceof StoreUnavailableError) error(503, e.message);
					throw e;
				});
		}
	});
}
