import { createRequire } from 'node:module';
import { DEFAULT_TIME_ZONE } from './time-zone.ts';
import { countOccurrences, formatUntil, MIN_YEAR, untilToUtc } from './recurrence.ts';

// rrule ships a UMD bundle whose named exports Node's ESM loader cannot see; load it as CommonJS.
const require = createRequire(import.meta.url);
const { RRule } = require('rrule') as typeof import('rrule');

/* An RRULE as typed or imported, checked and written in our canonical form (007, 035). */

export type RruleProblem =
	| 'events.error.rruleSyntax'
	| 'events.error.rruleFrequency'
	| 'events.error.rruleCount'
	| 'events.error.rruleUntil'
	| 'events.error.rruleTooMany';

const ALLOWED_FREQ = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const ALLOWED_PARTS = new Set([
	'FREQ',
	'INTERVAL',
	'COUNT',
	'UNTIL',
	'BYDAY',
	'BYMONTHDAY',
	'BYMONTH',
	'BYSETPOS',
	'BYWEEKNO',
	'BYYEARDAY',
	'WKST'
]);

/**
 * Checks and normalises an RRULE value (with or without the "RRULE:" prefix): upper case, only
 * the parts we support, at most daily, COUNT ≤ 1000, UNTIL written in UTC (timed events) or as a
 * date (all-day events) as RFC 5545 demands. Returns the normalised text or a message key.
 */
export function normalizeRrule(
	input: string,
	options: { allDay: boolean; start: string; timeZone?: string; now?: Date }
): { ok: true; rrule: string } | { ok: false; error: RruleProblem } {
	const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
	const text = input
		.trim()
		.replace(/^RRULE:/i, '')
		.toUpperCase();
	if (!text || text.length > 500 || /[\r\n]/.test(text)) {
		return { ok: false, error: 'events.error.rruleSyntax' };
	}
	const parts = new Map<string, string>();
	for (const piece of text.split(';')) {
		if (!piece) continue;
		const [key, value, ...rest] = piece.split('=');
		if (!key || !value || rest.length || !ALLOWED_PARTS.has(key) || parts.has(key)) {
			return { ok: false, error: 'events.error.rruleSyntax' };
		}
		parts.set(key, value);
	}
	const freq = parts.get('FREQ');
	if (!freq) return { ok: false, error: 'events.error.rruleSyntax' };
	if (!ALLOWED_FREQ.has(freq)) return { ok: false, error: 'events.error.rruleFrequency' };
	if (parts.has('COUNT') && parts.has('UNTIL')) {
		return { ok: false, error: 'events.error.rruleSyntax' };
	}
	const count = parts.get('COUNT');
	if (count !== undefined && (!/^\d{1,4}$/.test(count) || +count < 1 || +count > 1000)) {
		return { ok: false, error: 'events.error.rruleCount' };
	}
	const interval = parts.get('INTERVAL');
	if (interval !== undefined && (!/^\d{1,3}$/.test(interval) || +interval < 1 || +interval > 99)) {
		return { ok: false, error: 'events.error.rruleSyntax' };
	}
	const until = parts.get('UNTIL');
	if (until !== undefined) {
		const ms = untilToUtc(until, timeZone);
		if (ms === null) return { ok: false, error: 'events.error.rruleSyntax' };
		if (ms < new Date(options.start).getTime())
			return { ok: false, error: 'events.error.rruleUntil' };
		if (new Date(ms).getUTCFullYear() > 2100)
			return { ok: false, error: 'events.error.rruleUntil' };
		parts.set('UNTIL', formatUntil(ms, options.allDay, timeZone));
	}
	if (new Date(options.start).getUTCFullYear() < MIN_YEAR) {
		return { ok: false, error: 'events.error.rruleTooMany' };
	}
	const order = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', ...ALLOWED_PARTS];
	const rrule = [...new Set(order)]
		.filter((k) => parts.has(k))
		.map((k) => `${k}=${parts.get(k)}`)
		.join(';');
	try {
		RRule.parseString(rrule);
		const series = { start: options.start, end: options.start, allDay: options.allDay, rrule };
		const check = countOccurrences({ ...series, timeZone }, options.now ?? new Date());
		if (!check.ok) return { ok: false, error: 'events.error.rruleTooMany' };
	} catch {
		return { ok: false, error: 'events.error.rruleSyntax' };
	}
	return { ok: true, rrule };
}
