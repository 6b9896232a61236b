import type { ServiceContext } from '../../context.ts';
import { filterQuery, searchTerms, widenAges, type CalendarFilter } from './calendar-filter.ts';
import { VersionedMemo } from '../../cache/versioned-memo.ts';
import { toTargetGroups } from '../core/event.mapper.ts';
import * as relationRepo from '../core/event-relations.repository.ts';
import {
	PUBLIC_STATUSES,
	type CostKind,
	type EventStatus,
	type OccurrenceView
} from '../core/event.types.ts';
import { ensureHorizon, visibleHorizon } from '../core/occurrence-cache.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import * as occ from './occurrence-list.repository.ts';
import { COUNT_LIMIT, pageWithin, paging, type Paged } from './list-paging.ts';
import { queryFacts } from './occurrence-query.repository.ts';
import { dayBounds, localDate } from '../core/time-zone.ts';

/*
 * What the public sees: upcoming list by day, month grid, one day, archive, event detail, the
 * home page's highlights, and the filter choices. All from the materialised occurrences.
 */

export type ReadCtx = Pick<ServiceContext, 'db'>;

export const PAGE_SIZE = 25;

export function toView(row: occ.OccurrenceRow, groups?: Map<string, string[]>): OccurrenceView {
	const recurring = row.rrule !== null;
	return {
		eventId: row.event_id,
		slug: row.slug,
		recurrenceId: row.recurrence_id,
		start: row.start_utc,
		end: row.end_utc,
		allDay: row.all_day === 1,
		recurring,
		cancelled: row.cancelled === 1 || row.status === 'cancelled',
		moved: row.overridden === 1 && row.start_utc !== row.recurrence_id,
		title: row.ov_title ?? row.title,
		summary: row.ov_summary ?? row.summary,
		placeName: row.ov_place_name ?? row.place_name,
		district: row.district,
		online: row.online_url !== '',
		organiserName: row.partner_name ?? row.organiser_name,
		cost: { kind: row.cost_kind as CostKind, cents: row.cost_cents, note: row.cost_note },
		targetGroups: toTargetGroups(groups?.get(row.event_id)),
		highlight: row.highlight === 1,
		imageId: row.image_id,
		imageAlt: row.image_alt,
		note: row.ov_note || (row.status === 'cancelled' ? row.status_note : ''),
		path: occurrencePath(row.slug, recurring, row.recurrence_id)
	};
}

export async function targetGroupsOf(ctx: ReadCtx, rows: occ.OccurrenceRow[]) {
	return (
		await relationRepo.findRelations(
			ctx.db,
			rows.map((r) => r.event_id)
		)
	).targetGroups;
}

export function baseQuery(
	filter: CalendarFilter,
	statuses: readonly EventStatus[] = PUBLIC_STATUSES
) {
	return {
		statuses,
		topicSlugs: filter.topics,
		targetGroups: widenAges(filter.ages),
		free: filter.free,
		districts: filter.districts,
		partnerSlugs: filter.partners,
		terms: searchTerms(filter.q)
	};
}

export interface DayGroup {
	/** Local date 'YYYY-MM-DD' */
	date: string;
	items: OccurrenceView[];
}

export function groupByDay(views: OccurrenceView[], now?: string): DayGroup[] {
	const days: DayGroup[] = [];
	for (const v of views) {
		// An event that began before today and still runs is listed under today.
		const date = now && v.start < now ? localDate(now) : localDate(v.start);
		const last = days[days.length - 1];
		if (last && last.date === date) last.items.push(v);
		else days.push({ date, items: [v] });
	}
	return days;
}

/** The window of the list: from now (or the filter's first day) to its last day or the horizon. */
export function listWindow(filter: CalendarFilter, now: Date): { from: string; to: string } {
	const nowIso = now.toISOString();
	const fromDay = filter.from ? dayBounds(filter.from).from : nowIso;
	return {
		from: fromDay > nowIso ? fromDay : nowIso,
		to: filter.to ? dayBounds(filter.to).to : visibleHorizon(now)
	};
}

/**
 * The upcoming list's count by alliance, filter and content version, for the current minute:
 * walking up to 500 matches cost a tenth of a `/termine` render (1.6 ms), the same for every
 * visitor until the content changes — or a date ends, which the minute catches up with.
 */
const listCounts = new VersionedMemo<number>(512 * 1024, (_count) => 200);

/**
 * The version under which the calendar's kept reads (count, list pages, month grids) hold: the
 * alliance's content version and the current minute (dates that end drop out of "now").
 */
export function versionAndMinute(contentVersion: number, now: Date): string {
	return `${contentVersion}|${Math.floor(now.getTime() / 60_000)}`;
}

/** Most occurrences that can be running at one moment (multi-day events) we list. */
export const MAX_RUNNING = 200;

/**
 * Upcoming occurrences (running ones included), grouped by local day, paged. Read in two
 * parts — those already running (few) and those starting from now on (an ordered index range,
 * so a page costs a handful of rows however large the calendar is) — whose concatenation is the
 * order by start.
 */
export async function upcoming(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	options: {
		page?: number;
		pageSize?: number;
		now?: Date;
		/** Each series once, at its next date (the list page; see calendar-series.ts) */
		seriesOnce?: boolean;
		/** The alliance's content version: the count is then kept for a minute (listCounts) */
		contentVersion?: number;
	} = {}
): Promise<Paged<DayGroup[]>> {
	const now = options.now ?? new Date();
	await ensureHorizon(ctx.db, allianceId, now);
	const pageSize = options.pageSize ?? PAGE_SIZE;
	const window = listWindow(filter, now);
	const conditions = baseQuery(filter);
	const base = {
		...conditions,
		// The conditions on the event and the longest date, read once for the three queries.
		facts: await queryFacts(ctx.db, allianceId, conditions),
		order: 'asc' as const,
		...(options.seriesOnce
			? { firstOfSeries: { endAfter: window.from, startBefore: window.to } }
			: {})
	};
	const running = await occ.findOccurrences(ctx.db, allianceId, {
		...base,
		from: window.from,
		to: window.from,
		limit: MAX_RUNNING,
		offset: 0
	});
	const future = { ...base, startFrom: window.from, to: window.to };
	// Each series once: every event with a date in the window is listed once, at its first one
	// (running or ahead) — a distinct count instead of testing every date for being the first.
	const count = () =>
		options.seriesOnce
			? occ.countEvents(
					ctx.db,
					allianceId,
					{ ...base, from: window.from, to: window.to, limit: 0, offset: 0 },
					COUNT_LIMIT + 1
				)
			: occ.countOccurrences(
					ctx.db,
					allianceId,
					{ ...future, limit: 0, offset: 0 },
					COUNT_LIMIT + 1
				);
	const listCount =
		options.contentVersion === undefined
			? await count()
			: await listCounts.get(
					`${allianceId}|${options.seriesOnce ? 'series' : 'dates'}|${filterQuery(filter)}`,
					versionAndMinute(options.contentVersion, now),
					count
				);
	const counted = options.seriesOnce
		? Math.max(running.length, listCount)
		: running.length + listCount;
	const page = pageWithin(counted, options.page, pageSize);
	const offset = (page - 1) * pageSize;
	// One row more than the page: whether another page follows.
	const fromRunning = running.slice(offset, offset + pageSize + 1);
	const read =
		fromRunning.length > pageSize
			? fromRunning
			: [
					...fromRunning,
					...(await occ.findOccurrences(ctx.db, allianceId, {
						...future,
						limit: pageSize + 1 - fromRunning.length,
						offset: Math.max(0, offset - running.length)
					}))
				];
	const rows = read.slice(0, pageSize);
	const groups = await targetGroupsOf(ctx, rows);
	return {
		items: groupByDay(
			rows.map((r) => toView(r, groups)),
			window.from
		),
		page,
		...paging(counted, page, pageSize, read.length)
	};
}

/** Past occurrences, newest first, paged. */
export async function archive(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	options: { page?: number; pageSize?: number; now?: Date } = {}
): Promise<Paged<DayGroup[]>> {
	const now = options.now ?? new Date();
	const pageSize = options.pageSize ?? PAGE_SIZE;
	const conditions = baseQuery(filter);
	const query = {
		...conditions,
		facts: await queryFacts(ctx.db, allianceId, conditions),
		endedBy: now.toISOString(),
		from: filter.from ? dayBounds(filter.from).from : undefined,
		to: filter.to ? dayBounds(filter.to).to : undefined,
		order: 'desc' as const
	};
	const counted = await occ.countOccurrences(
		ctx.db,
		allianceId,
		{ ...query, limit: 0, offset: 0 },
		COUNT_LIMIT + 1
	);
	const page = pageWithin(counted, options.page, pageSize);
	const read = await occ.findOccurrences(ctx.db, allianceId, {
		...query,
		limit: pageSize + 1,
		offset: (page - 1) * pageSize
	});
	const rows = read.slice(0, pageSize);
	const groups = await targetGroupsOf(ctx, rows);
	return {
		items: groupByDay(rows.map((r) => toView(r, groups))),
		page,
		...paging(counted, page, pageSize, read.length)
	};
}

/** Every occurrence touching one local day. */
export async function day(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	date: string,
	now = new Date()
): Promise<OccurrenceView[]> {
	await ensureHorizon(ctx.db, allianceId, now);
	const bounds = dayBounds(date);
	const rows = await occ.findOccurrences(ctx.db, allianceId, {
		...baseQuery(filter),
		...bounds,
		order: 'asc',
		limit: 1000,
		offset: 0
	});
	const groups = await targetGroupsOf(ctx, rows);
	return rows.map((r) => toView(r, groups));
}
