/*
 * A time zone's offset from UTC at an instant, from the platform's Intl data, looked up once per
 * UTC hour: zones change their offset only at whole hours (true for every zone we serve). Pure
 * (server and browser alike): the server's zone arithmetic (server/events/core/time-zone.ts) and
 * the dates people read (event-format.ts) both build on it — a lookup in a map instead of an
 * Intl formatting per date shown (a month view shows some 120).
 */

const HOUR = 3_600_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

/** A formatter of the zone's wall clock; throws a RangeError for a zone the platform lacks. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** Offset of the zone from UTC at the instant, in milliseconds (Berlin: 3.6e6 or 7.2e6). */
export function offsetAt(utcMs: number, timeZone: string): number {
	let cache = offsetCache.get(timeZone);
	if (!cache) {
		cache = new Map();
		offsetCache.set(timeZone, cache);
	}
	const hour = Math.floor(utcMs / HOUR);
	const cached = cache.get(hour);
	if (cached !== undefined) return cached;
	const parts: Record<string, number> = {};
	for (const p of zoneFormatter(timeZone).formatToParts(new Date(hour * HOUR))) {
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	}
	const asUtc = Date.UTC(
		parts.year ?? 1970,
		(parts.month ?? 1) - 1,
		parts.day ?? 1,
		parts.hour ?? 0,
		parts.minute ?? 0,
		parts.second ?? 0
	);
	const offset = asUtc - hour * HOUR;
	if (cache.size > 200_000) cache.clear();
	cache.set(hour, offset);
	return offset;
}
