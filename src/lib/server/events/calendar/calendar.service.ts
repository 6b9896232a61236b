import type { ServiceContext } from '../../context.ts';
import { listTopics } from '../../topics/topic.service.ts';
import { searchTerms, widenAges, type CalendarFilter } from './calendar-filter.ts';
import { toCalendarEvent, toOverride, toTargetGroups } from '../core/event.mapper.ts';
import * as repo from '../core/event.repository.ts';
import {
	PUBLIC_STATUSES,
	TARGET_GROUPS,
	type CalendarEvent,
	type CostKind,
	type EventOverride,
	type EventStatus,
	type OccurrenceView,
	type TargetGroup
} from '../core/event.types.ts';
import { ensureHorizon, visibleHorizon } from '../core/occurrence-cache.ts';
import * as occ from '../core/occurrence.repository.ts';
import { addDays, dayBounds, isoWeekday, localDate, parseWall } from '../core/time-zone.ts';

/*
 * What the public sees: upcoming list by day, month grid, one day, archive, event detail, the
 * home page's highlights, and the filter choices. All from the materialised occurrences.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;

export const PAGE_SIZE = 25;
export const MONTH_CELL_LIMIT = 4;

/** Path of an occurrence inside the alliance's site. */
export function occurrencePath(slug: string, recurring: boolean, recurrenceId: string): string {
	return recurring ? `/termine/${slug}/${localDate(recurrenceId)}` : `/termine/${slug}`;
}

function toView(row: occ.OccurrenceRow, groups?: Map<string, string[]>): OccurrenceView {
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

async function targetGroupsOf(ctx: ReadCtx, rows: occ.OccurrenceRow[]) {
	return (
		await repo.findRelations(
			ctx.db,
			rows.map((r) => r.event_id)
		)
	).targetGroups;
}

function baseQuery(filter: CalendarFilter, statuses: readonly EventStatus[] = PUBLIC_STATUSES) {
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

export interface Paged<T> {
	items: T;
	total: number;
	page: number;
	pages: number;
}

function groupByDay(views: OccurrenceView[], now?: string): DayGroup[] {
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

/** Most occurrences that can be running at one moment (multi-day events) we list. */
const MAX_RUNNING = 200;

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
	} = {}
): Promise<Paged<DayGroup[]>> {
	const now = options.now ?? new Date();
	await ensureHorizon(ctx.db, allianceId, now);
	const pageSize = options.pageSize ?? PAGE_SIZE;
	const window = listWindow(filter, now);
	const base = {
		...baseQuery(filter),
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
	const total = options.seriesOnce
		? Math.max(
				running.length,
				await occ.countEvents(ctx.db, allianceId, {
					...base,
					from: window.from,
					to: window.to,
					limit: 0,
					offset: 0
				})
			)
		: running.length +
			(await occ.countOccurrences(ctx.db, allianceId, { ...future, limit: 0, offset: 0 }));
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, options.page ?? 1), pages);
	const offset = (page - 1) * pageSize;
	const fromRunning = running.slice(offset, offset + pageSize);
	const rows =
		fromRunning.length === pageSize
			? fromRunning
			: [
					...fromRunning,
					...(await occ.findOccurrences(ctx.db, allianceId, {
						...future,
						limit: pageSize - fromRunning.length,
						offset: Math.max(0, offset - running.length)
					}))
				];
	const groups = await targetGroupsOf(ctx, rows);
	return {
		items: groupByDay(
			rows.map((r) => toView(r, groups)),
			window.from
		),
		total,
		page,
		pages
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
	const query = {
		...baseQuery(filter),
		endedBy: now.toISOString(),
		from: filter.from ? dayBounds(filter.from).from : undefined,
		to: filter.to ? dayBounds(filter.to).to : undefined,
		order: 'desc' as const
	};
	const total = await occ.countOccurrences(ctx.db, allianceId, { ...query, limit: 0, offset: 0 });
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(1, options.page ?? 1), pages);
	const rows = await occ.findOccurrences(ctx.db, allianceId, {
		...query,
		limit: pageSize,
		offset: (page - 1) * pageSize
	});
	const groups = await targetGroupsOf(ctx, rows);
	return { items: groupByDay(rows.map((r) => toView(r, groups))), total, page, pages };
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

export interface MonthCell {
	date: string;
	inMonth: boolean;
	items: OccurrenceView[];
	/** How many more than shown */
	more: number;
	count: number;
}

export interface MonthView {
	/** 'YYYY-MM' */
	month: string;
	previous: string;
	next: string;
	weeks: MonthCell[][];
	total: number;
	/** false when the month lies beyond the horizon of open-ended series */
	complete: boolean;
}

function monthShift(month: string, delta: number): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	const d = new Date(Date.UTC(y, m - 1 + delta, 1));
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export function isMonth(value: string): boolean {
	if (!/^\d{4}-\d{2}$/.test(value)) return false;
	const year = Number(value.slice(0, 4));
	return parseWall(`${value}-01`) !== null && year >= 2000 && year < 2100;
}

/** A month grid (weeks from Monday), each day with its first occurrences and a count. */
export async function month(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	monthValue: string,
	options: { now?: Date; cellLimit?: number } = {}
): Promise<MonthView> {
	const now = options.now ?? new Date();
	const limit = options.cellLimit ?? MONTH_CELL_LIMIT;
	await ensureHorizon(ctx.db, allianceId, now);
	const first = `${monthValue}-01`;
	const next = monthShift(monthValue, 1);
	const bounds = { from: dayBounds(first).from, to: dayBounds(`${next}-01`).from };
	const rows = await occ.findOccurrences(ctx.db, allianceId, {
		...baseQuery(filter),
		...bounds,
		order: 'asc',
		limit: 20_000,
		offset: 0
	});
	const gridStart = addDays(first, 1 - isoWeekday(first));
	const lastDay = addDays(`${next}-01`, -1);
	const gridEnd = addDays(lastDay, 7 - isoWeekday(lastDay));
	const cells = new Map<string, MonthCell>();
	const weeks: MonthCell[][] = [];
	for (let date = gridStart; date <= gridEnd; date = addDays(date, 1)) {
		const cell = { date, inMonth: date.startsWith(monthValue), items: [], more: 0, count: 0 };
		cells.set(date, cell);
		if (isoWeekday(date) === 1) weeks.push([]);
		weeks[weeks.length - 1]?.push(cell);
	}
	for (const row of rows) {
		const view = toView(row);
		const firstDay = localDate(row.start_utc);
		const lastInstant = Math.max(Date.parse(row.start_utc), Date.parse(row.end_utc) - 1);
		const lastLocal = localDate(lastInstant);
		let date = firstDay < first ? first : firstDay;
		for (let i = 0; i < 62 && date <= lastLocal && date <= lastDay; i++, date = addDays(date, 1)) {
			const cell = cells.get(date);
			if (!cell) continue;
			cell.count++;
			if (cell.items.length < limit) cell.items.push(view);
			else cell.more++;
		}
	}
	return {
		month: monthValue,
		previous: monthShift(monthValue, -1),
		next,
		weeks,
		total: rows.length,
		complete: bounds.to <= visibleHorizon(now)
	};
}

/**
 * The next `n` highlights for the home page: occurrences of events marked as highlight first,
 * topped up with the soonest other events; each event once, cancelled dates left out.
 */
export async function nextHighlights(
	ctx: ReadCtx,
	allianceId: string,
	n: number,
	now = new Date()
): Promise<OccurrenceView[]> {
	await ensureHorizon(ctx.db, allianceId, now);
	const rows = await occ.findOccurrences(ctx.db, allianceId, {
		statuses: ['published'],
		from: now.toISOString(),
		// Dates that began before today are no highlight; the bound lets the start index do
		// the work instead of sorting every future date (28 ms → under 1 ms with 5,000 events).
		startFrom: dayBounds(localDate(now)).from,
		to: visibleHorizon(now),
		topicSlugs: [],
		targetGroups: [],
		free: false,
		districts: [],
		partnerSlugs: [],
		terms: [],
		order: 'asc',
		limit: Math.max(50, n * 10),
		offset: 0
	});
	const seen = new Set<string>();
	const firstOfEach = rows.filter((r) => {
		if (r.cancelled === 1 || seen.has(r.event_id)) return false;
		seen.add(r.event_id);
		return true;
	});
	const chosen = [
		...firstOfEach.filter((r) => r.highlight === 1),
		...firstOfEach.filter((r) => r.highlight !== 1)
	]
		.slice(0, n)
		.sort((a, b) => (a.start_utc < b.start_utc ? -1 : 1));
	const groups = await targetGroupsOf(ctx, chosen);
	return chosen.map((r) => toView(r, groups));
}

export interface FilterOptions {
	topics: { slug: string; name: string }[];
	partners: { slug: string; name: string }[];
	districts: string[];
	targetGroups: readonly TargetGroup[];
}

/** The choices of the filter form. */
export async function filterOptions(ctx: ReadCtx, allianceId: string): Promise<FilterOptions> {
	const [topics, partners, districts] = await Promise.all([
		listTopics(ctx, allianceId),
		occ.findOrganisingPartners(ctx.db, allianceId, PUBLIC_STATUSES),
		occ.findDistricts(ctx.db, allianceId, PUBLIC_STATUSES)
	]);
	return {
		topics: topics.map((t) => ({ slug: t.slug, name: t.name })),
		partners,
		districts,
		targetGroups: TARGET_GROUPS
	};
}

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
	const rel = await repo.findRelations(ctx.db, [row.id]);
	const event = toCalendarEvent(row, rel);
	const statuses = options.includeUnpublished ? [row.status] : PUBLIC_STATUSES;
	const overrides = (await repo.findOverrides(ctx.db, allianceId, row.id)).map(toOverride);

	const one = (extra: Partial<occ.OccurrenceQuery>) =>
		occ
			.findOccurrences(ctx.db, allianceId, {
				...baseQuery(NO_FILTER, statuses),
				eventId: row.id,
				order: 'asc',
				limit: 1,
				offset: 0,
				...extra
			})
			.then((list) => list[0]);
	let chosen: occ.OccurrenceRow | undefined;
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
	const topics = (await repo.findTopicNames(ctx.db, [row.id])).get(row.id) ?? [];
	const attachments = await repo.findFilesMeta(ctx.db, allianceId, event.attachmentIds);
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
