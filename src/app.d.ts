// See https://svelte.dev/docs/kit/types#app.d.ts
import type { StoreStatus, TradeStore } from '$lib/server/store/types';

declare global {
	namespace App {
		interface Locals {
			/** The data store pinned to this request (set in hooks.server.ts): one request, one data version. */
			store: TradeStore | null;
			/** The loading status at the moment the store was pinned. */
			status: StoreStatus;
		}
	}
}

export {};
