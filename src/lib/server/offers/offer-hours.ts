import type { OpeningHours } from './offer.types.ts';

/*
 * Opening hours in Europe/Berlin: which weekday and time it is there, whether a place is open,
 * and "today open until …". Pure functions; the public pages and the "open now" filter use them.
 */

const ZONE = 'Europe/Berlin';
const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

let formatter: Intl.DateTimeFormat | null = null;

/** Weekday (1 = Monday) and 'HH:MM' in Berlin at the instant. */
export function berlinClock(now: Date): { weekday: number; time: string } {
	formatter ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: ZONE,
		weekday: 'short',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	const parts = Object.fromEntries(formatter.formatToParts(now).map((p) => [p.type, p.value]));
	return { weekday: WEEKDAY[parts.weekday ?? ''] ?? 1, time: `${parts.hour}:${parts.minute}` };
}

/** Open at this weekday and time? (opens inclusive, closes exclusive) */
export function isOpenAt(hours: readonly OpeningHours[], weekday: number, time: string): boolean {
	return hours.some((h) => h.weekday === weekday && h.opens <= time && time < h.closes);
}

export interface TodayHours {
	/** Today's ranges, in order */
	ranges: OpeningHours[];
	/** Open right now: until this time */
	openUntil: string | null;
	/** Closed now, opens again later today at this time */
	opensLater: string | null;
}

export function todayHours(hours: readonly OpeningHours[], now: Date): TodayHours {
	const { weekday, time } = berlinClock(now);
	const ranges = hours
		.filter((h) => h.weekday === weekday)
		.sort((a, b) => a.opens.localeCompare(b.opens));
	const current = ranges.find((h) => h.opens <= time && time < h.closes);
	const later = ranges.find((h) => h.opens > time);
	return {
		ranges,
		openUntil: current?.closes ?? null,
		opensLater: current ? null : (later?.opens ?? null)
	};
}

/** The week as rows Monday … Sunday, each with its ranges (empty: closed). */
export function weekRows(
	hours: readonly OpeningHours[]
): { weekday: number; ranges: OpeningHours[] }[] {
	return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
		weekday,
		ranges: hours
			.filter((h) => h.weekday === weekday)
			.sort((a, b) => a.opens.localeCompare(b.opens))
	}));
}

/** HSDS/schema.org day codes. */
export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export const SCHEMA_ORG_DAY = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
] as const;
