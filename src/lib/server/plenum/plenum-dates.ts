/*
 * Dates of the yearly plenum: next year's falls on the same weekday of the same (ISO 8601)
 * week, so that "the second Thursday in December" stays a Thursday in the same week.
 */

const DAY = 86_400_000;

function utc(date: string): number {
	return Date.parse(`${date}T00:00:00Z`);
}

/** ISO year, week (1–53) and weekday (1 Monday … 7 Sunday) of a calendar date. */
export function isoWeekOf(date: string): { year: number; week: number; weekday: number } {
	const t = utc(date);
	const weekday = ((new Date(t).getUTCDay() + 6) % 7) + 1;
	const thursday = new Date(t + (4 - weekday) * DAY);
	const year = thursday.getUTCFullYear();
	const jan1 = Date.UTC(year, 0, 1);
	const week = Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
	return { year, week, weekday };
}

/** Monday of ISO week 1 of `year`. */
function firstMonday(year: number): number {
	const jan4 = Date.UTC(year, 0, 4);
	const weekday = ((new Date(jan4).getUTCDay() + 6) % 7) + 1;
	return jan4 - (weekday - 1) * DAY;
}

function weeksIn(year: number): number {
	return isoWeekOf(`${year}-12-28`).week;
}

/** The same weekday of the same ISO week one year later (week 53 → 52 when there is none). */
export function nextYearSameWeek(date: string): string {
	const { year, week, weekday } = isoWeekOf(date);
	const target = Math.min(week, weeksIn(year + 1));
	const t = firstMonday(year + 1) + ((target - 1) * 7 + (weekday - 1)) * DAY;
	return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
	return Math.round((utc(to) - utc(from)) / DAY);
}
