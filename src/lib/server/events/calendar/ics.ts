import { DEFAULT_TIME_ZONE, offsetAt, utcToWall } from '../core/time-zone.ts';

/*
 * A small iCalendar (RFC 5545) writer for the calendar's own data: VTIMEZONE for
 * Europe/Berlin, DTSTART/DTEND with TZID (or VALUE=DATE), RRULE and EXDATE kept as rules,
 * overrides as VEVENTs with RECURRENCE-ID, SEQUENCE, STATUS, TEXT escaping, CRLF line ends and
 * folding at 75 octets without splitting a UTF-8 character. See docs/decisions/008-ical.md.
 */

export interface IcsEvent {
	uid: string;
	sequence: number;
	/** UTC ISO: when this representation was made (DTSTAMP) */
	stamp: string;
	created?: string;
	lastModified?: string;
	start: string;
	end: string;
	allDay: boolean;
	timeZone?: string;
	rrule?: string | null;
	exdates?: readonly string[];
	/** Extra dates (RDATE) */
	rdates?: readonly string[];
	/** Set on an override: the original start of the occurrence it replaces */
	recurrenceId?: string;
	summary: string;
	description?: string;
	location?: string;
	geo?: { lat: number; lon: number } | null;
	url?: string;
	categories?: readonly string[];
	status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
	organizer?: { name: string; email: string } | null;
}

export interface IcsCalendar {
	/** PRODID */
	productId?: string;
	name: string;
	description?: string;
	/** Suggested refresh interval for subscribers, in minutes */
	refreshMinutes?: number;
	events: readonly IcsEvent[];
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	if (!/[\\;,\r\n]/.test(value)) return value;
	return value
		.replace(/\r\n?/g, '\n')
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\n/g, '\\n');
}

/** Parameter value: quoted when it holds : ; or , (no quotes or control characters allowed in it). */
function paramValue(value: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are removed on purpose
	const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
	return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line into pieces of at most 75 octets, continuation lines start with a space. */
export function foldLine(line: string): string {
	if (line.length <= 18) return line;
	const bytes = Buffer.from(line, 'utf8');
	if (bytes.length <= 75) return line;
	const parts: string[] = [];
	let start = 0;
	let limit = 75;
	while (bytes.length - start > limit) {
		let end = start + limit;
		// Never cut inside a UTF-8 sequence: step back over continuation bytes (10xxxxxx).
		while (((bytes[end] as number) & 0xc0) === 0x80) end--;
		parts.push(bytes.toString('utf8', start, end));
		start = end;
		limit = 74; // the leading space of a continuation line counts
	}
	parts.push(bytes.toString('utf8', start));
	return parts.join('\r\n ');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stamp(ms: number, utc: boolean): string {
	const d = new Date(ms);
	return (
		`${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
		`T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${utc ? 'Z' : ''}`
	);
}

/** 20261202T090000Z */
export function formatUtc(iso: string): string {
	return stamp(Date.parse(iso), true);
}

/** Local wall-clock time in the zone: 20261202T100000 */
export function formatLocal(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
	return stamp(utcToWall(Date.parse(iso), timeZone), false);
}

/** Local date in the zone: 20261202 */
export function formatLocalDate(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
	return formatLocal(iso, timeZone).slice(0, 8);
}

function dateProp(name: string, iso: string, allDay: boolean, timeZone: string): string {
	return allDay
		? `${name};VALUE=DATE:${formatLocalDate(iso, timeZone)}`
		: `${name};TZID=${timeZone}:${formatLocal(iso, timeZone)}`;
}

/** VTIMEZONE of Europe/Berlin: EU summer time rules since 1996 (our events start in 2000 or later). */
const VTIMEZONES: Record<string, string[]> = {
	'Europe/Berlin': [
		'BEGIN:VTIMEZONE',
		'TZID:Europe/Berlin',
		'X-LIC-LOCATION:Europe/Berlin',
		'BEGIN:DAYLIGHT',
		'TZOFFSETFROM:+0100',
		'TZOFFSETTO:+0200',
		'TZNAME:CEST',
		'DTSTART:19700329T020000',
		'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
		'END:DAYLIGHT',
		'BEGIN:STANDARD',
		'TZOFFSETFROM:+0200',
		'TZOFFSETTO:+0100',
		'TZNAME:CET',
		'DTSTART:19701025T030000',
		'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
		'END:STANDARD',
		'END:VTIMEZONE'
	]
};

const generated = new Map<string, string[]>();

function offsetText(ms: number): string {
	const sign = ms < 0 ? '-' : '+';
	const minutes = Math.abs(ms) / 60_000;
	return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * VTIMEZONE of any other IANA zone (imported series keep their source's zone), made from the
 * platform's zone data: every change of offset from 1970 to 2040 as an RDATE of a STANDARD
 * or DAYLIGHT observance (RFC 5545 §3.6.5 allows that instead of rules).
 */
export function vtimezoneFor(zone: string): string[] {
	const known = VTIMEZONES[zone] ?? generated.get(zone);
	if (known) return known;
	const HOUR = 3_600_000;
	const transitions: { at: number; from: number; to: number }[] = [];
	let at = Date.UTC(1970, 0, 1);
	const end = Date.UTC(2041, 0, 1);
	let previous = offsetAt(at, zone);
	for (let t = at + 7 * 24 * HOUR; t <= end; t += 7 * 24 * HOUR) {
		const offset = offsetAt(t, zone);
		if (offset !== previous) {
			// Narrow the week down to the hour of the change.
			let lo = at;
			let hi = t;
			while (hi - lo > HOUR) {
				const mid = lo + Math.floor((hi - lo) / HOUR / 2) * HOUR;
				if (offsetAt(mid, zone) === previous) lo = mid;
				else hi = mid;
			}
			transitions.push({ at: hi, from: previous, to: offset });
			previous = offset;
		}
		at = t;
	}
	const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
	if (!transitions.length) {
		const offset = offsetText(previous);
		lines.push(
			'BEGIN:STANDARD',
			'DTSTART:19700101T000000',
			`TZOFFSETFROM:${offset}`,
			`TZOFFSETTO:${offset}`,
			'END:STANDARD'
		);
	}
	const groups = new Map<
		string,
		{ daylight: boolean; from: number; to: number; starts: string[] }
	>();
	for (const t of transitions) {
		const key = `${t.from}|${t.to}`;
		const group = groups.get(key) ?? {
			daylight: t.to > t.from,
			from: t.from,
			to: t.to,
			starts: []
		};
		// DTSTART/RDATE of an observance: local time before the change.
		group.starts.push(stamp(t.at + t.from, false));
		groups.set(key, group);
	}
	for (const g of groups.values()) {
		const kind = g.daylight ? 'DAYLIGHT' : 'STANDARD';
		lines.push(
			`BEGIN:${kind}`,
			`DTSTART:${g.starts[0]}`,
			`TZOFFSETFROM:${offsetText(g.from)}`,
			`TZOFFSETTO:${offsetText(g.to)}`
		);
		// One value per RDATE line: some readers (ical.js among them) take only the first.
		for (const start of g.starts.slice(1)) lines.push(`RDATE:${start}`);
		lines.push(`END:${kind}`);
	}
	lines.push('END:VTIMEZONE');
	generated.set(zone, lines);
	return lines;
}

function eventLines(e: IcsEvent): string[] {
	const tz = e.timeZone ?? DEFAULT_TIME_ZONE;
	const lines = ['BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${formatUtc(e.stamp)}`];
	if (e.recurrenceId) lines.push(dateProp('RECURRENCE-ID', e.recurrenceId, e.allDay, tz));
	lines.push(dateProp('DTSTART', e.start, e.allDay, tz));
	if (e.end !== e.start) lines.push(dateProp('DTEND', e.end, e.allDay, tz));
	if ((e.rrule || e.rdates?.length) && !e.recurrenceId) {
		if (e.rrule) lines.push(`RRULE:${e.rrule}`);
		for (const ex of e.exdates ?? []) lines.push(dateProp('EXDATE', ex, e.allDay, tz));
		for (const r of e.rdates ?? []) lines.push(dateProp('RDATE', r, e.allDay, tz));
	}
	lines.push(`SEQUENCE:${e.sequence}`);
	lines.push(`STATUS:${e.status}`);
	lines.push(`SUMMARY:${escapeText(e.summary)}`);
	if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
	if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
	if (e.geo) lines.push(`GEO:${e.geo.lat.toFixed(6)};${e.geo.lon.toFixed(6)}`);
	if (e.url) lines.push(`URL:${e.url}`);
	if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
	if (e.organizer?.email) {
		lines.push(`ORGANIZER;CN=${paramValue(e.organizer.name)}:mailto:${e.organizer.email}`);
	}
	if (e.created) lines.push(`CREATED:${formatUtc(e.created)}`);
	if (e.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(e.lastModified)}`);
	lines.push('CLASS:PUBLIC', 'TRANSP:OPAQUE', 'END:VEVENT');
	return lines;
}

/** One VEVENT as text, each line folded and ended by CRLF. */
export function eventBlock(event: IcsEvent): string {
	return eventLines(event).map(foldLine).join('\r\n') + '\r\n';
}

/**
 * The calendar's head: its properties and the VTIMEZONE of each zone (in the order given; the
 * default zone when none), each line folded and ended by CRLF.
 */
export function calendarHead(
	calendar: Omit<IcsCalendar, 'events'>,
	timeZones: Iterable<string>
): string {
	const zones = new Set(timeZones);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${calendar.productId ?? '-//Buendnis//Terminkalender//DE'}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(calendar.name)}`,
		`NAME:${escapeText(calendar.name)}`,
		`X-WR-TIMEZONE:${DEFAULT_TIME_ZONE}`
	];
	if (calendar.description) lines.push(`X-WR-CALDESC:${escapeText(calendar.description)}`);
	if (calendar.refreshMinutes) {
		lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`);
		lines.push(`X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
	}
	for (const zone of zones.size ? zones : [DEFAULT_TIME_ZONE]) {
		lines.push(...vtimezoneFor(zone));
	}
	return lines.map(foldLine).join('\r\n') + '\r\n';
}

export const CALENDAR_END = 'END:VCALENDAR\r\n';

/**
 * The whole calendar as text with CRLF line ends: head, one block per event, end. (The feed
 * assembles the same text from blocks it keeps per event: calendar-feed.service.ts.)
 */
export function serializeCalendar(calendar: IcsCalendar): string {
	const head = calendarHead(
		calendar,
		calendar.events.map((e) => e.timeZone ?? DEFAULT_TIME_ZONE)
	);
	return head + calendar.events.map(eventBlock).join('') + CALENDAR_END;
}
