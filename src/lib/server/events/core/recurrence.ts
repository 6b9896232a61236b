import { createRequire } from 'node:module';
import type { Options } from 'rrule';
import { DEFAULT_TIME_ZONE, utcToWall, wallToUtc } from './time-zone.ts';

/*
 * Recurrence: RFC 5545 RRULE + EXDATE + per-occurrence overrides (RECURRENCE-ID), expanded
 * within a window. The rule is evaluated on the zone's wall clock (rrule works in "floating"
 * UTC), each wall-clock occurrence is then placed in UTC: a weekly 10:00 event stays at 10:00
 * local time across the switch to and from summer time. See docs/decisions/007-recurrence.md.
 * Rule text is checked in rrule-text.ts, the event form's simple choices are in repeat-form.ts.
 */

// rrule ships a UMD bundle whose named exports Node's ESM loader cannot see; load it as CommonJS.
const require = createRequire(import.meta.url);
const { RRule } = require('rrule') as typeof import('rrule');

const DAY = 86_400_000;

/** Most occurrences one expansion returns (a daily rule over decades stays bounded). */
export const MAX_OCCURRENCES = 5000;

/**
 * Hard limits of every rule, typed into the form or read from a feed (issue 7): a rule is
 * expanded from its first date up to EXPANSION_AHEAD_YEARS ahead of today; it may produce at
 * most MAX_RULE_OCCURRENCES dates on the way (a daily rule from 2015 on is fine, one from the
 * year 0001 or a COUNT-less rule with a far-away first date is refused). First dates before
 * MIN_YEAR are refused. See docs/decisions/035-import-isolation.md.
 */
export const MAX_RULE_OCCURRENCES = 5000;
export const EXPANSION_AHEAD_YEARS = 2;
export const MIN_YEAR = 1900;

export interface Series {
	/** First occurrence, UTC ISO */
	start: string;
	/** End of the first occurrence, UTC ISO (all-day: exclusive, local midnight) */
	end: string;
	allDay: boolean;
	timeZone?: string;
	/** RRULE value (normalised, see normalizeRrule); null: a single event */
	rrule: string | null;
	/** Original starts (UTC ISO) that do not take place and are not shown */
	exdates?: readonly string[];
	/** Extra starts (RDATE, UTC ISO), each with the series' duration */
	rdates?: readonly string[];
}

export interface OccurrenceOverride {
	/** Original start of the occurrence, UTC ISO */
	recurrenceId: string;
	cancelled: boolean;
	/** New start and end (moved); null: as in the series */
	start: string | null;
	end: string | null;
}

export interface Occurrence {
	/** Original start (identifies the occurrence, RECURRENCE-ID) */
	recurrenceId: string;
	start: string;
	end: string;
	cancelled: boolean;
	/** An override applies (moved, changed or cancelled) */
	overridden: boolean;
	moved: boolean;
}

export interface Window {
	/** UTC ISO, inclusive: occurrences ending after it */
	from: string;
	/** UTC ISO, exclusive: occurrences starting before it */
	to: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
const norm = (value: string) => new Date(value).toISOString();

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatUntil(utcMs: number, allDay: boolean, timeZone: string): string {
	if (allDay) {
		const d = new Date(utcToWall(utcMs, timeZone));
		return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
	}
	const d = new Date(utcMs);
	return (
		`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
	);
}

/** UNTIL as a UTC instant. A date-only UNTIL means the whole local day (inclusive). */
export function untilToUtc(value: string, timeZone: string): number | null {
	const date = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
	if (date) {
		const wall = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), 23, 59, 59);
		return wallToUtc(wall, timeZone);
	}
	const dt = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(value);
	if (!dt) return null;
	const ms = Date.UTC(
		Number(dt[1]),
		Number(dt[2]) - 1,
		Number(dt[3]),
		Number(dt[4]),
		Number(dt[5]),
		Number(dt[6])
	);
	// A floating UNTIL (no Z) is read in the event's zone.
	return dt[7] === 'Z' ? ms : wallToUtc(ms, timeZone);
}
// ---------------------------------------------------------------------------------------------
// Expansion

interface CompiledRule {
	rule: InstanceType<typeof RRule>;
	startWall: number;
	durationWall: number;
	/** Exact duration (timed events, RFC 5545 §3.8.5.3: DTEND gives the same exact duration) */
	durationExact: number;
	allDay: boolean;
	timeZone: string;
}

const compiled = new Map<string, CompiledRule>();

function ruleFor(series: Series): CompiledRule {
	const timeZone = series.timeZone ?? DEFAULT_TIME_ZONE;
	const key = `${series.start}|${series.end}|${series.allDay ? 1 : 0}|${timeZone}|${series.rrule}`;
	const hit = compiled.get(key);
	if (hit) return hit;
	const startWall = utcToWall(new Date(series.start).getTime(), timeZone);
	const endWall = utcToWall(new Date(series.end).getTime(), timeZone);
	const parsed: Partial<Options> = RRule.parseString(series.rrule ?? '');
	const untilText = /(?:^|;)UNTIL=([0-9TZ]+)/.exec(series.rrule ?? '')?.[1];
	if (untilText) {
		const untilUtc = untilToUtc(untilText, timeZone);
		parsed.until = untilUtc === null ? null : new Date(utcToWall(untilUtc, timeZone));
	}
	const rule = new RRule({ ...parsed, dtstart: new Date(startWall), tzid: null });
	const entry = {
		rule,
		startWall,
		durationWall: Math.max(0, endWall - startWall),
		durationExact: Math.max(0, new Date(series.end).getTime() - new Date(series.start).getTime()),
		allDay: series.allDay,
		timeZone
	};
	if (compiled.size > 5000) compiled.clear();
	compiled.set(key, entry);
	return entry;
}

/**
 * End of an occurrence: all-day events keep their number of days (local midnights); timed
 * events keep their exact duration, so 02:30–03:30 on the spring change lasts one hour
 * (RFC 5545 §3.8.5.3), as in subscribers' calendar apps.
 */
function endOf(rule: CompiledRule, wall: number, startUtc: number): number {
	return rule.allDay
		? wallToUtc(wall + rule.durationWall, rule.timeZone)
		: startUtc + rule.durationExact;
}

/**
 * Counts the dates a rule produces from its first date up to EXPANSION_AHEAD_YEARS ahead of
 * `now` (or its end). Refuses (ok: false) a rule that would produce more than
 * MAX_RULE_OCCURRENCES on the way; never iterates further than that.
 */
export function countOccurrences(
	series: Series,
	now: Date,
	window?: Window
): { ok: true; total: number; inWindow: number } | { ok: false } {
	if (!series.rrule) return { ok: true, total: 1, inWindow: 1 };
	const rule = ruleFor(series);
	const horizon = Date.UTC(now.getUTCFullYear() + EXPANSION_AHEAD_YEARS, now.getUTCMonth(), 1);
	const toWall = utcToWall(horizon, rule.timeZone);
	const from = window ? utcToWall(new Date(window.from).getTime(), rule.timeZone) : -Infinity;
	const to = window ? utcToWall(new Date(window.to).getTime(), rule.timeZone) : Infinity;
	let total = 0;
	let inWindow = 0;
	let tooMany = false;
	rule.rule.all((date) => {
		const wall = date.getTime();
		if (wall > toWall) return false;
		if (total >= MAX_RULE_OCCURRENCES) {
			tooMany = true;
			return false;
		}
		total++;
		if (wall >= from && wall < to) inWindow++;
		return true;
	});
	return tooMany ? { ok: false } : { ok: true, total, inWindow };
}

function overlaps(start: number, end: number, from: number, to: number): boolean {
	// A zero-length occurrence counts when its start lies in the window.
	return start < to && (end > from || (end === start && start >= from));
}

/** Wall-clock starts of the rule between two wall values (inclusive), at most `limit`. */
function wallStarts(rule: CompiledRule, fromWall: number, toWall: number, limit: number): number[] {
	const out: number[] = [];
	rule.rule.between(new Date(fromWall), new Date(toWall), true, (date) => {
		if (out.length >= limit) return false;
		out.push(date.getTime());
		return true;
	});
	return out;
}

/** True when `recurrenceId` is an occurrence the rule generates (exdates not considered). */
export function isOccurrenceOf(series: Series, recurrenceId: string): boolean {
	const target = new Date(recurrenceId).getTime();
	if ((series.rdates ?? []).some((r) => new Date(r).getTime() === target)) return true;
	if (!series.rrule) return target === new Date(series.start).getTime();
	const rule = ruleFor(series);
	const wall = utcToWall(target, rule.timeZone);
	return wallStarts(rule, wall, wall, 1).some((w) => wallToUtc(w, rule.timeZone) === target);
}

/**
 * The occurrences of a series that overlap the window, with EXDATEs left out and overrides
 * applied (a moved occurrence appears where it was moved to, even from outside the window).
 * Sorted by start; at most `limit` (default MAX_OCCURRENCES).
 */
export function expandOccurrences(
	series: Series,
	overrides: readonly OccurrenceOverride[],
	window: Window,
	limit = MAX_OCCURRENCES
): Occurrence[] {
	const from = new Date(window.from).getTime();
	const to = new Date(window.to).getTime();
	const byId = new Map(overrides.map((o) => [norm(o.recurrenceId), o]));
	const result: Occurrence[] = [];

	const place = (recurrenceId: number, naturalEnd: number): Occurrence | null => {
		const id = iso(recurrenceId);
		const override = byId.get(id);
		const start = override?.start ? new Date(override.start).getTime() : recurrenceId;
		const end = override?.end ? new Date(override.end).getTime() : naturalEnd;
		if (!overlaps(start, end, from, to)) return null;
		return {
			recurrenceId: id,
			start: iso(start),
			end: iso(end),
			cancelled: override?.cancelled ?? false,
			overridden: !!override,
			moved: !!override && (start !== recurrenceId || end !== naturalEnd)
		};
	};

	const rdates = (series.rdates ?? []).map((r) => new Date(r).getTime());
	if (!series.rrule && !rdates.length) {
		const start = new Date(series.start).getTime();
		const one = place(start, new Date(series.end).getTime());
		return one ? [one] : [];
	}
	if (!series.rrule) {
		// A first date with extra dates (RDATE) and no rule.
		const exdates = new Set((series.exdates ?? []).map(norm));
		const duration = new Date(series.end).getTime() - new Date(series.start).getTime();
		const starts = [...new Set([new Date(series.start).getTime(), ...rdates])];
		for (const s of starts.sort((a, b) => a - b)) {
			if (exdates.has(iso(s))) continue;
			const occurrence = place(s, s + duration);
			if (occurrence) result.push(occurrence);
		}
		result.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
		return result.slice(0, limit);
	}

	const rule = ruleFor(series);
	const exdates = new Set((series.exdates ?? []).map(norm));
	const seen = new Set<string>();
	const fromWall =
		utcToWall(from, rule.timeZone) - Math.max(rule.durationWall, rule.durationExact) - DAY;
	const toWall = utcToWall(to, rule.timeZone) + DAY;
	for (const wall of wallStarts(rule, fromWall, toWall, limit + 64)) {
		const recurrenceId = wallToUtc(wall, rule.timeZone);
		const id = iso(recurrenceId);
		if (exdates.has(id) || seen.has(id)) continue;
		seen.add(id);
		const occurrence = place(recurrenceId, endOf(rule, wall, recurrenceId));
		if (occurrence) result.push(occurrence);
	}
	// Extra dates (RDATE) with the series' duration.
	for (const s of rdates) {
		const id = iso(s);
		if (exdates.has(id) || seen.has(id)) continue;
		seen.add(id);
		const occurrence = place(s, endOf(rule, utcToWall(s, rule.timeZone), s));
		if (occurrence) result.push(occurrence);
	}
	// Occurrences moved into the window from outside the range just searched.
	for (const [id, override] of byId) {
		if (seen.has(id) || exdates.has(id) || !override.start) continue;
		if (!isOccurrenceOf(series, id)) continue;
		const recurrenceId = new Date(id).getTime();
		const wall = utcToWall(recurrenceId, rule.timeZone);
		const occurrence = place(recurrenceId, endOf(rule, wall, recurrenceId));
		if (occurrence) result.push(occurrence);
	}
	result.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
	return result.slice(0, limit);
}

/** The last original start of a finite series (COUNT or UNTIL), or null when it never ends. */
export function seriesLastStart(series: Series): string | null {
	const lastRdate = [...(series.rdates ?? [])].map(norm).sort().pop();
	const later = (a: string) => (lastRdate && lastRdate > a ? lastRdate : a);
	if (!series.rrule) return later(series.start);
	const rule = ruleFor(series);
	const options = rule.rule.origOptions;
	if (!options.count && !options.until) return null;
	const all = rule.rule.all((_d, i) => i < MAX_OCCURRENCES);
	const last = all[all.length - 1];
	return later(last ? iso(wallToUtc(last.getTime(), rule.timeZone)) : series.start);
}
