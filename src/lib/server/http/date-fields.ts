import { z } from 'zod';

/*
 * Date fields of every form, in one place: a value must name a real day, so that
 * "2027-02-30" is a field error (error.date) and never reaches date arithmetic that throws.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** 'YYYY-MM-DD' naming a day that exists (leap years included). */
export function isCalendarDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
	const check = new Date(Date.UTC(y, mo - 1, d));
	return check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
}

/** 'YYYY-MM-DDTHH:MM' (a datetime-local input) naming a real day and time. */
export function isLocalDateTime(value: string): boolean {
	const m = DATE_TIME.exec(value);
	return !!m && isCalendarDate(m[1]!) && Number(m[2]) <= 23 && Number(m[3]) <= 59;
}

/** An optional date input: '' or a real day. */
export const optionalDateField = z
	.string()
	.trim()
	.optional()
	.default('')
	.refine((v) => v === '' || isCalendarDate(v), { message: 'error.date' });

/** An optional date or date-and-time input: '', a real day, or a real day and time. */
export const optionalDateOrDateTimeField = z
	.string()
	.trim()
	.optional()
	.default('')
	.refine((v) => v === '' || isCalendarDate(v) || isLocalDateTime(v), { message: 'error.date' });

/** A required date-and-time input (datetime-local). */
export const dateTimeField = z.string().trim().refine(isLocalDateTime, { message: 'error.date' });
