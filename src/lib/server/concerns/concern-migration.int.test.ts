import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance } from '../../../../tests/factories/accounts.ts';
import * as concernsMigration from '../db/migrations/2026-12-06T1500-concerns.ts';
import * as ideasMigration from '../db/migrations/2026-12-06T1510-ideas.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => ctx.close());

it("the old contact form's messages become concerns of the category 'Allgemeine Nachricht'", async () => {
	// Back to the schema before the contact point, with two old messages.
	const db = ctx.db as unknown as Kysely<unknown>;
	await ideasMigration.down(db);
	await concernsMigration.down(db);
	const alliance = await makeAlliance(ctx);
	const at = '2026-11-30T08:00:00.000Z';
	for (const [id, status] of [
		['m-new', 'new'],
		['m-done', 'done']
	] as const) {
		await ctx.db
			.insertInto('contact_message')
			.values({
				id,
				alliance_id: alliance.id,
				name: 'Familie Kaya',
				email: 'kaya@example.org',
				subject: 'Ferienbetreuung',
				message: 'Gibt es noch Plätze?',
				status,
				created_at: at
			})
			.execute();
	}
	await concernsMigration.up(db);
	await ideasMigration.up(db);

	const rows = await ctx.db
		.selectFrom('concern')
		.innerJoin('concern_category', 'concern_category.id', 'concern.category_id')
		.select([
			'concern.id',
			'concern.status',
			'concern.message',
			'concern.email',
			'concern.reference',
			'concern.waiting_since',
			'concern_category.name'
		])
		.where('concern.alliance_id', '=', alliance.id)
		.orderBy('concern.id')
		.execute();
	expect(rows.map((r) => [r.id, r.status, r.name, r.email, r.waiting_since])).toEqual([
		['m-done', 'closed', 'Allgemeine Nachricht', 'kaya@example.org', null],
		['m-new', 'received', 'Allgemeine Nachricht', 'kaya@example.org', at]
	]);
	expect(rows[0]?.message).toBe('Ferienbetreuung\n\nGibt es noch Plätze?');
	expect(rows[0]?.reference).toMatch(/^AN-[A-Z2-9]{6}$/);
	const left = await ctx.db.selectFrom('contact_message').select('id').execute();
	expect(left).toEqual([]);
});
