/**
 * Dates, times and prices of events as people read them: Berlin time, the page's language.
 * Pure functions (server and browser alike); the words come from the i18n catalogue.
 */

import { offsetAt } from './zone-offset.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

const TZ = 'Europe/Berlin';
const cache = new Map<string, Intl.DateTimeFormat>();

/** A formatter per language and kind (`name`), made once: creating one costs far more than using it. */
function fmt(
	locale: string,
	name: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat {
	const tag = locale === 'en' ? 'en-GB' : 'de-DE';
	const key = `${tag}|${name}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(tag, { timeZone: TZ, ...options });
		cache.set(key, f);
	}
	return f;
}

/** A local calendar day 'YYYY-MM-DD' as an instant at noon UTC (safe for date-only formatting). */
function dayInstant(date: string): Date {
	return new Date(`${date}T12:00:00Z`);
}

/** "Samstag, 5. Dezember 2026" for a local date 'YYYY-MM-DD'. */
export function longDay(date: string, locale: string, withYear = true): string {
	return fmt(locale, withYear ? 'longDay' : 'longDayNoYear', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(withYear ? { year: 'numeric' } : {}),
		timeZone: 'UTC'
	}).format(dayInstant(date));
}

/** "Sa., 5. Dez." */
export function shortDay(date: string, locale: string): string {
	return fmt(locale, 'shortDay', {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		timeZone: 'UTC'
	}).format(dayInstant(date));
}

/** "5.12.2026" / "05/12/2026" */
export function numericDay(date: string, locale: string): string {
	return fmt(locale, 'numericDay', {
		day: 'numeric',
		month: 'numeric',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(dayInstant(date));
}

/** "Dezember 2026" for 'YYYY-MM' */
export function monthName(month: string, locale: string): string {
	return fmt(locale, 'monthName', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		dayInstant(`${month}-15`)
	);
}

/** Berlin's wall clock at an instant, as an ISO text ('2026-12-05T10:00:00.000Z' = 10:00 there). */
function wallIso(iso: string): string {
	const ms = Date.parse(iso);
	return new Date(ms + offsetAt(ms, TZ)).toISOString();
}

/** Local date 'YYYY-MM-DD' of an instant. */
export function localDay(iso: string): string {
	return wallIso(iso).slice(0, 10);
}

/** "10:00" (24-hour clock in both languages) */
export function clock(iso: string, _locale: string): string {
	return wallIso(iso).slice(11, 16);
}

/** "10:00 – 11:30 Uhr", "ab 10:00 Uhr", "ganztägig"; multi-day: "5. Dez. 10:00 bis 7. Dez. 16:00". */
export function timeText(
	o: { start: string; end: string; allDay: boolean },
	locale: string,
	t: T
): string {
	const startDay = localDay(o.start);
	const lastDay = localDay(
		new Date(Math.max(Date.parse(o.start), Date.parse(o.end) - 1)).toISOString()
	);
	if (o.allDay) {
		if (startDay === lastDay) return t('events.allDay');
		return t('events.dateRange', {
			from: shortDay(startDay, locale),
			to: shortDay(lastDay, locale)
		});
	}
	if (startDay !== localDay(o.end) && Date.parse(o.end) - Date.parse(o.start) > 0) {
		return t('events.dateRange', {
			from: `${shortDay(startDay, locale)} ${clock(o.start, locale)}`,
			to: `${shortDay(localDay(o.end), locale)} ${t('events.clock', { time: clock(o.end, locale) })}`
		});
	}
	if (o.end === o.start) return t('events.clock', { time: clock(o.start, locale) });
	return t('events.clockRange', { from: clock(o.start, locale), to: clock(o.end, locale) });
}

const euroFormats = new Map<string, Intl.NumberFormat>();

function euros(locale: string): Intl.NumberFormat {
	const tag = locale === 'en' ? 'en-GB' : 'de-DE';
	let f = euroFormats.get(tag);
	if (!f) {
		f = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
		euroFormats.set(tag, f);
	}
	return f;
}

/** "Kostenlos", "12,50 €", "Kosten auf Anfrage" (+ note) */
export function costText(
	cost: { kind: string; cents: number | null; note: string },
	locale: string,
	t: T
): string {
	let text: string;
	if (cost.kind === 'free') text = t('events.cost.free');
	else if (cost.kind === 'on_request') text = t('events.cost.onRequest');
	else {
		text = euros(locale).format((cost.cents ?? 0) / 100);
	}
	return cost.note ? `${text} (${cost.note})` : text;
}
