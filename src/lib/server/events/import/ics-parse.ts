import crypto from 'node:crypto';
import ICAL from 'ical.js';
import { MIN_YEAR } from '../core/recurrence.ts';
import { isValidTimeZone, localToUtcIso } from '../core/time-zone.ts';
import {
	dateText,
	ReadError,
	Reader,
	text,
	timeOf,
	timeOfDay,
	ZoneResolver,
	trustworthyZone,
	type Component,
	type Zone
} from './ics-reader.ts';
import {
	DATE_PROPS,
	parseBlock,
	propName,
	propValue,
	repairRrule,
	splitBlocks,
	unfold
} from './ics-lines.ts';

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
