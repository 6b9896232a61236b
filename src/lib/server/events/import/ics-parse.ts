import crypto from 'node:crypto';
import ICAL from 'ical.js';
import { MIN_YEAR } from '../core/recurrence.ts';
import {
	DEFAULT_TIME_ZONE,
	isValidTimeZone,
	localToUtcIso,
	utcToWall,
	wallToUtc
} from '../core/time-zone.ts';
import { WINDOWS_ZONES } from './windows-zones.ts';

/*
 * Reads an iCalendar feed (RFC 5545) into plain components: one per VEVENT, times as UTC
 * instants with the zone the source meant (IANA TZID, a Windows name, a VTIMEZONE matched to
 * the IANA zone with the same rules, UTC, or floating = X-WR-TIMEZONE / Europe/Berlin), so that
 * a series is expanded on its own clock. DATE values are local midnights in Europe/Berlin like
 * our own all-day events. The RRULE stays text and a series stays a series.
 *
 * One bad event never loses the others: every VEVENT is read on its own, known producer quirks
 * are repaired first (spaces and lower case in RRULE, an empty RRULE line), and what cannot be
 * read is skipped and reported per event (`problems`). Runs inside the import worker
 * (ics-worker.ts), never on the request path. See docs/decisions/035-import-isolation.md and
 * 036-import-time-zones.md.
 */

export class IcsParseError extends Error {
	readonly problem: 'notIcs' | 'badIcs' | 'tooMany';
	constructor(problem: IcsParseError['problem'], detail: string) {
		super(detail);
		this.name = 'IcsParseError';
		this.problem = problem;
	}
}

export interface IcsComponent {
	uid: string;
	/** Original start of the occurrence this component replaces (UTC), or null for a master */
	recurrenceId: string | null;
	/** The same as a date (local midnight in Berlin), for a series of all-day events */
	recurrenceIdDate: string | null;
	/** RANGE=THISANDFUTURE on the RECURRENCE-ID: the change applies to all later dates too */
	thisAndFuture: boolean;
	start: string;
	end: string;
	allDay: boolean;
	/** IANA zone the series is expanded in ('UTC' for UTC times) */
	timeZone: string;
	rrule: string | null;
	exdates: string[];
	/** EXDATE given as a DATE for a timed series: every date of that day is left out */
	exdateDays: string[];
	/** Extra dates (RDATE), UTC starts; `rdateEnds` holds a PERIOD's end where given */
	rdates: string[];
	rdateEnds: Record<string, string>;
	summary: string;
	description: string;
	location: string;
	url: string;
	geo: { lat: number; lon: number } | null;
	status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
	sequence: number;
}

/** Something the coordinator should know about one event (skipped or repaired). */
export interface IcsProblem {
	uid: string;
	title: string;
	/** Message key (import.skip.* when the event was skipped, import.note.* when kept) */
	reason: string;
	detail: string;
	skipped: boolean;
}

export interface ParsedFeed {
	components: IcsComponent[];
	problems: IcsProblem[];
}

export const MAX_COMPONENTS = 3000;
/** Events starting later than this many years ahead are skipped (a feed in the year 9999). */
export const MAX_YEARS_AHEAD = 5;

type Time = InstanceType<typeof ICAL.Time>;
type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Zone = InstanceType<typeof ICAL.Timezone>;

const pad = (n: number) => String(n).padStart(2, '0');
const dateText = (t: Time) => `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;

// ---------------------------------------------------------------------------------------------
// Producer quirks in RRULE lines

const RRULE_PARTS = new Set([
	'FREQ',
	'UNTIL',
	'COUNT',
	'INTERVAL',
	'BYSECOND',
	'BYMINUTE',
	'BYHOUR',
	'BYDAY',
	'BYMONTHDAY',
	'BYYEARDAY',
	'BYWEEKNO',
	'BYMONTH',
	'BYSETPOS',
	'WKST'
]);

/**
 * Repairs an RRULE value as well-known producers write it ("BYDAY=MO, TU, WE" from Microsoft
 * CDO, lower case, a trailing ";"). Returns null for an empty rule (the event stays a single
 * date) and an error for a rule that cannot be trusted ("UNTL=…": refusing it is better than
 * an endless series).
 */
export function repairRrule(
	value: string
): { rrule: string | null; repaired: boolean } | { error: string } {
	const cleaned = value.replace(/\s+/g, '').toUpperCase().replace(/;+$/, '').replace(/^;+/, '');
	if (!cleaned) return { rrule: null, repaired: true };
	const seen = new Set<string>();
	for (const piece of cleaned.split(';')) {
		const [key, val, ...rest] = piece.split('=');
		if (!key || !val || rest.length) return { error: `"${piece}"` };
		if (!RRULE_PARTS.has(key) && !key.startsWith('X-')) return { error: `${key}=` };
		if (seen.has(key)) return { error: `${key} twice` };
		seen.add(key);
	}
	if (!seen.has('FREQ')) return { error: 'no FREQ' };
	const normal = cleaned
		.split(';')
		.filter((p) => !p.startsWith('X-'))
		.join(';');
	return { rrule: normal, repaired: normal !== value.trim() };
}

// ---------------------------------------------------------------------------------------------
// Structure: VTIMEZONE and VEVENT blocks, each read on its own

interface Block {
	lines: string[];
}

function unfold(text: string): string[] {
	return text
		.replace(/\r\n|\r/g, '\n')
		.replace(/\n[ \t]/g, '')
		.split('\n')
		.filter((l) => l.trim() !== '');
}

function propName(line: string): string {
	const m = /^([A-Za-z0-9-]+)[;:]/.exec(line);
	return m ? m[1]!.toUpperCase() : '';
}

function propValue(line: string): string {
	// The value starts after the first ':' outside quotes.
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (ch === '"') quoted = !quoted;
		else if (ch === ':' && !quoted) return line.slice(i + 1);
	}
	return '';
}

function splitBlocks(lines: string[]) {
	const calendarProps: string[] = [];
	const zones: Block[] = [];
	const events: Block[] = [];
	let depth = 0;
	let current: Block | null = null;
	let kind = '';
	for (const line of lines) {
		const upper = line.toUpperCase();
		if (upper.startsWith('BEGIN:')) {
			depth++;
			if (depth === 2) {
				kind = upper.slice(6).trim();
				current = { lines: [] };
			}
			current?.lines.push(line);
			continue;
		}
		if (upper.startsWith('END:')) {
			current?.lines.push(line);
			if (depth === 2 && current) {
				if (kind === 'VEVENT') events.push(current);
				else if (kind === 'VTIMEZONE') zones.push(current);
				current = null;
			}
			depth = Math.max(0, depth - 1);
			continue;
		}
		if (depth === 1) calendarProps.push(line);
		else current?.lines.push(line);
	}
	return { calendarProps, zones, events };
}

const DATE_PROPS = new Set(['DTSTART', 'DTEND', 'EXDATE', 'RDATE', 'RECURRENCE-ID']);

function parseBlock(lines: string[]): Component {
	const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
	const root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
	const inner = root.getAllSubcomponents()[0];
	if (!inner) throw new Error('empty component');
	return inner;
}

// ---------------------------------------------------------------------------------------------
// Time zones

/**
 * A VTIMEZONE is used only when its observances repeat at most yearly (a daily rule from the
 * year 0001 would take ical.js minutes to expand).
 */
function trustworthyZone(zone: Component): boolean {
	for (const observance of zone.getAllSubcomponents()) {
		for (const rule of observance.getAllProperties('rrule')) {
			const value = rule.getFirstValue();
			if (!(value instanceof ICAL.Recur) || value.freq !== 'YEARLY') return false;
		}
		const start = observance.getFirstPropertyValue('dtstart');
		if (start instanceof ICAL.Time && start.year < 1583) return false;
		if (observance.getAllProperties('rdate').length > 500) return false;
	}
	return true;
}

let zoneNames: string[] | null = null;
function allZoneNames(): string[] {
	zoneNames ??= (
		Intl as unknown as { supportedValuesOf(kind: string): string[] }
	).supportedValuesOf('timeZone');
	return zoneNames;
}

/** Offset of an IANA zone at a UTC instant, in seconds. */
const offsetOfIana = (utcMs: number, zone: string) => (utcToWall(utcMs, zone) - utcMs) / 1000;

class ZoneResolver {
	private readonly matched = new Map<string, string | null>();
	private readonly vtimezones: Map<string, Zone>;
	readonly calendarZone: string | null;
	constructor(vtimezones: Map<string, Zone>, calendarZone: string | null) {
		this.vtimezones = vtimezones;
		this.calendarZone = calendarZone;
	}

	/** The IANA zone for a TZID (or null when it cannot be told; `floating` for no TZID). */
	resolve(tzid: string | null, near: Time): string | null {
		if (!tzid) return this.calendarZone ?? DEFAULT_TIME_ZONE;
		const raw = tzid.trim().replace(/^"|"$/g, '');
		const clean = raw.replace(/^\/+/, '');
		if (/^(utc|gmt|z|etc\/utc|etc\/gmt)$/i.test(clean)) return 'UTC';
		if (isValidTimeZone(clean) && clean.includes('/')) return clean;
		const windows = WINDOWS_ZONES[clean];
		if (windows) return windows === 'Etc/UTC' ? 'UTC' : windows;
		// "/mozilla.org/20050126_1/America/New_York", "/citadel.org/20190914_1/Europe/Berlin"
		const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(clean)?.[1];
		if (tail && isValidTimeZone(tail)) return tail;
		if (isValidTimeZone(clean)) return clean;
		return this.fromVtimezone(raw, near);
	}

	/** The file's own VTIMEZONE of a TZID, if any. */
	vtimezone(tzid: string): Zone | undefined {
		return this.vtimezones.get(tzid.trim().replace(/^"|"$/g, ''));
	}

	/** The IANA zone whose offsets over the year match the file's VTIMEZONE. */
	private fromVtimezone(tzid: string, near: Time): string | null {
		const zone = this.vtimezones.get(tzid);
		if (!zone) return null;
		const key = `${tzid}|${near.year}`;
		if (this.matched.has(key)) return this.matched.get(key)!;
		const samples: { utc: number; offset: number }[] = [];
		for (let month = 1; month <= 12; month++) {
			for (const day of [1, 10, 20]) {
				const t = new ICAL.Time({ year: near.year, month, day, hour: 12 }, zone);
				const offset = zone.utcOffset(t);
				samples.push({ utc: Date.UTC(near.year, month - 1, day, 12) - offset * 1000, offset });
				if (samples.length > 40) break;
			}
		}
		const candidates = [
			...(this.calendarZone ? [this.calendarZone] : []),
			DEFAULT_TIME_ZONE,
			...allZoneNames()
		];
		let found: string | null = null;
		for (const candidate of candidates) {
			if (samples.every((s) => offsetOfIana(s.utc, candidate) === s.offset)) {
				found = candidate;
				break;
			}
		}
		this.matched.set(key, found);
		return found;
	}
}

// ---------------------------------------------------------------------------------------------
// Values

interface TimeValue {
	time: Time;
	tzid: string | null;
}

function timeOf(prop: Property | null): TimeValue | null {
	if (!prop) return null;
	const value = prop.getFirstValue();
	if (!(value instanceof ICAL.Time)) return null;
	const tzid = prop.getParameter('tzid');
	return { time: value, tzid: typeof tzid === 'string' ? tzid : null };
}

const timeOfDay = (t: Time) => `${pad(t.hour)}:${pad(t.minute)}`;

const isUtc = (t: Time) => t.zone === ICAL.Timezone.utcTimezone || t.toString().endsWith('Z');

class Reader {
	private readonly zones: ZoneResolver;
	/** Notes about the event being read (a zone that had to be guessed) */
	readonly notes = new Map<string, string>();
	constructor(zones: ZoneResolver) {
		this.zones = zones;
	}

	/** The zone of a TZID that names no known zone: the calendar's zone or Berlin (noted). */
	private fallbackZone(value: TimeValue): string {
		const tzid = value.tzid ?? '';
		this.notes.set(
			this.zones.vtimezone(tzid) ? 'import.note.zoneApproximated' : 'import.note.zoneGuessed',
			tzid
		);
		return this.zones.calendarZone ?? DEFAULT_TIME_ZONE;
	}

	zoneOf(value: TimeValue): string {
		if (value.time.isDate) return DEFAULT_TIME_ZONE;
		if (isUtc(value.time)) return 'UTC';
		return this.zones.resolve(value.tzid, value.time) ?? this.fallbackZone(value);
	}

	/** A DATE or DATE-TIME value as a UTC instant (a DATE: local midnight in Berlin). */
	toUtc(value: TimeValue): string {
		const t = value.time;
		if (t.isDate) {
			const iso = localToUtcIso(dateText(t));
			if (!iso) throw new ReadError('import.skip.badDate', t.toString());
			return iso;
		}
		const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
		if (Number.isNaN(wall)) throw new ReadError('import.skip.badDate', t.toString());
		if (value.tzid && !isUtc(t) && this.zones.resolve(value.tzid, t) === null) {
			// No IANA zone matches the file's VTIMEZONE: this instant by the VTIMEZONE itself.
			const own = this.zones.vtimezone(value.tzid);
			this.fallbackZone(value);
			if (own) return new Date(wall - own.utcOffset(t) * 1000).toISOString();
		}
		const zone = this.zoneOf(value);
		return new Date(zone === 'UTC' ? wall : wallToUtc(wall, zone)).toISOString();
	}

	/**
	 * A date of an all-day series given as DATE-TIME (Exchange writes all-day exceptions as
	 * "RECURRENCE-ID;TZID=W. Europe Standard Time:20240101T000000"): its local date.
	 */
	toUtcAsDate(value: TimeValue): string {
		const t = value.time;
		if (t.isDate || !isUtc(t)) {
			const iso = localToUtcIso(dateText(t));
			if (!iso) throw new ReadError('import.skip.badDate', t.toString());
			return iso;
		}
		const instant = Date.parse(this.toUtc(value));
		const berlinDate = new Date(instant).toLocaleDateString('sv-SE', {
			timeZone: DEFAULT_TIME_ZONE
		});
		return localToUtcIso(berlinDate)!;
	}
}

class ReadError extends Error {
	readonly reason: string;
	constructor(reason: string, detail: string) {
		super(detail);
		this.reason = reason;
	}
}

function text(component: Component, name: string): string {
	const value = component.getFirstPropertyValue(name);
	return typeof value === 'string' ? value : value == null ? '' : String(value);
}

// ---------------------------------------------------------------------------------------------

/** Parses the feed; throws IcsParseError only when the file as a whole is not iCalendar. */
export function parseIcs(input: string, now = new Date()): ParsedFeed {
	const textInput = input.replace(/^\uFEFF/, '');
	if (!/^\s*BEGIN:VCALENDAR/i.test(textInput)) {
		throw new IcsParseError('notIcs', 'does not start with BEGIN:VCALENDAR');
	}
	if (!/END:VCALENDAR\s*$/i.test(textInput.trimEnd()) && !/END:VCALENDAR/i.test(textInput)) {
		throw new IcsParseError('badIcs', 'no END:VCALENDAR');
	}
	const { calendarProps, zones: zoneBlocks, events: eventBlocks } = splitBlocks(unfold(textInput));
	if (eventBlocks.length > MAX_COMPONENTS) {
		throw new IcsParseError('tooMany', `${eventBlocks.length} events (at most ${MAX_COMPONENTS})`);
	}
	const problems: IcsProblem[] = [];

	const vtimezones = new Map<string, Zone>();
	for (const block of zoneBlocks) {
		try {
			const component = parseBlock(block.lines);
			if (!trustworthyZone(component)) {
				problems.push({
					uid: '',
					title: text(component, 'tzid'),
					reason: 'import.note.zoneIgnored',
					detail: 'VTIMEZONE',
					skipped: false
				});
				continue;
			}
			const zone = new ICAL.Timezone(component);
			if (zone.tzid) vtimezones.set(zone.tzid, zone);
		} catch {
			// A broken VTIMEZONE: its events use the zone's name, X-WR-TIMEZONE or Berlin.
		}
	}
	const wrZone = calendarProps
		.filter((l) => propName(l) === 'X-WR-TIMEZONE')
		.map((l) => propValue(l).trim())
		.find((z) => isValidTimeZone(z) && z.includes('/'));
	const reader = new Reader(new ZoneResolver(vtimezones, wrZone ?? null));
	const maxYear = now.getUTCFullYear() + MAX_YEARS_AHEAD;

	const out: IcsComponent[] = [];
	eventBlocks.forEach((block, index) => {
		const uidLine = block.lines.find((l) => propName(l) === 'UID');
		const summaryLine = block.lines.find((l) => propName(l) === 'SUMMARY');
		let uid = uidLine ? propValue(uidLine).trim() : '';
		const title = summaryLine
			? propValue(summaryLine)
					.replace(/\\([,;\\])/g, '$1')
					.trim()
			: '';
		const problem = (reason: string, detail: string, skipped: boolean) =>
			problems.push({
				uid: uid.slice(0, 200),
				title: title.slice(0, 200),
				reason,
				detail: detail.slice(0, 300),
				skipped
			});
		if (!uid) {
			// A stable UID from what identifies the event in this file.
			const basis = block.lines
				.filter((l) => ['DTSTART', 'SUMMARY', 'RECURRENCE-ID'].includes(propName(l)))
				.join('\n');
			uid = `derived-${crypto
				.createHash('sha256')
				.update(basis || String(index))
				.digest('hex')
				.slice(0, 32)}`;
			problem('import.note.noUid', uid, false);
		}
		// Repair RRULE lines (and dates written without VALUE=DATE) before ical.js reads them.
		const lines: string[] = [];
		for (const line of block.lines) {
			const name = propName(line);
			if (DATE_PROPS.has(name) && /^\d{8}Z?(,\d{8}Z?)*$/.test(propValue(line).trim())) {
				// A date written without VALUE=DATE (or with a stray Z, as Google writes RDATEs).
				const params = line.slice(name.length, line.length - propValue(line).length - 1);
				const dates = propValue(line).trim().replace(/Z/g, '');
				lines.push(
					/VALUE=(?!DATE)/i.test(params)
						? line
						: `${name}${params.replace(/;VALUE=DATE/i, '')};VALUE=DATE:${dates}`
				);
				continue;
			}
			if (name !== 'RRULE') {
				lines.push(line);
				continue;
			}
			const repaired = repairRrule(propValue(line));
			if ('error' in repaired) {
				problem('import.skip.badRule', `RRULE:${propValue(line)}`.slice(0, 200), true);
				return;
			}
			if (repaired.rrule === null) {
				problem('import.note.emptyRule', 'RRULE:', false);
				continue;
			}
			if (repaired.repaired) {
				problem('import.note.ruleRepaired', `${propValue(line)} → ${repaired.rrule}`, false);
			}
			lines.push(`RRULE:${repaired.rrule}`);
		}
		let vevent: Component;
		try {
			vevent = parseBlock(lines);
		} catch (error) {
			problem(
				'import.skip.unreadable',
				String(error instanceof Error ? error.message : error),
				true
			);
			return;
		}
		try {
			reader.notes.clear();
			const component = readEvent(vevent, uid, reader, maxYear);
			for (const [reason, detail] of reader.notes) problem(reason, detail, false);
			if (vevent.getAllProperties('rrule').length > 1) {
				problem('import.note.extraRules', 'RRULE', false);
			}
			out.push(component);
		} catch (error) {
			if (error instanceof ReadError) problem(error.reason, error.message, true);
			else
				problem(
					'import.skip.unreadable',
					String(error instanceof Error ? error.message : error),
					true
				);
		}
	});
	return { components: out, problems };
}

function readEvent(vevent: Component, uid: string, reader: Reader, maxYear: number): IcsComponent {
	const start = timeOf(vevent.getFirstProperty('dtstart'));
	if (!start) throw new ReadError('import.skip.noStart', 'DTSTART');
	if (start.time.year < MIN_YEAR || start.time.year > maxYear) {
		throw new ReadError('import.skip.dateOutOfRange', start.time.toString());
	}
	const allDay = start.time.isDate;
	const timeZone = reader.zoneOf(start);
	const startUtc = reader.toUtc(start);
	const endProp = timeOf(vevent.getFirstProperty('dtend'));
	let endUtc: string;
	if (endProp) {
		endUtc = allDay ? reader.toUtcAsDate(endProp) : reader.toUtc(endProp);
	} else {
		const duration = vevent.getFirstPropertyValue('duration');
		if (duration instanceof ICAL.Duration) {
			if (allDay) {
				const days = Math.max(1, Math.round(duration.toSeconds() / 86400));
				const end = start.time.clone();
				end.adjust(days, 0, 0, 0);
				endUtc = reader.toUtc({ time: end, tzid: null });
			} else {
				endUtc = new Date(Date.parse(startUtc) + duration.toSeconds() * 1000).toISOString();
			}
		} else if (allDay) {
			const end = start.time.clone();
			end.adjust(1, 0, 0, 0);
			endUtc = reader.toUtc({ time: end, tzid: null });
		} else {
			endUtc = startUtc;
		}
	}
	if (Date.parse(endUtc) < Date.parse(startUtc)) endUtc = startUtc;
	if (allDay && endUtc === startUtc) {
		// DTEND = DTSTART on an all-day event: one day.
		const end = start.time.clone();
		end.adjust(1, 0, 0, 0);
		endUtc = reader.toUtc({ time: end, tzid: null });
	}

	const rruleProp = vevent.getFirstProperty('rrule');
	const rruleValue = rruleProp?.getFirstValue();
	const rrule = rruleValue instanceof ICAL.Recur ? recurText(rruleValue, allDay) : null;

	const instants = (name: 'exdate' | 'rdate') => {
		const starts: string[] = [];
		const days: string[] = [];
		const ends: Record<string, string> = {};
		for (const prop of vevent.getAllProperties(name)) {
			const tzid = prop.getParameter('tzid');
			for (const value of prop.getValues()) {
				if (value instanceof ICAL.Time) {
					const tv = { time: value, tzid: typeof tzid === 'string' ? tzid : null };
					if (value.isDate && !allDay) days.push(dateText(value));
					else starts.push(allDay ? reader.toUtcAsDate(tv) : reader.toUtc(tv));
				} else if (value instanceof ICAL.Period) {
					const tv = { time: value.start, tzid: typeof tzid === 'string' ? tzid : null };
					const s = reader.toUtc(tv);
					starts.push(s);
					const end = value.end
						? reader.toUtc({ time: value.end, tzid: tv.tzid })
						: value.duration
							? new Date(Date.parse(s) + value.duration.toSeconds() * 1000).toISOString()
							: null;
					if (end) ends[s] = end;
				}
			}
		}
		return { starts: [...new Set(starts)].sort(), ends, days };
	};
	const excluded = instants('exdate');
	const exdates = excluded.starts;
	const rdates = instants('rdate');

	const recurrenceProp = vevent.getFirstProperty('recurrence-id');
	const recurrence = timeOf(recurrenceProp);
	const range = recurrenceProp?.getParameter('range');
	const geo = vevent.getFirstPropertyValue('geo');
	const status = text(vevent, 'status').toUpperCase();
	const sequence = Number(vevent.getFirstPropertyValue('sequence') ?? 0);
	return {
		uid: uid.slice(0, 500),
		recurrenceId: recurrence ? reader.toUtc(recurrence) : null,
		recurrenceIdDate: recurrence ? reader.toUtcAsDate(recurrence) : null,
		thisAndFuture: typeof range === 'string' && range.toUpperCase() === 'THISANDFUTURE',
		start: startUtc,
		end: endUtc,
		allDay,
		timeZone,
		rrule,
		exdates,
		exdateDays: excluded.days,
		rdates: [
			...new Set([
				...rdates.starts,
				...rdates.days.map((d) => localToUtcIso(d, timeOfDay(start.time), timeZone) ?? '')
			])
		]
			.filter(Boolean)
			.sort(),
		rdateEnds: rdates.ends,
		summary: text(vevent, 'summary'),
		description: text(vevent, 'description'),
		location: text(vevent, 'location'),
		url: text(vevent, 'url'),
		geo:
			Array.isArray(geo) && geo.length === 2 && geo.every((n) => Number.isFinite(Number(n)))
				? { lat: Number(geo[0]), lon: Number(geo[1]) }
				: null,
		status:
			status === 'CANCELLED' ? 'CANCELLED' : status === 'TENTATIVE' ? 'TENTATIVE' : 'CONFIRMED',
		sequence: Number.isFinite(sequence) ? sequence : 0
	};
}

/** The rule as text (an all-day series' UNTIL as a date). */
function recurText(recur: InstanceType<typeof ICAL.Recur>, allDay: boolean): string {
	// A floating UNTIL stays as written: the normaliser reads it in the event's zone.
	const copy = recur.clone();
	if (copy.until && allDay && !copy.until.isDate) copy.until.isDate = true;
	return copy.toString();
}
