import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { TradeStore } from './types';
import { StoreUnavailableError, answersOr503 } from './unavailable';

// Only the methods a case calls: the wrapper forwards whatever the store has.
const store = {
	fx: async () => [],
	events: async () => {
		throw new StoreUnavailableError('The figures database is not answering (x). Try again in a minute.');
	},
	claims: async () => {
		throw new TypeError('a bug, not an outage');
	}
} as unknown as TradeStore;

describe('answersOr503', () => {
	const guarded = answersOr503(store);
	it('passes answers through', async () => {
		expect(await guarded.fx()).toEqual([]);
	});
	it("turns StoreUnavailableError into SvelteKit's 503 with its message", async () => {
		const failure = await guarded.events({}).catch((e: unknown) => e);
		expect(isHttpError(failure, 503)).toBe(true);
		expect((failure as { body: { message: string } }).body.message).toBe(
			'The figures database is not answering (x). Try again in a minute.'
		);
	});
	it('leaves every other error as it is (a bug stays a 500)', async () => {
		await expect(guarded.claims({})).rejects.toThrow(new TypeError('a bug, not an outage'));
	});
});
