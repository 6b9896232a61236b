/*
 * Wall-clock time in a named time zone (Europe/Berlin) ↔ UTC, with the platform's Intl data
 * only. A "wall" value is the local date and time written as if it were UTC (milliseconds), so
 * that plain UTC arithmetic on it is calendar arithmetic in the zone (no DST jumps).
 * RFC 5545 §3.3.5: a local time that does not exist (spring forward gap) is read with the
 * offset before the transition; one that exists twice (fall back) means the first of the two.
 */

import { offsetAt as zoneOffsetAt, zoneFormatter } from '../../../zone-offset.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** One day in milliseconds (wall values are fake-UTC milliseconds). */
export const DAY_MS = DAY;

/** True when the platform knows the zone. */
export function isValidTimeZone(timeZone: string): boolean {
	try {
		zoneFormatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** Offset of the zone from UTC at the instant, in milliseconds (cached per UTC hour). */
export function offsetAt(utcMs: number, timeZone = DEFAULT_TIME_ZONE): number {
	return zoneOffsetAt(utcMs, timeZone);
}

/** The zone's wall clock at a UTC instant (as fake-UTC milliseconds). */
export function utcToWall(utcMs: number, timeZone = DEFAULT_TIME_ZONE): number {
	return utcMs + offsetAt(utcMs, timeZone);
}

/** The UTC instant of a wall-clock time in the zone (gap: offset before; fold: first instant). */
export function wallToUtc(wallMs: number, timeZone = DEFAULT_TIME_ZONE): number {
	const before = offsetAt(wallMs - DAY, timeZone);
	const after = offsetAt(wallMs + DAY, timeZone);
	const candidates: number[] = [];
	for (const offset of before === after ? [before] : [before, after]) {
		const utc = wallMs - offset;
		if (offsetAt(utc, timeZone) === offset) candidates.push(utc);
	}
	if (candidates.length === 0) return wallMs - before;
	return Math.min(...candidates);
}

export interface WallParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

export function wallParts(wallMs: number): WallParts {
	const d = new Date(wallMs);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		hour: d.getUTCHours(),
		minute: d.getUTCMinutes()
	};
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a wall value. */
export function wallDate(wallMs: number): string {
	const p = wallParts(wallMs);
	return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** 'HH:MM' of a wall value. */
export function wallTime(wallMs: number): string {
	const p = wallParts(wallMs);
	return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Local calendar date ('YYYY-MM-DD') of a UTC instant in the zone. */
export function localDate(utc: string | number | Date, timeZone = DEFAULT_TIME_ZONE): string {
	return wallDate(utcToWall(new Date(utc).getTime(), timeZone));
}

/** Local time ('HH:MM') of a UTC instant in the zone. */
export function localTime(utc: string | number | Date, timeZone = DEFAULT_TIME_ZONE): string {
	return wallTime(utcToWall(new Date(utc).getTime(), timeZone));
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/** Wall value of 'YYYY-MM-DD' (+ optional 'HH:MM'); null when not a real calendar date/time. */
export function parseWall(date: string, time = '00:00'): number | null {
	const d = DATE_RE.exec(date);
	const t = TIME_RE.exec(time);
	if (!d || !t) return null;
	const [y, m, day, h, min] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
		number,
		number,
		number,
		number,
		number
	];
	if (m < 1 || m > 12 || day < 1 || day > 31 || h > 23 || min > 59) return null;
	const ms = Date.UTC(y, m - 1, day, h, min);
	const check = new Date(ms);
	if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== day) {
		return null;
	}
	return ms;
}

/** UTC ISO instant of a local date and time in the zone; null for an impossible date. */
export function localToUtcIso(
	date: string,
	time = '00:00',
	timeZone = DEFAULT_TIME_ZONE
): string | null {
	const wall = parseWall(date, time);
	return wall === null ? null : new Date(wallToUtc(wall, timeZone)).toISOString();
}

/** Adds whole days to 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
	const wall = parseWall(date);
	if (wall === null) throw new Error(`not a date: ${date}`);
	return wallDate(wall + days * DAY);
}

/** Start (inclusive) and end (exclusive) of a local day as UTC ISO instants. */
export function dayBounds(
	date: string,
	timeZone = DEFAULT_TIME_ZONE
): { from: string; to: string } {
	const from = localToUtcIso(date, '00:00', timeZone);
	const to = localToUtcIso(addDays(date, 1), '00:00', timeZone);
	if (!from || !to) throw new Error(`not a date: ${date}`);
	return { from, to };
}

/** ISO weekday 1 (Monday) … 7 (Sunday) of 'YYYY-MM-DD'. */
export function isoWeekday(date: string): number {
	const wall = parseWall(date);
	if (wall === null) throw new Error(`not a date: ${date}`);
	const d = new Date(wall).getUTCDay();
	return d === 0 ? 7 : d;
}
