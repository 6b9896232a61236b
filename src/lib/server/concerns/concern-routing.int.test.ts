import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../tests/factories/accounts.ts';
import { listInbox, routeConcern } from './concern-inbox.service.ts';
import { submitConcern } from './concern-intake.service.ts';
import { answerRouted, listRouted, routedDetail } from './concern-routed.service.ts';
import {
	a,
	actor,
	b,
	contactA,
	coordinator,
	ctx,
	formFor,
	req,
	status,
	useConcernFixture
} from './concern.fixture.ts';

useConcernFixture();

describe('working groups and languages', () => {
	it('routes to a working group: its members see and answer it; an English family gets English mails', async () => {
		const member = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Wilma Gruppe' });
		const now = new Date().toISOString();
		const groupId = crypto.randomUUID();
		await ctx.db
			.insertInto('working_group')
			.values({
				id: groupId,
				alliance_id: a.id,
				slug: 'pflege',
				name: 'AG Pflege',
				created_at: now,
				updated_at: now
			})
			.execute();
		await ctx.db
			.insertInto('working_group_member')
			.values({
				id: crypto.randomUUID(),
				alliance_id: a.id,
				working_group_id: groupId,
				user_id: member.userId,
				name: 'Wilma Gruppe',
				created_at: now
			})
			.execute();
		const submitted = await submitConcern(
			ctx,
			a,
			await formFor(a, {
				email: 'family@example.org',
				message: 'Where can I get advice on caring for my father?'
			}),
			{ ...req(), locale: 'en' }
		);
		if (!submitted.ok) throw new Error('not stored');
		const first = await ctx.smtp.waitFor('family@example.org', /has arrived/);
		expect(first.text).toContain('Your reference number');
		const { concerns } = await listInbox(ctx, actor(coordinator), a.id, {});
		const id = concerns.find((c) => c.reference === submitted.reference)!.id;
		// Another alliance's working group is no target.
		const groupB = crypto.randomUUID();
		await ctx.db
			.insertInto('working_group')
			.values({
				id: groupB,
				alliance_id: b.id,
				slug: 'fremd',
				name: 'Fremde AG',
				created_at: now,
				updated_at: now
			})
			.execute();
		expect(await status(routeConcern(ctx, actor(coordinator), a, id, `group:${groupB}`))).toBe(400);
		await routeConcern(ctx, actor(coordinator), a, id, `group:${groupId}`);
		await ctx.smtp.waitFor(member.email, /Ein Anliegen für Sie/);
		expect((await listRouted(ctx, actor(member), a.id)).map((c) => c.id)).toContain(id);
		expect(await status(routedDetail(ctx, actor(contactA), a.id, id))).toBe(404);
		await answerRouted(
			ctx,
			actor(member),
			a,
			id,
			'The care counselling office has evening hours on Thursdays.'
		);
		const answer = await ctx.smtp.waitFor('family@example.org', /An answer to your concern/);
		expect(answer.text).toContain('from AG Pflege');
		// Taking the routing back takes the access back.
		await routeConcern(ctx, actor(coordinator), a, id, '');
		expect(await status(routedDetail(ctx, actor(member), a.id, id))).toBe(404);
	});
});
