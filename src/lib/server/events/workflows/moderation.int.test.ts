import { describe, expect, it } from 'vitest';
import { eventInput } from '../../../../../tests/factories/events.ts';
import { eventHistory, getEvent } from '../core/event.service.ts';
import { editAndApprove, moderationQueue, rejectEvent } from './moderation.service.ts';
import { calendarSettings, saveCalendarSettings } from '../core/moderation.settings.ts';
import { createPartnerEvent, updatePartnerEvent } from './submission.partner.ts';
import {
	ctx,
	alliance,
	site,
	coordinator,
	contact,
	partnerId,
	now,
	who,
	expectRule,
	useWorkflowFixture
} from '../../../../../tests/support/workflow-fixture.ts';

useWorkflowFixture();

describe('moderation', () => {
	it('rejects with a reason that is mailed to the partner contact', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Verkaufsmesse', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		await expectRule(
			rejectEvent(ctx, site, who(coordinator), alliance.id, event.id, ' ', now),
			400,
			'moderation.error.reason'
		);
		ctx.smtp.clear();
		await rejectEvent(
			ctx,
			site,
			who(coordinator),
			alliance.id,
			event.id,
			'Reine Verkaufsveranstaltungen nehmen wir nicht in den Familienkalender auf.',
			now
		);
		expect(await getEvent(ctx, alliance.id, event.id)).toMatchObject({
			status: 'rejected',
			statusNote: 'Reine Verkaufsveranstaltungen nehmen wir nicht in den Familienkalender auf.'
		});
		const mail = await ctx.smtp.waitFor(contact.email, /nicht veröffentlicht/);
		expect(mail.text).toContain('Reine Verkaufsveranstaltungen');
		// The partner may revise and submit again.
		const again = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({ title: 'Familienflohmarkt', organiserPartnerId: partnerId }),
			'submit',
			null,
			now
		);
		expect(again.outcome).toBe('submitted');
	});

	it('edits then approves in one step, both in the history', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Vorlesestunde mit Tippfeler', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		const fresh = (await getEvent(ctx, alliance.id, event.id))!;
		await editAndApprove(
			ctx,
			site,
			who(coordinator),
			alliance.id,
			event.id,
			eventInput({ title: 'Vorlesestunde', organiserPartnerId: partnerId }),
			fresh.sequence,
			now
		);
		expect(await getEvent(ctx, alliance.id, event.id)).toMatchObject({
			status: 'published',
			title: 'Vorlesestunde'
		});
		const history = await eventHistory(ctx, alliance.id, event.id);
		expect(history.find((h) => h.action === 'status.published')?.userName).toBe('Petra Sommer');
		const update = history.find((h) => h.action === 'update');
		expect(update?.userName).toBe('Petra Sommer');
		expect(update?.changes.title).toEqual(['Vorlesestunde mit Tippfeler', 'Vorlesestunde']);
	});

	it('is closed to partner contacts', async () => {
		await expectRule(moderationQueue(ctx, who(contact), alliance.id), 403);
		await expectRule(
			saveCalendarSettings(
				ctx,
				who(contact),
				alliance.id,
				await calendarSettings(ctx, alliance.id)
			),
			403
		);
	});
});
