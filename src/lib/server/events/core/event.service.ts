import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../app-error.ts';
import { type Changes } from './event-diff.ts';
import { toCalendarEvent, toOverride } from './event.mapper.ts';
import * as repo from './event.repository.ts';
import * as relationRepo from './event-relations.repository.ts';
import * as overrideRepo from './event-override.repository.ts';
import { eventInputSchema, firstProblem } from './event.schema.ts';
import { type CalendarEvent, type EventInput, type EventOverride } from './event.types.ts';

/*
 * Creating, changing, publishing and deleting events. Every change runs in one transaction:
 * the event, its relations, its materialised occurrences, its history entry, the audit log and
 * the calendar version — all or nothing. Afterwards the alliance's content version rises.
 * One use case per file: create-event, update-event, event-status, delete-event.service.ts (shared
 * pieces: event-write.ts); one occurrence (cancel, move, change): occurrence.service.ts.
 */

export type ReadCtx = Pick<ServiceContext, 'db'>;
export type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'publicUrl'>;

export async function getEvent(
	ctx: ReadCtx,
	allianceId: string,
	id: string
): Promise<CalendarEvent | undefined> {
	const row = await repo.findEventById(ctx.db, allianceId, id);
	if (!row) return undefined;
	return toCalendarEvent(row, await relationRepo.findRelations(ctx.db, [row.id]));
}

export async function getEventOverrides(
	ctx: ReadCtx,
	allianceId: string,
	eventId: string
): Promise<EventOverride[]> {
	return (await overrideRepo.findOverrides(ctx.db, allianceId, eventId)).map(toOverride);
}

/** Finds an event imported from a subscription by its UID there (import jobs). */
export async function findImportedEvent(
	ctx: ReadCtx,
	allianceId: string,
	sourceFeedId: string,
	externalUid: string
): Promise<CalendarEvent | undefined> {
	const row = await repo.findEventByExternalUid(ctx.db, allianceId, sourceFeedId, externalUid);
	return row && toCalendarEvent(row, await relationRepo.findRelations(ctx.db, [row.id]));
}

/** Checks and cleans an input; throws AppError (400) naming the form field. */
export function validateEventInput(input: EventInput): EventInput {
	const parsed = eventInputSchema.safeParse(input);
	if (!parsed.success) {
		const { key, field } = firstProblem(parsed.error);
		throw new AppError('INVALID', key, field);
	}
	return parsed.data;
}

export interface HistoryItem {
	at: string;
	userName: string | null;
	action: string;
	recurrenceId: string | null;
	changes: Changes;
	note: string;
}

/** Who changed what, newest first. */
export async function eventHistory(
	ctx: ReadCtx,
	allianceId: string,
	eventId: string
): Promise<HistoryItem[]> {
	const rows = await repo.findHistory(ctx.db, allianceId, eventId);
	return rows.map((r) => {
		let changes: Changes;
		try {
			changes = JSON.parse(r.changes) as Changes;
		} catch {
			changes = {};
		}
		return {
			at: r.created_at,
			userName: r.user_name,
			action: r.action,
			recurrenceId: r.recurrence_id,
			changes,
			note: r.note
		};
	});
}
