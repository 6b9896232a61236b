import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { RuleError } from '../auth/rule-error.ts';
import { deleteMessage, listMessages, setMessageDone } from './contact-inbox.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

async function message(alliance: Alliance, subject: string): Promise<string> {
	const id = crypto.randomUUID();
	await ctx.db
		.insertInto('contact_message')
		.values({
			id,
			alliance_id: alliance.id,
			name: 'Familie Muster',
			email: 'familie@example.org',
			subject,
			message: 'Gibt es eine Ferienbetreuung?',
			created_at: new Date().toISOString()
		})
		.execute();
	return id;
}

describe('contact inbox', () => {
	it('coordinators read, mark as done and delete their alliance’s messages', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const first = await message(alliance, 'Erste Frage');
		await message(alliance, 'Zweite Frage');

		expect(
			(await listMessages(ctx, coordinator, alliance.id)).map((m) => m.subject).sort()
		).toEqual(['Erste Frage', 'Zweite Frage']);
		await setMessageDone(ctx, coordinator, alliance.id, first, true);
		const onlyNew = await listMessages(ctx, coordinator, alliance.id, { onlyNew: true });
		expect(onlyNew.map((m) => m.subject)).toEqual(['Zweite Frage']);
		await setMessageDone(ctx, coordinator, alliance.id, first, false);
		expect(await listMessages(ctx, coordinator, alliance.id, { onlyNew: true })).toHaveLength(2);

		await deleteMessage(ctx, coordinator, alliance.id, first);
		expect((await listMessages(ctx, coordinator, alliance.id)).map((m) => m.subject)).toEqual([
			'Zweite Frage'
		]);
		// The audit says that a message was deleted, not what it said.
		const audit = await ctx.db
			.selectFrom('audit_log')
			.select(['action', 'summary'])
			.where('entity', '=', 'contact_message')
			.execute();
		expect(audit).toEqual([{ action: 'delete', summary: '' }]);
	});

	it('editors and other alliances’ coordinators cannot see or touch them', async () => {
		const a = await makeAlliance(ctx);
		const b = await makeAlliance(ctx);
		const editorA = await makePerson(ctx, { alliance: a, role: 'editor' });
		const coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		const id = await message(a, 'Vertraulich');

		await expect(listMessages(ctx, editorA, a.id)).rejects.toBeInstanceOf(RuleError);
		await expect(listMessages(ctx, coordinatorB, a.id)).rejects.toMatchObject({ status: 403 });
		// With their own alliance's id the message does not exist for them.
		await expect(setMessageDone(ctx, coordinatorB, b.id, id, true)).rejects.toMatchObject({
			status: 404
		});
		await expect(deleteMessage(ctx, coordinatorB, b.id, id)).rejects.toMatchObject({ status: 404 });
		const row = await ctx.db
			.selectFrom('contact_message')
			.select('status')
			.where('id', '=', id)
			.executeTakeFirst();
		expect(row?.status).toBe('new');
	});
});
