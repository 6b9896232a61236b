import ICAL from 'ical.js';
import { type Component } from './ics-reader.ts';

/* The lines of an iCalendar file before ical.js reads them: RRULE quirks repaired, VTIMEZONE and
 * VEVENT blocks split so that each is read on its own (ics-parse.ts). */

// ---------------------------------------------------------------------------------------------
// Producer quirks in RRULE lines

export const RRULE_PARTS = new Set([
	'FREQ',
	'UNTIL',
	'COUNT',
	'INTERVAL',
	'BYSECOND',
	'BYMINUTE',
	'BYHOUR',
	'BYDAY',
	'BYMONTHDAY',
	'BYYEARDAY',
	'BYWEEKNO',
	'BYMONTH',
	'BYSETPOS',
	'WKST'
]);

/**
 * Repairs an RRULE value as well-known producers write it ("BYDAY=MO, TU, WE" from Microsoft
 * CDO, lower case, a trailing ";"). Returns null for an empty rule (the event stays a single
 * date) and an error for a rule that cannot be trusted ("UNTL=…": refusing it is better than
 * an endless series).
 */
export function repairRrule(
	value: string
): { rrule: string | null; repaired: boolean } | { error: string } {
	const cleaned = value.replace(/\s+/g, '').toUpperCase().replace(/;+$/, '').replace(/^;+/, '');
	if (!cleaned) return { rrule: null, repaired: true };
	const seen = new Set<string>();
	for (const piece of cleaned.split(';')) {
		const [key, val, ...rest] = piece.split('=');
		if (!key || !val || rest.length) return { error: `"${piece}"` };
		if (!RRULE_PARTS.has(key) && !key.startsWith('X-')) return { error: `${key}=` };
		if (seen.has(key)) return { error: `${key} twice` };
		seen.add(key);
	}
	if (!seen.has('FREQ')) return { error: 'no FREQ' };
	const normal = cleaned
		.split(';')
		.filter((p) => !p.startsWith('X-'))
		.join(';');
	return { rrule: normal, repaired: normal !== value.trim() };
}

// ---------------------------------------------------------------------------------------------
// Structure: VTIMEZONE and VEVENT blocks, each read on its own

export interface Block {
	lines: string[];
}

export function unfold(text: string): string[] {
	return text
		.replace(/\r\n|\r/g, '\n')
		.replace(/\n[ \t]/g, '')
		.split('\n')
		.filter((l) => l.trim() !== '');
}

export function propName(line: string): string {
	const m = /^([A-Za-z0-9-]+)[;:]/.exec(line);
	return m ? m[1]!.toUpperCase() : '';
}

export function propValue(line: string): string {
	// The value starts after the first ':' outside quotes.
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (ch === '"') quoted = !quoted;
		else if (ch === ':' && !quoted) return line.slice(i + 1);
	}
	return '';
}

export function splitBlocks(lines: string[]) {
	const calendarProps: string[] = [];
	const zones: Block[] = [];
	const events: Block[] = [];
	let depth = 0;
	let current: Block | null = null;
	let kind = '';
	for (const line of lines) {
		const upper = line.toUpperCase();
		if (upper.startsWith('BEGIN:')) {
			depth++;
			if (depth === 2) {
				kind = upper.slice(6).trim();
				current = { lines: [] };
			}
			current?.lines.push(line);
			continue;
		}
		if (upper.startsWith('END:')) {
			current?.lines.push(line);
			if (depth === 2 && current) {
				if (kind === 'VEVENT') events.push(current);
				else if (kind === 'VTIMEZONE') zones.push(current);
				current = null;
			}
			depth = Math.max(0, depth - 1);
			continue;
		}
		if (depth === 1) calendarProps.push(line);
		else current?.lines.push(line);
	}
	return { calendarProps, zones, events };
}

export const DATE_PROPS = new Set(['DTSTART', 'DTEND', 'EXDATE', 'RDATE', 'RECURRENCE-ID']);

export function parseBlock(lines: string[]): Component {
	const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
	const root = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
	const inner = root.getAllSubcomponents()[0];
	if (!inner) throw new Error('empty component');
	return inner;
}
