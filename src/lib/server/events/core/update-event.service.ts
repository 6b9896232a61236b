import { contentChanged } from '../../alliances/content-changed.ts';
import { AppError } from '../../app-error.ts';
import { assertMayEditEvent } from './event-access.ts';
import { diffEvent } from './event-diff.ts';
import { toCalendarEvent } from './event.mapper.ts';
import * as repo from './event.repository.ts';
import * as relationRepo from './event-relations.repository.ts';
import * as overrideRepo from './event-override.repository.ts';
import {
	actorUserId,
	type CalendarEvent,
	type EventActor,
	type EventInput
} from './event.types.ts';
import { rebuildOccurrences } from './occurrence-cache.ts';
import { isOccurrenceOf } from './recurrence.ts';
import type { WriteCtx } from './event.service.ts';
import { assertReferences, columnsOf, recordEventChange } from './event-write.ts';
import { getEvent, validateEventInput } from './event.service.ts';

/* Changing an event. See event.service.ts for the transaction rule. */

export interface UpdateOptions {
	/** The sequence the editor saw; a different current one means someone else saved meanwhile. */
	expectedSequence?: number | null;
	now?: Date;
	note?: string;
}

/**
 * Changes an event. Overrides of occurrences that the new rule no longer produces are removed
 * (and named in the history). SEQUENCE rises.
 */
export async function updateEvent(
	ctx: WriteCtx,
	actor: EventActor,
	allianceId: string,
	eventId: string,
	raw: EventInput,
	options: UpdateOptions = {}
): Promise<CalendarEvent> {
	const input = validateEventInput(raw);
	const now = options.now ?? new Date();
	const nowIso = now.toISOString();
	await ctx.db.transaction().execute(async (trx) => {
		const current = await repo.findEventById(trx, allianceId, eventId);
		if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
		await assertMayEditEvent(trx, actor, allianceId, [
			current.organiser_partner_id,
			input.organiserPartnerId
		]);
		if (options.expectedSequence != null && options.expectedSequence !== current.sequence) {
			throw new AppError('CONFLICT', 'events.error.conflict');
		}
		const before = toCalendarEvent(current, await relationRepo.findRelations(trx, [eventId]));
		const partnerName = await assertReferences(trx, allianceId, input);
		const changes = diffEvent(before, input);
		if (Object.keys(changes).length === 0) return;

		const series = {
			start: input.start,
			end: input.end,
			allDay: input.allDay,
			rrule: input.rrule,
			exdates: input.exdates
		};
		const overrides = await overrideRepo.findOverrides(trx, allianceId, eventId);
		const orphaned = overrides.filter(
			(o) => !input.rrule || !isOccurrenceOf(series, o.recurrence_id)
		);
		await overrideRepo.deleteOverridesById(
			trx,
			orphaned.map((o) => o.id)
		);
		if (orphaned.length) changes.overridesRemoved = [orphaned.length, 0];

		await repo.updateEventRow(trx, allianceId, eventId, {
			...columnsOf(input, partnerName),
			sequence: current.sequence + 1,
			updated_at: nowIso,
			updated_by: actorUserId(actor)
		});
		await relationRepo.replaceRelations(trx, eventId, input);
		const saved = await repo.findEventById(trx, allianceId, eventId);
		if (!saved) throw new Error('event vanished');
		await rebuildOccurrences(trx, saved, now);
		await recordEventChange(
			trx,
			actor,
			allianceId,
			{ id: eventId, title: input.title },
			{ action: 'update', changes, note: options.note },
			nowIso
		);
	});
	await contentChanged(ctx, allianceId);
	const updated = await getEvent(ctx, allianceId, eventId);
	if (!updated) throw new AppError('NOT_FOUND', 'error.notFound');
	return updated;
}
