import ICAL from 'ical.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone, localToUtcIso, wallToUtc } from '../time-zone.ts';

/*
 * Reads an iCalendar feed (RFC 5545) with ical.js into plain components: one per VEVENT, times
 * as UTC instants (DATE values as local midnights in Europe/Berlin, like our own all-day events),
 * the RRULE kept as text and EXDATEs as instants — a series stays a series. Time zones: an IANA
 * TZID is converted with the platform's zone data; other TZIDs (e.g. Outlook's "W. Europe
 * Standard Time") with the VTIMEZONE in the file; floating times are read as Europe/Berlin.
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
	start: string;
	end: string;
	allDay: boolean;
	rrule: string | null;
	exdates: string[];
	summary: string;
	description: string;
	location: string;
	url: string;
	geo: { lat: number; lon: number } | null;
	status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
	sequence: number;
}

export const MAX_COMPONENTS = 3000;

type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(t: Time): string {
	return `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;
}

/** Converts a DATE or DATE-TIME property value to a UTC ISO instant. */
function toUtc(
	t: Time,
	tzid: string | null,
	zones: Map<string, InstanceType<typeof ICAL.Timezone>>
): string {
	if (t.isDate) {
		const iso = localToUtcIso(dateText(t));
		if (!iso) throw new Error(`bad date ${t.toString()}`);
		return iso;
	}
	const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
	if (t.zone === ICAL.Timezone.utcTimezone || t.toString().endsWith('Z')) {
		return new Date(wall).toISOString();
	}
	if (tzid) {
		const clean = tzid.replace(/^\/+/, '');
		if (isValidTimeZone(clean)) return new Date(wallToUtc(wall, clean)).toISOString();
		const zone = zones.get(tzid);
		if (zone) {
			const offset = zone.utcOffset(t);
			return new Date(wall - offset * 1000).toISOString();
		}
	}
	return new Date(wallToUtc(wall, DEFAULT_TIME_ZONE)).toISOString();
}

function text(component: InstanceType<typeof ICAL.Component>, name: string): string {
	const value = component.getFirstPropertyValue(name);
	return typeof value === 'string' ? value : value == null ? '' : String(value);
}

function timeOf(prop: Property | null) {
	if (!prop) return null;
	const value = prop.getFirstValue();
	if (!(value instanceof ICAL.Time)) return null;
	const tzid = prop.getParameter('tzid');
	return { time: value, tzid: typeof tzid === 'string' ? tzid : null };
}

/** Parses the feed; throws IcsParseError when it is not (valid) iCalendar. */
export function parseIcs(input: string): IcsComponent[] {
	const textInput = input.replace(/^\uFEFF/, '');
	if (!/^\s*BEGIN:VCALENDAR/i.test(textInput)) {
		throw new IcsParseError('notIcs', 'does not start with BEGIN:VCALENDAR');
	}
	let root: InstanceType<typeof ICAL.Component>;
	try {
		root = new ICAL.Component(ICAL.parse(textInput) as unknown as unknown[]);
	} catch (error) {
		throw new IcsParseError('badIcs', String(error));
	}
	if (root.name !== 'vcalendar') throw new IcsParseError('notIcs', `root is ${root.name}`);
	const zones = new Map<string, InstanceType<typeof ICAL.Timezone>>();
	for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
		try {
			const zone = new ICAL.Timezone(vtimezone);
			if (zone.tzid) zones.set(zone.tzid, zone);
		} catch {
			// A broken VTIMEZONE: its events fall back to the IANA name or Europe/Berlin.
		}
	}
	const vevents = root.getAllSubcomponents('vevent');
	if (vevents.length > MAX_COMPONENTS) {
		throw new IcsParseError('tooMany', `${vevents.length} events (at most ${MAX_COMPONENTS})`);
	}
	const out: IcsComponent[] = [];
	for (const vevent of vevents) {
		try {
			const uid = text(vevent, 'uid').trim();
			const start = timeOf(vevent.getFirstProperty('dtstart'));
			if (!uid || !start) continue; // not importable without UID and start
			const startUtc = toUtc(start.time, start.tzid, zones);
			const allDay = start.time.isDate;
			const endProp = timeOf(vevent.getFirstProperty('dtend'));
			let endUtc: string;
			if (endProp) {
				endUtc = toUtc(endProp.time, endProp.tzid, zones);
			} else {
				const duration = vevent.getFirstPropertyValue('duration');
				const seconds =
					duration instanceof ICAL.Duration ? duration.toSeconds() : allDay ? 86400 : 0;
				endUtc = new Date(Date.parse(startUtc) + seconds * 1000).toISOString();
			}
			if (Date.parse(endUtc) < Date.parse(startUtc)) endUtc = startUtc;
			const rruleValue = vevent.getFirstPropertyValue('rrule');
			const exdates: string[] = [];
			for (const prop of vevent.getAllProperties('exdate')) {
				const tzid = prop.getParameter('tzid');
				for (const value of prop.getValues()) {
					if (value instanceof ICAL.Time) {
						exdates.push(toUtc(value, typeof tzid === 'string' ? tzid : null, zones));
					}
				}
			}
			const recurrence = timeOf(vevent.getFirstProperty('recurrence-id'));
			const geo = vevent.getFirstPropertyValue('geo');
			const status = text(vevent, 'status').toUpperCase();
			const sequence = Number(vevent.getFirstPropertyValue('sequence') ?? 0);
			out.push({
				uid: uid.slice(0, 500),
				recurrenceId: recurrence ? toUtc(recurrence.time, recurrence.tzid, zones) : null,
				start: startUtc,
				end: endUtc,
				allDay,
				rrule: rruleValue instanceof ICAL.Recur ? rruleValue.toString() : null,
				exdates,
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
			});
		} catch {
			// One broken event does not stop the others; the sync counts it as skipped.
			out.push({ ...BROKEN, uid: text(vevent, 'uid') || '?' });
		}
	}
	return out;
}

/** Marks a component that could not be read (counted, never imported). */
export const BROKEN: IcsComponent = {
	uid: '',
	recurrenceId: null,
	start: '',
	end: '',
	allDay: false,
	rrule: null,
	exdates: [],
	summary: '',
	description: '',
	location: '',
	url: '',
	geo: null,
	status: 'CONFIRMED',
	sequence: -1
};

export function isBroken(c: IcsComponent): boolean {
	return c.sequence === -1 && c.start === '';
}
