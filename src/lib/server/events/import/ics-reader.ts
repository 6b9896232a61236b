import ICAL from 'ical.js';
import {
	DEFAULT_TIME_ZONE,
	isValidTimeZone,
	localToUtcIso,
	utcToWall,
	wallToUtc
} from '../core/time-zone.ts';
import { WINDOWS_ZONES } from './windows-zones.ts';

/* Time zones and values of one VEVENT, for ics-parse.ts: TZIDs resolved to IANA zones (036). */

export type Time = InstanceType<typeof ICAL.Time>;
export type Component = InstanceType<typeof ICAL.Component>;
export type Property = InstanceType<typeof ICAL.Property>;
export type Zone = InstanceType<typeof ICAL.Timezone>;

export const pad = (n: number) => String(n).padStart(2, '0');
export const dateText = (t: Time) =>
	`${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`;

// ---------------------------------------------------------------------------------------------
// Time zones

/**
 * A VTIMEZONE is used only when its observances repeat at most yearly (a daily rule from the
 * year 0001 would take ical.js minutes to expand).
 */
export function trustworthyZone(zone: Component): boolean {
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
export function allZoneNames(): string[] {
	zoneNames ??= (
		Intl as unknown as { supportedValuesOf(kind: string): string[] }
	).supportedValuesOf('timeZone');
	return zoneNames;
}

/** Offset of an IANA zone at a UTC instant, in seconds. */
export const offsetOfIana = (utcMs: number, zone: string) =>
	(utcToWall(utcMs, zone) - utcMs) / 1000;

export class ZoneResolver {
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

export interface TimeValue {
	time: Time;
	tzid: string | null;
}

export function timeOf(prop: Property | null): TimeValue | null {
	if (!prop) return null;
	const value = prop.getFirstValue();
	if (!(value instanceof ICAL.Time)) return null;
	const tzid = prop.getParameter('tzid');
	return { time: value, tzid: typeof tzid === 'string' ? tzid : null };
}

export const timeOfDay = (t: Time) => `${pad(t.hour)}:${pad(t.minute)}`;

export const isUtc = (t: Time) =>
	t.zone === ICAL.Timezone.utcTimezone || t.toString().endsWith('Z');

export class Reader {
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

export class ReadError extends Error {
	readonly reason: string;
	constructor(reason: string, detail: string) {
		super(detail);
		this.reason = reason;
	}
}

export function text(component: Component, name: string): string {
	const value = component.getFirstPropertyValue(name);
	return typeof value === 'string' ? value : value == null ? '' : String(value);
}
