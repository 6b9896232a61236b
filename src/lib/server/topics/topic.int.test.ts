import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { DEFAULT_TOPICS, ensureDefaultTopics, listTopics } from './topic.service.ts';

let ctx: TestContext;
let a: string;
let b: string;

beforeAll(async () => {
	ctx = await createTestContext();
	a = (await createAlliance(ctx, { slug: 'a-stadt', name: 'Bündnis A' })).id;
	b = (await createAlliance(ctx, { slug: 'b-stadt', name: 'Bündnis B' })).id;
});
afterAll(async () => {
	await ctx.close();
});

describe('ensureDefaultTopics', () => {
	it('creates the five focus topics once, in order, also when called concurrently', async () => {
		const [first] = await Promise.all([ensureDefaultTopics(ctx, a), ensureDefaultTopics(ctx, a)]);
		expect(first.map((t) => t.slug)).toEqual(DEFAULT_TOPICS.map((t) => t.slug));
		const again = await ensureDefaultTopics(ctx, a);
		expect(again.map((t) => t.id)).toEqual(first.map((t) => t.id));
		expect(await listTopics(ctx, a)).toHaveLength(5);
	});

	it('leaves an alliance with its own topics alone and never touches another alliance', async () => {
		await ctx.db
			.insertInto('topic')
			.values({
				id: crypto.randomUUID(),
				alliance_id: b,
				slug: 'eigenes-thema',
				name: 'Eigenes Thema',
				created_at: new Date().toISOString(),
				updated_at: new Date().toISOString()
			})
			.execute();
		const topics = await ensureDefaultTopics(ctx, b);
		expect(topics.map((t) => t.slug)).toEqual(['eigenes-thema']);
		expect(await listTopics(ctx, a)).toHaveLength(5);
	});
});
