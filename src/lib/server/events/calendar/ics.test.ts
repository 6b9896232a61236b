import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serializeCalendar, vtimezoneFor } from './ics.ts';
import { offsetAt, utcToWall } from '../core/time-zone.ts';

describe('iCalendar writer', () => {
	it('escapes TEXT values', () => {
		expect(escapeText('Kaffee; Kuchen, Spiele\\Bücher\nund mehr')).toBe(
			'Kaffee\\; Kuchen\\, Spiele\\\\Bücher\\nund mehr'
		);
	});

	it('folds at 75 octets without splitting UTF-8 characters', () => {
		const line = `SUMMARY:${'Straßenfest für Groß und Klein – ü'.repeat(6)}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(2);
		for (const [i, part] of parts.entries()) {
			expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
			if (i > 0) expect(part.startsWith(' ')).toBe(true);
		}
		expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
		expect(folded).not.toContain('\uFFFD');
	});

	it('writes CRLF lines, the time zone, rules, exceptions and overrides', () => {
		const text = serializeCalendar({
			name: 'Bündnis für Familie',
			events: [
				{
					uid: 'a@example.org',
					sequence: 3,
					stamp: '2026-11-21T12:00:00.000Z',
					start: '2026-11-04T09:00:00.000Z',
					end: '2026-11-04T11:00:00.000Z',
					allDay: false,
					rrule: 'FREQ=WEEKLY;BYDAY=WE',
					exdates: ['2026-11-18T09:00:00.000Z'],
					summary: 'Elterncafé',
					status: 'CONFIRMED'
				},
				{
					uid: 'a@example.org',
					sequence: 3,
					stamp: '2026-11-21T12:00:00.000Z',
					recurrenceId: '2026-11-25T09:00:00.000Z',
					start: '2026-11-25T09:00:00.000Z',
					end: '2026-11-25T11:00:00.000Z',
					allDay: false,
					summary: 'Elterncafé',
					status: 'CANCELLED'
				},
				{
					uid: 'b@example.org',
					sequence: 0,
					stamp: '2026-11-21T12:00:00.000Z',
					start: '2026-07-09T22:00:00.000Z',
					end: '2026-07-12T22:00:00.000Z',
					allDay: true,
					summary: 'Familienfest',
					status: 'CONFIRMED'
				}
			]
		});
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
		expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261104T100000');
		expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=WE');
		expect(text).toContain('EXDATE;TZID=Europe/Berlin:20261118T100000');
		expect(text).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20261125T100000\r\n');
		expect(text).toContain('STATUS:CANCELLED');
		expect(text).toContain('SEQUENCE:3');
		expect(text).toContain('DTSTART;VALUE=DATE:20260710\r\nDTEND;VALUE=DATE:20260713');
	});
});

describe('VTIMEZONE of other zones (imported series keep their zone)', () => {
	it('describes Los Angeles, London and UTC so that ical.js reads the same offsets', async () => {
		const { default: ICAL } = await import('ical.js');
		for (const zone of ['America/Los_Angeles', 'Europe/London', 'UTC', 'Australia/Sydney']) {
			const text = ['BEGIN:VCALENDAR', ...vtimezoneFor(zone), 'END:VCALENDAR'].join('\r\n');
			const component = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
			const tz = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!);
			for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z', '2027-03-28T12:00:00Z']) {
				const wall = new Date(utcToWall(Date.parse(iso), zone));
				const t = new ICAL.Time(
					{
						year: wall.getUTCFullYear(),
						month: wall.getUTCMonth() + 1,
						day: wall.getUTCDate(),
						hour: wall.getUTCHours()
					},
					tz
				);
				expect(tz.utcOffset(t) * 1000, `${zone} ${iso}`).toBe(offsetAt(Date.parse(iso), zone));
			}
		}
	});
});
