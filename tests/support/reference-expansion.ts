import ICAL from 'ical.js';
import { vtimezoneFor } from '../../src/lib/server/events/calendar/ics.ts';
import {
	isValidTimeZone,
	localToUtcIso,
	wallToUtc
} from '../../src/lib/server/events/core/time-zone.ts';
import { WINDOWS_ZONES } from '../../src/lib/server/events/import/windows-zones.ts';

/*
 * An independent expansion of an iCalendar file for the import tests: ical.js's own
 * recurrence engine (ICAL.Event + RecurExpansion, RDATE/EXDATE, RECURRENCE-ID incl.
 * RANGE=THISANDFUTURE, the file's VTIMEZONEs) — not the `rrule` package and not our
 * recurrence.ts, which the import uses. Zones without a VTIMEZONE are described from the
 * platform's zone data. Times are compared as UTC instants; DATE values as midnight in Berlin
 * (as the site shows all-day events); floating times in X-WR-TIMEZONE or Berlin.
 */

export interface ReferenceOccurrence {
	uid: string;
	start: string;
	end: string;
}

const MAX_STEPS = 20_000;

function registerZones(root: InstanceType<typeof ICAL.Component>) {
	ICAL.TimezoneService.reset();
	for (const vtz of root.getAllSubcomponents('vtimezone')) {
		try {
			const zone = new ICAL.Timezone(vtz);
			if (zone.tzid) ICAL.TimezoneService.register(zone, zone.tzid);
		} catch {
			// unusable: times in it stay floating
		}
	}
	const tzids = new Set<string>();
	for (const vevent of root.getAllSubcomponents('vevent')) {
		for (const prop of vevent.getAllProperties()) {
			const tzid = prop.getParameter('tzid');
			if (typeof tzid === 'string') tzids.add(tzid);
		}
	}
	for (const tzid of tzids) {
		if (ICAL.TimezoneService.has(tzid)) continue;
		const clean = tzid.replace(/^\/+/, '');
		const iana = isValidTimeZone(clean) ? clean : WINDOWS_ZONES[clean];
		if (!iana) continue;
		const text = ['BEGIN:VCALENDAR', ...vtimezoneFor(iana), 'END:VCALENDAR'].join('\r\n');
		const vtz = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]).getFirstSubcomponent(
			'vtimezone'
		)!;
		ICAL.TimezoneService.register(new ICAL.Timezone(vtz), tzid);
	}
}

function instant(t: InstanceType<typeof ICAL.Time>, floatingZone: string): string {
	if (t.isDate) {
		const pad = (n: number) => String(n).padStart(2, '0');
		return localToUtcIso(`${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}`)!;
	}
	const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
	const zone = t.zone;
	if (zone === ICAL.Timezone.utcTimezone) return new Date(wall).toISOString();
	if (!zone || zone === ICAL.Timezone.localTimezone || zone.tzid === 'floating') {
		return new Date(wallToUtc(wall, floatingZone)).toISOString();
	}
	return new Date(t.toUnixTime() * 1000).toISOString();
}

/**
 * What the quirky producers meant, written out by hand for the reference (ical.js refuses
 * them): RRULE values in upper case without blanks, an empty RRULE line left out, an event
 * whose rule has an unknown part (UNTL=) left out entirely, and a date written without
 * VALUE=DATE read as a date.
 */
function intended(text: string): string {
	const unfolded = text.replace(/\r?\n[ \t]/g, '');
	return unfolded
		.split(/(?=BEGIN:VEVENT)/)
		.map((chunk) => {
			if (/^RRULE:.*\bUNTL=/im.test(chunk)) {
				const end = chunk.indexOf('END:VEVENT');
				return chunk.slice(end + 'END:VEVENT'.length).replace(/^\r?\n/, '');
			}
			return chunk
				.replace(/^RRULE:[ \t]*\r?\n/gim, '')
				.replace(
					/^RRULE:(.*)$/gim,
					(_m, v: string) => `RRULE:${v.replace(/\s+/g, '').replace(/;+$/, '').toUpperCase()}`
				)
				.replace(
					/^(DTSTART|DTEND|EXDATE|RECURRENCE-ID)((?:;[^:;]*)*):(\d{8})$/gim,
					(m, name: string, params: string, date: string) =>
						/VALUE=DATE/i.test(params) ? m : `${name}${params};VALUE=DATE:${date}`
				);
		})
		.join('');
}

/** Every occurrence starting in [from, to) that is not cancelled. */
export function referenceOccurrences(
	text: string,
	from: string,
	to: string
): ReferenceOccurrence[] {
	const root = new ICAL.Component(
		ICAL.parse(intended(text.replace(/^\uFEFF/, ''))) as unknown as unknown[]
	);
	registerZones(root);
	const xwr = root.getFirstPropertyValue('x-wr-timezone');
	const floating =
		typeof xwr === 'string' && isValidTimeZone(xwr) && xwr.includes('/') ? xwr : 'Europe/Berlin';
	const vevents = root.getAllSubcomponents('vevent');
	const out: ReferenceOccurrence[] = [];
	const inWindow = (start: string) => start >= from && start < to;
	const cancelled = (c: InstanceType<typeof ICAL.Component>) =>
		String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
	// One master per UID: the one with the highest SEQUENCE (RFC 5545 §3.8.7.4).
	const sequence = (c: InstanceType<typeof ICAL.Component>) =>
		Number(c.getFirstPropertyValue('sequence') ?? 0);
	const byUid = new Map<string, InstanceType<typeof ICAL.Component>>();
	const masters: InstanceType<typeof ICAL.Component>[] = [];
	for (const v of vevents) {
		if (v.hasProperty('recurrence-id')) continue;
		const uid = String(v.getFirstPropertyValue('uid') ?? '');
		if (!uid) {
			masters.push(v);
			continue;
		}
		const seen = byUid.get(uid);
		if (!seen || sequence(v) > sequence(seen)) byUid.set(uid, v);
	}
	masters.push(...byUid.values());
	// RDATE as PERIOD: ical.js's expansion cannot take them; their starts are given as
	// DATE-TIME values and their own ends are applied afterwards.
	const periodEnds = new Map<string, string>();
	for (const v of vevents) {
		for (const prop of v.getAllProperties('rdate')) {
			const values = prop.getValues() as unknown[];
			if (!values.some((x) => x instanceof ICAL.Period)) continue;
			const starts = values.map((x) => {
				if (!(x instanceof ICAL.Period)) return x;
				const start = instant(x.start, floating);
				const end = x.end
					? instant(x.end, floating)
					: new Date(Date.parse(start) + x.duration!.toSeconds() * 1000).toISOString();
				periodEnds.set(start, end);
				return x.start;
			});
			prop.resetType('date-time');
			prop.setValues(starts as InstanceType<typeof ICAL.Time>[]);
		}
	}
	for (const master of masters) {
		const uid = String(master.getFirstPropertyValue('uid') ?? '');
		const event = new ICAL.Event(master, { strictExceptions: false });
		for (const ex of vevents) {
			if (
				ex !== master &&
				ex.hasProperty('recurrence-id') &&
				uid &&
				ex.getFirstPropertyValue('uid') === uid
			) {
				event.relateException(ex);
			}
		}
		if (cancelled(master)) continue;
		if (!event.isRecurring()) {
			const start = instant(event.startDate, floating);
			const end = instant(event.endDate ?? event.startDate, floating);
			if (inWindow(start)) out.push({ uid, start, end });
			continue;
		}
		const iterator = event.iterator();
		for (
			let step = 0, next = iterator.next();
			next && step < MAX_STEPS;
			step++, next = iterator.next()
		) {
			const details = event.getOccurrenceDetails(next);
			const start = instant(details.startDate, floating);
			if (start >= to && instant(next, floating) >= to) break;
			if (cancelled(details.item.component)) continue;
			if (inWindow(start)) {
				out.push({ uid, start, end: periodEnds.get(start) ?? instant(details.endDate, floating) });
			}
		}
	}
	// Overrides without their series in the file stand alone.
	for (const ex of vevents) {
		if (!ex.hasProperty('recurrence-id')) continue;
		const uid = String(ex.getFirstPropertyValue('uid') ?? '');
		if (uid && byUid.has(uid)) continue;
		if (cancelled(ex)) continue;
		const event = new ICAL.Event(ex);
		const start = instant(event.startDate, floating);
		if (inWindow(start)) {
			out.push({ uid, start, end: instant(event.endDate ?? event.startDate, floating) });
		}
	}
	return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
