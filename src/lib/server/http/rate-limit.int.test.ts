import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { hitFormLimit, hitRateLimit, peekRateLimit, pruneRateLimits } from './rate-limit.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe('rate limit', () => {
	it('allows the limit within a window, refuses one more, and starts again in the next window', async () => {
		const t0 = Date.UTC(2026, 10, 21, 10, 0, 0);
		for (let i = 0; i < 3; i++)
			expect(await hitRateLimit(ctx.db, 'k', 3, 60_000, t0 + i)).toBe(true);
		expect(await hitRateLimit(ctx.db, 'k', 3, 60_000, t0 + 10)).toBe(false);
		expect(await hitRateLimit(ctx.db, 'other', 3, 60_000, t0 + 10)).toBe(true);
		expect(await hitRateLimit(ctx.db, 'k', 3, 60_000, t0 + 60_000)).toBe(true);
	});

	it('forgets old windows in the clean-up and keeps current ones', async () => {
		const now = Date.UTC(2026, 10, 23, 10, 0, 0);
		await hitRateLimit(ctx.db, 'fresh', 3, 60_000, now);
		const removed = await pruneRateLimits(ctx.db, now - 86_400_000);
		expect(removed).toBe(2);
		const left = await ctx.db.selectFrom('rate_limit').select('key').execute();
		expect(left.map((r) => r.key)).toEqual(['fresh']);
	});

	it('holds a form’s limit per alliance and, at twice that, across the installation', async () => {
		const t0 = Date.UTC(2026, 10, 22, 10, 0, 0);
		const send = (allianceId: string, client = '10.9.0.1') =>
			hitFormLimit(ctx.db, { form: 'f', allianceId, client, limit: 2, windowMs: 60_000, now: t0 });
		expect([await send('a'), await send('a'), await send('a')]).toEqual([true, true, false]);
		// Another alliance: its own allowance, but the installation has room for one more only.
		expect([await send('b'), await send('b')]).toEqual([true, false]);
		expect(await send('c')).toBe(false);
		expect(await send('c', '10.9.0.2')).toBe(true);
		expect(await peekRateLimit(ctx.db, 'f:*:10.9.0.1', 60_000, t0)).toBe(6);
		expect(await peekRateLimit(ctx.db, 'f:*:10.9.0.1', 60_000, t0 + 60_000)).toBe(0);
	});
});
