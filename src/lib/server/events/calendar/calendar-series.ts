import type { ServiceContext } from '../../context.ts';
import { filterQuery, type CalendarFilter } from './calendar-filter.ts';
import { VersionedMemo } from '../../cache/versioned-memo.ts';
import { listWindow, upcoming, versionAndMinute } from './calendar.service.ts';
import type { Paged } from './list-paging.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import { type OccurrenceSummary } from './event-detail.service.ts';
import { PUBLIC_STATUSES, type OccurrenceView } from '../core/event.types.ts';
import * as occ from './occurrence-list.repository.ts';
import { describeRrule, type RuleDescription } from '../core/repeat-form.ts';
import { localDate, localTime } from '../core/time-zone.ts';

/*
 * The upcoming list as families read it: a weekly Elterncafé is one entry ("jeden Mittwoch,
 * 9:30–11:00") at its next date, with the dates after it — not twenty identical rows. Single
 * events are listed as before; the day and month views and each date's page keep every date.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;

/** How many further dates a series shows in the list. */
export const SERIES_NEXT_DATES = 3;

export interface SeriesInfo {
	repeat: RuleDescription;
	/** Local times of a regular date ('HH:MM'), '' for all-day series */
	startTime: string;
	endTime: string;
	/** The dates after the one listed (moved and cancelled ones say so) */
	nextDates: OccurrenceSummary[];
	/** More dates follow after nextDates */
	more: boolean;
	/** The series' page (all its dates) */
	path: string;
}

export type ListedOccurrence = OccurrenceView & { series: SeriesInfo | null };

export interface ListedDay {
	date: string;
	items: ListedOccurrence[];
}

/**
 * The list's pages by alliance, filter and page, for a content version and minute: everyone
 * the page cache does not answer (signed-in people, visitors with a session) reads the same
 * rows until the content changes or the minute ends (running events drop out, as with the
 * count in `upcoming`). Bounded by the estimated bytes; a new filter address costs a full read.
 */
const listPages = new VersionedMemo<Paged<ListedDay[]>>(2 * 1024 * 1024);

/** Upcoming events with each series once (the /termine list); same filters and paging as `upcoming`. */
export async function upcomingSeries(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	options: {
		page?: number;
		pageSize?: number;
		now?: Date;
		/** The alliance's content version: the page is then kept for the minute (listPages) */
		contentVersion?: number;
	} = {}
): Promise<Paged<ListedDay[]>> {
	const now = options.now ?? new Date();
	if (options.contentVersion === undefined) return readSeriesPage(ctx, allianceId, filter, options);
	return listPages.get(
		`${allianceId}|${filterQuery(filter)}|${options.page ?? 1}|${options.pageSize ?? ''}`,
		versionAndMinute(options.contentVersion, now),
		() => readSeriesPage(ctx, allianceId, filter, { ...options, now })
	);
}

async function readSeriesPage(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	options: { page?: number; pageSize?: number; now?: Date; contentVersion?: number }
): Promise<Paged<ListedDay[]>> {
	const now = options.now ?? new Date();
	const result = await upcoming(ctx, allianceId, filter, { ...options, now, seriesOnce: true });
	const window = listWindow(filter, now);
	// The series of the page, each once at its listed date; their next dates in one query.
	const listed = new Map<string, OccurrenceView>();
	for (const day of result.items) {
		for (const o of day.items) if (o.recurring && !listed.has(o.eventId)) listed.set(o.eventId, o);
	}
	const dates = new Map<string, occ.SeriesDateRow[]>();
	for (const row of await occ.findSeriesDates(
		ctx.db,
		allianceId,
		PUBLIC_STATUSES,
		[...listed.values()].map((o) => ({ eventId: o.eventId, startFrom: o.start })),
		window.to,
		SERIES_NEXT_DATES + 2
	)) {
		const list = dates.get(row.event_id);
		if (list) list.push(row);
		else dates.set(row.event_id, [row]);
	}
	const series = new Map<string, SeriesInfo | null>();
	for (const [eventId, o] of listed) series.set(eventId, seriesInfo(o, dates.get(eventId) ?? []));
	return {
		...result,
		items: result.items.map((day) => ({
			date: day.date,
			items: day.items.map((o) => ({ ...o, series: series.get(o.eventId) ?? null }))
		}))
	};
}

function seriesInfo(listed: OccurrenceView, rows: occ.SeriesDateRow[]): SeriesInfo | null {
	const rrule = rows[0]?.rrule ?? null;
	const repeat = describeRrule(rrule, localDate(listed.recurrenceId));
	if (!repeat) return null;
	const after = rows.filter((r) => r.recurrence_id !== listed.recurrenceId);
	// The regular time: a date that was not moved (the listed one may have been).
	const regular =
		[
			listed,
			...after.map((r) => ({
				start: r.start_utc,
				end: r.end_utc,
				moved: r.overridden === 1 && r.start_utc !== r.recurrence_id
			}))
		].find((r) => !r.moved) ?? listed;
	return {
		repeat,
		startTime: listed.allDay ? '' : localTime(regular.start),
		endTime: listed.allDay ? '' : localTime(regular.end),
		nextDates: after.slice(0, SERIES_NEXT_DATES).map((r) => ({
			recurrenceId: r.recurrence_id,
			start: r.start_utc,
			end: r.end_utc,
			allDay: r.all_day === 1,
			cancelled: r.cancelled === 1 || r.status === 'cancelled',
			moved: r.overridden === 1 && r.start_utc !== r.recurrence_id,
			path: occurrencePath(r.slug, true, r.recurrence_id)
		})),
		more: after.length > SERIES_NEXT_DATES,
		path: `/termine/${listed.slug}`
	};
}
