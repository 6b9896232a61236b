import { describe, expect, it } from 'vitest';
import {
	addNote,
	answerConcern,
	assignConcern,
	concernDetail,
	listInbox,
	routeConcern
} from './concern-inbox.service.ts';
import { addFollowUp, concernStatus, submitConcern } from './concern-intake.service.ts';
import { answerRouted, listRouted, routedDetail } from './concern-routed.service.ts';
import {
	a,
	actor,
	b,
	contactA,
	contactB,
	contactOther,
	coordinator,
	ctx,
	formFor,
	partnerA,
	partnerB,
	req,
	status,
	useConcernFixture
} from './concern.fixture.ts';

useConcernFixture();

describe('coordinators and partners answer', () => {
	it('routes to a partner, who alone sees and answers it; the family reads it on its link and in the mail', async () => {
		const submitted = await submitConcern(
			ctx,
			a,
			await formFor(a, {
				anonymous: 'on',
				email: 'mama@example.org',
				message: 'Gibt es eine Krabbelgruppe in der Altstadt?'
			}),
			req()
		);
		if (!submitted.ok) throw new Error('not stored');
		const token = submitted.statusUrl.split('/').pop()!;
		const { concerns } = await listInbox(ctx, actor(coordinator), a.id, {});
		const item = concerns.find((c) => c.reference === submitted.reference)!;
		expect(item.status).toBe('received');

		await addNote(ctx, actor(coordinator), a.id, item.id, 'Intern: Kita Sonnenschein fragen');
		await assignConcern(ctx, actor(coordinator), a.id, item.id, coordinator.userId);
		expect(
			await status(assignConcern(ctx, actor(coordinator), a.id, item.id, contactA.userId))
		).toBe(400);
		// A partner of another alliance is not a routing target.
		expect(
			await status(routeConcern(ctx, actor(coordinator), a, item.id, `partner:${partnerB.id}`))
		).toBe(400);
		await routeConcern(ctx, actor(coordinator), a, item.id, `partner:${partnerA.id}`);
		const notice = await ctx.smtp.waitFor(contactA.email, /Ein Anliegen für Sie/);
		expect(notice.text).toContain(`/intern/anliegen/${item.id}`);
		expect(notice.text).not.toContain('mama@example.org');

		// The partner sees it, without notes and contact data; others see nothing.
		expect((await listRouted(ctx, actor(contactA), a.id)).map((c) => c.id)).toEqual([item.id]);
		const seen = await routedDetail(ctx, actor(contactA), a.id, item.id);
		expect(JSON.stringify(seen)).not.toContain('Intern:');
		expect(JSON.stringify(seen)).not.toContain('mama@example.org');
		expect(await listRouted(ctx, actor(contactOther), a.id)).toEqual([]);
		expect(await status(routedDetail(ctx, actor(contactOther), a.id, item.id))).toBe(404);
		expect(await status(answerRouted(ctx, actor(contactOther), a, item.id, 'Nicht meins'))).toBe(
			404
		);
		expect(await status(routedDetail(ctx, actor(contactB), a.id, item.id))).toBe(403);
		expect(await status(routedDetail(ctx, actor(contactB), b.id, item.id))).toBe(404);
		expect(await status(concernDetail(ctx, actor(contactA), a.id, item.id))).toBe(403);

		await answerRouted(
			ctx,
			actor(contactA),
			a,
			item.id,
			'Ja! Dienstags um 10 Uhr in der Kita Sonnenschein.'
		);
		const mail = await ctx.smtp.waitFor('mama@example.org', /Antwort auf Ihr Anliegen/);
		expect(mail.text).toContain('Dienstags um 10 Uhr');
		expect(mail.text).toContain(submitted.statusUrl);
		const view = await concernStatus(ctx, a, token);
		expect(view?.status).toBe('answered');
		expect(view?.entries.map((e) => [e.kind, e.from])).toEqual([['answer', 'Kita Sonnenschein']]);
		expect(JSON.stringify(view)).not.toContain('Intern:');

		// The family adds something: it waits again; then the coordinator answers and closes.
		const added = await addFollowUp(
			ctx,
			a,
			token,
			{ message: 'Danke! Brauche ich eine Anmeldung?', website: '' },
			req()
		);
		expect(added).toEqual({ ok: true });
		await ctx.smtp.waitFor(coordinator.email, /Neue Nachricht zum Anliegen/);
		const detail = await concernDetail(ctx, actor(coordinator), a.id, item.id);
		expect(detail.concern.status).toBe('in_progress');
		expect(detail.concern.waitingSince).not.toBeNull();
		await answerConcern(ctx, actor(coordinator), a, item.id, {
			body: 'Nein, einfach vorbeikommen.',
			close: 'on'
		});
		const closed = await concernStatus(ctx, a, token);
		expect(closed?.status).toBe('closed');
		expect(
			await addFollowUp(ctx, a, token, { message: 'Noch etwas', website: '' }, req())
		).toMatchObject({
			status: 409
		});
	});
});
