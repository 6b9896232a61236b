import { type CalendarFilter } from './calendar-filter.ts';
import { toCalendarEvent, toOverride } from '../core/event.mapper.ts';
import * as repo from '../core/event.repository.ts';
import * as relationRepo from '../core/event-relations.repository.ts';
import * as overrideRepo from '../core/event-override.repository.ts';
import {
	PUBLIC_STATUSES,
	type CalendarEvent,
	type EventOverride,
	type OccurrenceView
} from '../core/event.types.ts';
import { ensureHorizon } from '../core/occurrence-cache.ts';
import * as occ from '../core/occurrence.repository.ts';
import { findOccurrences, type OccurrenceRow } from './occurrence-list.repository.ts';
import type { OccurrenceQuery } from './occurrence-query.repository.ts';
import { dayBounds, parseWall } from '../core/time-zone.ts';
import { baseQuery, toView, type ReadCtx } from './calendar.service.ts';
import { occurrencePath } from '../core/occurrence-path.ts';

/* One event's public page: the event, its chosen date and the next dates of a series. */

export interface OccurrenceSummary {
	recurrenceId: string;
	start: string;
	end: string;
	allDay: boolean;
	cancelled: boolean;
	moved: boolean;
	path: string;
}

export interface EventDetail {
	event: CalendarEvent;
	/** The date shown: the one in the URL, else the next (or last) one */
	occurrence: OccurrenceView | null;
	/** The override of the date shown, if any */
	override: EventOverride | null;
	/** Coming dates of a series (at most 12) */
	upcomingDates: OccurrenceSummary[];
	topics: { slug: string; name: string }[];
	attachments: { id: string; title: string; originalName: string; size: number; mime: string }[];
	/** The URL named an occurrence that does not exist */
	dateNotFound: boolean;
}

const NO_FILTER: CalendarFilter = {
	topics: [],
	ages: [],
	free: false,
	districts: [],
	partners: [],
	from: null,
	to: null,
	q: ''
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An event by slug (or id) with the date named in the URL ('YYYY-MM-DD'); only public events
 * unless `includeUnpublished` (coordinators' preview). Undefined when there is no such event.
 */
export async function eventDetail(
	ctx: ReadCtx,
	allianceId: string,
	slugOrId: string,
	date: string | null,
	options: { includeUnpublished?: boolean; now?: Date } = {}
): Promise<EventDetail | undefined> {
	const now = options.now ?? new Date();
	const row =
		(await repo.findEventBySlug(ctx.db, allianceId, slugOrId)) ??
		(UUID.test(slugOrId) ? await repo.findEventById(ctx.db, allianceId, slugOrId) : undefined);
	if (!row) return undefined;
	if (!options.includeUnpublished && !PUBLIC_STATUSES.includes(row.status)) return undefined;
	await ensureHorizon(ctx.db, allianceId, now);
	const rel = await relationRepo.findRelations(ctx.db, [row.id]);
	const event = toCalendarEvent(row, rel);
	const statuses = options.includeUnpublished ? [row.status] : PUBLIC_STATUSES;
	const overrides = (await overrideRepo.findOverrides(ctx.db, allianceId, row.id)).map(toOverride);

	const one = (extra: Partial<OccurrenceQuery>) =>
		findOccurrences(ctx.db, allianceId, {
			...baseQuery(NO_FILTER, statuses),
			eventId: row.id,
			order: 'asc',
			limit: 1,
			offset: 0,
			...extra
		}).then((list) => list[0]);
	let chosen: OccurrenceRow | undefined;
	let dateNotFound = false;
	if (date && parseWall(date) !== null) {
		const [match] = await occ.findOccurrenceOfEventIn(ctx.db, allianceId, row.id, dayBounds(date));
		if (match) chosen = await one({ recurrenceId: match.recurrence_id });
		dateNotFound = !chosen;
	} else if (date) {
		dateNotFound = true;
	}
	chosen ??=
		(await one({ from: now.toISOString() })) ??
		(await one({ endedBy: now.toISOString(), order: 'desc' }));

	const upcomingRows = row.rrule
		? await occ.findOccurrencesOfEvent(ctx.db, allianceId, row.id, { from: now.toISOString() }, 12)
		: [];
	const topics = (await relationRepo.findTopicNames(ctx.db, [row.id])).get(row.id) ?? [];
	const attachments = await relationRepo.findFilesMeta(ctx.db, allianceId, event.attachmentIds);
	const occurrence = chosen ? toView(chosen, rel.targetGroups) : null;
	return {
		event,
		occurrence,
		override: occurrence
			? (overrides.find((o) => o.recurrenceId === occurrence.recurrenceId) ?? null)
			: null,
		upcomingDates: upcomingRows.map((o) => ({
			recurrenceId: o.recurrence_id,
			start: o.start_utc,
			end: o.end_utc,
			allDay: o.all_day === 1,
			cancelled: o.cancelled === 1,
			moved: o.overridden === 1 && o.start_utc !== o.recurrence_id,
			path: occurrencePath(row.slug, true, o.recurrence_id)
		})),
		topics,
		attachments: event.attachmentIds
			.map((id) => attachments.find((a) => a.id === id))
			.filter((a) => a !== undefined)
			.map((a) => ({
				id: a.id,
				title: a.title,
				originalName: a.original_name,
				size: a.size,
				mime: a.mime
			})),
		dateNotFound
	};
}
