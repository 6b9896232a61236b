import { contentChanged } from '../../alliances/content-changed.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import { AppError } from '../../app-error.ts';
import { assertMayEditEvent, assertMaySetStatus } from './event-access.ts';
import * as repo from './event.repository.ts';
import { actorUserId, type EventActor } from './event.types.ts';
import type { WriteCtx } from './event.service.ts';

/* Deleting an event. */

/** Deletes an event with its occurrences, overrides and history (the audit log keeps a line). */
export async function deleteEvent(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string
): Promise<void> {
	const nowIso = new Date().toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await repo.findEventById(trx, allianceId, eventId);
		if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
		const role = await assertMayEditEvent(trx, actor, allianceId, [current.organiser_partner_id]);
		if (role === 'partner') assertMaySetStatus(role, current.status);
		await repo.deleteEventRow(trx, allianceId, eventId);
		await recordAudit(
			{ db: trx },
			{
				allianceId,
				userId: actorUserId(actor),
				action: 'delete',
				entity: 'event',
				entityId: eventId,
				summary: current.title
			}
		);
		await repo.bumpCalendarState(trx, allianceId, nowIso);
	});
	await contentChanged(ctx, allianceId);
}
