import { filterQuery, type CalendarFilter } from './calendar-filter.ts';
import { VersionedMemo } from '../../cache/versioned-memo.ts';
import { type OccurrenceView } from '../core/event.types.ts';
import { ensureHorizon, visibleHorizon } from '../core/occurrence-cache.ts';
import * as occ from './occurrence-list.repository.ts';
import type { OccurrenceKey } from './occurrence-query.repository.ts';
import { addDays, dayBounds, DAY_MS, isoWeekday, parseWall, utcToWall } from '../core/time-zone.ts';
import { baseQuery, toView, type ReadCtx, versionAndMinute } from './calendar.service.ts';

/* The month grid of the public calendar. */

export const MONTH_CELL_LIMIT = 4;

const keyOf = (k: OccurrenceKey) => `${k.event_id} ${k.recurrence_id}`;

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

/**
 * Month grids by alliance, filter and month, for a content version and minute (as the list's
 * pages, calendar-series.ts): read once for everyone the page cache does not answer.
 */
const monthViews = new VersionedMemo<MonthView>(2 * 1024 * 1024);

/** A month grid (weeks from Monday), each day with its first occurrences and a count. */
export async function month(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	monthValue: string,
	options: {
		now?: Date;
		cellLimit?: number;
		/** The alliance's content version: the grid is then kept for the minute (monthViews) */
		contentVersion?: number;
	} = {}
): Promise<MonthView> {
	const now = options.now ?? new Date();
	if (options.contentVersion === undefined)
		return readMonth(ctx, allianceId, filter, monthValue, options);
	return monthViews.get(
		`${allianceId}|${filterQuery(filter)}|${monthValue}|${options.cellLimit ?? ''}`,
		versionAndMinute(options.contentVersion, now),
		() => readMonth(ctx, allianceId, filter, monthValue, { ...options, now })
	);
}

async function readMonth(
	ctx: ReadCtx,
	allianceId: string,
	filter: CalendarFilter,
	monthValue: string,
	options: { now?: Date; cellLimit?: number }
): Promise<MonthView> {
	const now = options.now ?? new Date();
	const limit = options.cellLimit ?? MONTH_CELL_LIMIT;
	await ensureHorizon(ctx.db, allianceId, now);
	const first = `${monthValue}-01`;
	const next = monthShift(monthValue, 1);
	const bounds = { from: dayBounds(first).from, to: dayBounds(`${next}-01`).from };
	// Every date of the month, keys and times only (one index range, no joins): enough to count
	// each day and choose what its cell shows; the event rows are read for those few only.
	const dates = await occ.findOccurrenceKeys(ctx.db, allianceId, {
		...baseQuery(filter),
		...bounds,
		order: 'asc',
		limit: 20_000,
		offset: 0
	});
	const gridStart = addDays(first, 1 - isoWeekday(first));
	const lastDay = addDays(`${next}-01`, -1);
	const gridEnd = addDays(lastDay, 7 - isoWeekday(lastDay));
	// Cells by local day number (wall milliseconds / day): a month's 700 dates are placed with
	// arithmetic, not with date strings.
	const dayNumber = (wallMs: number) => Math.floor(wallMs / DAY_MS);
	const cells = new Map<number, { cell: MonthCell; keys: OccurrenceKey[] }>();
	const weeks: MonthCell[][] = [];
	for (let date = gridStart; date <= gridEnd; date = addDays(date, 1)) {
		const cell = { date, inMonth: date.startsWith(monthValue), items: [], more: 0, count: 0 };
		cells.set(dayNumber(parseWall(date) ?? 0), { cell, keys: [] });
		if (isoWeekday(date) === 1) weeks.push([]);
		weeks[weeks.length - 1]?.push(cell);
	}
	const firstNumber = dayNumber(parseWall(first) ?? 0);
	const lastNumber = dayNumber(parseWall(lastDay) ?? 0);
	for (const row of dates) {
		const start = Date.parse(row.start_utc);
		const lastInstant = Math.max(start, Date.parse(row.end_utc) - 1);
		const from = Math.max(firstNumber, dayNumber(utcToWall(start)));
		const to = Math.min(lastNumber, dayNumber(utcToWall(lastInstant)), from + 61);
		for (let n = from; n <= to; n++) {
			const day = cells.get(n);
			if (!day) continue;
			day.cell.count++;
			if (day.keys.length < limit) day.keys.push(row);
			else day.cell.more++;
		}
	}
	const wanted = new Map<string, OccurrenceKey>();
	for (const { keys } of cells.values()) for (const k of keys) wanted.set(keyOf(k), k);
	const views = new Map<string, OccurrenceView>();
	for (const row of await occ.findOccurrences(ctx.db, allianceId, {
		...baseQuery(filter),
		keys: [...wanted.values()],
		order: 'asc',
		limit: wanted.size,
		offset: 0
	})) {
		views.set(keyOf(row), toView(row));
	}
	for (const { cell, keys } of cells.values()) {
		for (const k of keys) {
			const view = views.get(keyOf(k));
			if (view) cell.items.push(view);
		}
	}
	return {
		month: monthValue,
		previous: monthShift(monthValue, -1),
		next,
		weeks,
		total: dates.length,
		complete: bounds.to <= visibleHorizon(now)
	};
}
