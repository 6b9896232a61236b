import { contentChanged } from '../../alliances/content-changed.ts';
import { AppError } from '../../app-error.ts';
import { assertMayEditEvent, assertMaySetStatus } from './event-access.ts';
import * as repo from './event.repository.ts';
import {
	actorUserId,
	type CalendarEvent,
	type EventActor,
	type EventStatus
} from './event.types.ts';
import { rebuildOccurrences } from './occurrence-cache.ts';
import type { WriteCtx } from './event.service.ts';
import { recordEventChange } from './event-write.ts';
import { getEvent } from './event.service.ts';

/* Publishing, cancelling and other status changes of an event. */

/**
 * Publishes, cancels, rejects, submits or withdraws an event. A cancelled event stays visible,
 * marked; `note` is the public reason (cancelled) or the reason for the organiser (rejected).
 */
export async function setEventStatus(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	status: EventStatus,
	options: { note?: string; now?: Date } = {}
): Promise<CalendarEvent> {
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await repo.findEventById(trx, allianceId, eventId);
		if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
		const role = await assertMayEditEvent(trx, actor, allianceId, [current.organiser_partner_id]);
		assertMaySetStatus(role, status);
		if (role === 'partner') assertMaySetStatus(role, current.status);
		const note = options.note ?? '';
		if (current.status === status && current.status_note === note) return;
		await repo.updateEventRow(trx, allianceId, eventId, {
			status,
			status_note: note,
			sequence: current.sequence + 1,
			published_at:
				status === 'published' ? (current.published_at ?? nowIso) : current.published_at,
			updated_at: nowIso,
			updated_by: actorUserId(actor)
		});
		await rebuildOccurrences(trx, { ...current, status }, now);
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: current.title },
			{ action: `status.${status}`, changes: { status: [current.status, status] }, note },
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
	const updated = await getEvent(ctx, allianceId, eventId);
	if (!updated) throw new AppError('NOT_FOUND', 'error.notFound');
	return updated;
}
