import type { Actor } from '../access/access.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import type { ServiceContext } from '../context.ts';
import { getEvent } from '../events/core/event.service.ts';
import { minutesOf } from './plenum-minutes.service.ts';
import { deliveryCounts } from './plenum-batch.service.ts';
import { invitationRecipients, reminderAt } from './plenum-send.service.ts';
import * as repo from './plenum.repository.ts';
import { agendaOf, eventOf, extraAddressesOf, loadPlenum, placeOf } from './plenum.service.ts';

/* Everything the coordinators' plenum page shows, in one answer. */

export async function plenumDetail(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	alliance: Alliance,
	id: string
) {
	const row = await loadPlenum(ctx, actor, alliance.id, id);
	const event = await eventOf(ctx, row);
	const draft = row.invitation_status === 'draft';
	const recipients = draft ? await invitationRecipients(ctx, row) : [];
	const count = (source: string) => recipients.filter((r) => r.source === source).length;
	const predecessor = row.predecessor_id
		? await repo.findPlenum(ctx.db, alliance.id, row.predecessor_id)
		: undefined;
	const predecessorEvent = predecessor
		? await getEvent(ctx, alliance.id, predecessor.event_id)
		: undefined;
	const successor = await repo.findSuccessor(ctx.db, alliance.id, id);
	const successorEvent = successor
		? await getEvent(ctx, alliance.id, successor.event_id)
		: undefined;
	const remindAt = reminderAt(event.start, row.reminder_days);
	return {
		id: row.id,
		event: {
			id: event.id,
			slug: event.slug,
			title: event.title,
			start: event.start,
			end: event.end,
			allDay: event.allDay,
			status: event.status,
			place: placeOf(event),
			registration: event.registration.enabled
		},
		settings: {
			agenda: agendaOf(row),
			invitationText: row.invitation_text,
			includePartners: row.include_partners === 1,
			includeSubscribers: row.include_subscribers === 1,
			extraAddresses: extraAddressesOf(row),
			reminderDays: row.reminder_days
		},
		invitation: {
			status: row.invitation_status,
			invitedAt: row.invited_at,
			invitedCount: row.invited_count,
			recipients: {
				partners: count('partner'),
				subscribers: count('subscriber'),
				extra: count('extra'),
				total: recipients.length
			}
		},
		reminder: {
			status: row.reminder_status,
			at: new Date(remindAt).toISOString(),
			remindedAt: row.reminded_at,
			/** The invitation went out after the reminder moment: no reminder */
			skipped:
				row.reminder_status === 'pending' &&
				row.invited_at !== null &&
				Date.parse(row.invited_at) >= remindAt
		},
		deliveries: await deliveryCounts(ctx, row),
		minutes: await minutesOf(ctx, row),
		predecessor:
			predecessor && predecessorEvent
				? { id: predecessor.id, title: predecessorEvent.title }
				: null,
		successor:
			successor && successorEvent ? { id: successor.id, title: successorEvent.title } : null
	};
}
