import { describe, expect, it } from 'vitest';
import { berlin, eventInput } from '../../../../../tests/factories/events.ts';
import { eventHistory, getEvent } from '../core/event.service.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { updateEvent } from '../core/update-event.service.ts';
import { approveEvent } from './moderation.service.ts';
import { calendarSettings, saveCalendarSettings } from '../core/moderation.settings.ts';
import {
	cancelPartnerEvent,
	createPartnerEvent,
	deletePartnerEvent,
	partnerEvents,
	updatePartnerEvent
} from './submission.partner.ts';
import {
	ctx,
	alliance,
	site,
	coordinator,
	contact,
	otherContact,
	partnerId,
	otherPartnerId,
	now,
	who,
	expectRule,
	statusOf,
	useWorkflowFixture
} from '../../../../../tests/support/workflow-fixture.ts';

useWorkflowFixture();

describe('partner contacts', () => {
	it('cannot publish without approval where approval is required; the coordinators are told', async () => {
		expect((await calendarSettings(ctx, alliance.id)).partnerEventsNeedApproval).toBe(true);
		const input = eventInput({ title: 'Babymassage-Kurs', organiserPartnerId: partnerId });
		const { event, outcome } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			input,
			'submit',
			now
		);
		expect(outcome).toBe('submitted');
		expect(event.status).toBe('submitted');
		const notice = await ctx.smtp.waitFor('koordination@example.org', /Babymassage-Kurs/);
		expect(notice.text).toContain('Familienzentrum Am Hafen');
		expect(notice.text).toContain('Aylin Demir');

		// Not through the plain status change either.
		await expectRule(setEventStatus(ctx, who(contact), alliance.id, event.id, 'published'), 403);
		// Not through the moderation.
		await expectRule(approveEvent(ctx, site, who(contact), alliance.id, event.id, now), 403);
		expect(await statusOf(event.id)).toBe('submitted');

		// A draft stays a draft.
		const draft = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Entwurf', organiserPartnerId: partnerId }),
			'save',
			now
		);
		expect(draft.outcome).toBe('draft');

		const list = await partnerEvents(ctx, who(contact), alliance.id);
		expect(list.map((e) => [e.title, e.status])).toEqual(
			expect.arrayContaining([
				['Babymassage-Kurs', 'submitted'],
				['Entwurf', 'draft']
			])
		);
		expect(await partnerEvents(ctx, who(otherContact), alliance.id)).toEqual([]);
	});

	it('cannot touch another partner’s event or create events for another partner', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Nur für Hafen', organiserPartnerId: partnerId }),
			'save',
			now
		);
		const input = eventInput({ title: 'Übernommen', organiserPartnerId: partnerId });
		await expectRule(
			updatePartnerEvent(
				ctx,
				site,
				who(otherContact),
				alliance.id,
				event.id,
				input,
				'submit',
				null,
				now
			),
			403
		);
		await expectRule(updateEvent(ctx, who(otherContact), alliance.id, event.id, input), 403);
		await expectRule(deletePartnerEvent(ctx, who(otherContact), alliance.id, event.id), 403);
		await expectRule(cancelPartnerEvent(ctx, who(otherContact), alliance.id, event.id, 'weg'), 403);
		await expectRule(
			createPartnerEvent(
				ctx,
				site,
				who(otherContact),
				alliance.id,
				eventInput({ organiserPartnerId: partnerId }),
				'save',
				now
			),
			403
		);
		await expectRule(
			createPartnerEvent(
				ctx,
				site,
				who(contact),
				alliance.id,
				eventInput({ organiserPartnerId: null }),
				'save',
				now
			),
			403
		);
		// Moving one's own event to another partner is refused as well.
		await expectRule(
			updatePartnerEvent(
				ctx,
				site,
				who(contact),
				alliance.id,
				event.id,
				{ ...input, organiserPartnerId: otherPartnerId },
				'save',
				null,
				now
			),
			403
		);
		expect((await getEvent(ctx, alliance.id, event.id))?.title).toBe('Nur für Hafen');
	});

	it('publish directly where the coordinators allow it; changes to published events then stay public', async () => {
		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			partnerEventsNeedApproval: false
		});
		const { event, outcome } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Offener Spieletreff', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		expect(outcome).toBe('published');
		expect(event.status).toBe('published');
		const history = await eventHistory(ctx, alliance.id, event.id);
		const published = history.find((h) => h.action === 'status.published');
		expect(published).toMatchObject({ userName: 'Aylin Demir' });
		expect(published?.note).toContain('keine Freigabe nötig');
		const changed = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({ title: 'Offener Spieletreff für alle', organiserPartnerId: partnerId }),
			'save',
			event.sequence,
			now
		);
		expect(changed.outcome).toBe('published');
		expect(await statusOf(event.id)).toBe('published');
		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			partnerEventsNeedApproval: true
		});
	});

	it('send a published event back to the queue when they change it where approval is required', async () => {
		const { event } = await createPartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			eventInput({ title: 'Eltern-Kind-Turnen', organiserPartnerId: partnerId }),
			'submit',
			now
		);
		await approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now);
		ctx.smtp.clear();
		const unchanged = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({ title: 'Eltern-Kind-Turnen', organiserPartnerId: partnerId }),
			'save',
			null,
			now
		);
		expect(unchanged.outcome).toBe('unchanged');
		const changed = await updatePartnerEvent(
			ctx,
			site,
			who(contact),
			alliance.id,
			event.id,
			eventInput({
				title: 'Eltern-Kind-Turnen (neue Zeit)',
				organiserPartnerId: partnerId,
				start: berlin('2026-12-02', '16:00'),
				end: berlin('2026-12-02', '17:00')
			}),
			'save',
			null,
			now
		);
		expect(changed.outcome).toBe('submitted');
		expect(await statusOf(event.id)).toBe('submitted');
		await ctx.smtp.waitFor('koordination@example.org', /Geänderter Termin wartet/);
		// The partner can call off a published event, with a reason that stays visible.
		await approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now);
		await cancelPartnerEvent(
			ctx,
			who(contact),
			alliance.id,
			event.id,
			'Die Halle ist gesperrt.',
			now
		);
		const cancelled = await getEvent(ctx, alliance.id, event.id);
		expect(cancelled).toMatchObject({ status: 'cancelled', statusNote: 'Die Halle ist gesperrt.' });
	});
});
