import { describe, expect, it } from 'vitest';
import { IcsParseError, isBroken, parseIcs } from './ics-parse.ts';

const wrap = (body: string, extra = '') =>
	`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\n${extra}${body}END:VCALENDAR\r\n`;

const OUTLOOK_ZONE = `BEGIN:VTIMEZONE\r
TZID:W. Europe Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T030000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:16010101T020000\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r
END:DAYLIGHT\r
END:VTIMEZONE\r
`;

describe('parseIcs', () => {
	it('reads times in IANA zones, UTC, floating, all-day and Outlook zones', () => {
		const list = parseIcs(
			wrap(
				[
					'BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Berlin:20260701T180000\r\nDTEND;TZID=Europe/Berlin:20260701T200000\r\nSUMMARY:Sommer\r\nEND:VEVENT\r\n',
					'BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261202T090000Z\r\nDURATION:PT90M\r\nSUMMARY:UTC\r\nEND:VEVENT\r\n',
					'BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20261202T100000\r\nSUMMARY:Floating\r\nEND:VEVENT\r\n',
					'BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20261224\r\nSUMMARY:Heiligabend\r\nEND:VEVENT\r\n',
					'BEGIN:VEVENT\r\nUID:e\r\nDTSTART;TZID=W. Europe Standard Time:20260701T180000\r\nDTEND;TZID=W. Europe Standard Time:20260701T190000\r\nSUMMARY:Outlook\r\nEND:VEVENT\r\n'
				].join(''),
				OUTLOOK_ZONE
			)
		);
		const by = (uid: string) => list.find((c) => c.uid === uid)!;
		expect(by('a')).toMatchObject({
			start: '2026-07-01T16:00:00.000Z',
			end: '2026-07-01T18:00:00.000Z',
			allDay: false
		});
		expect(by('b')).toMatchObject({
			start: '2026-12-02T09:00:00.000Z',
			end: '2026-12-02T10:30:00.000Z'
		});
		expect(by('c').start).toBe('2026-12-02T09:00:00.000Z');
		expect(by('d')).toMatchObject({
			start: '2026-12-23T23:00:00.000Z',
			end: '2026-12-24T23:00:00.000Z',
			allDay: true
		});
		expect(by('e').start).toBe('2026-07-01T16:00:00.000Z');
	});

	it('keeps RRULE and EXDATE, and reads RECURRENCE-ID overrides and cancellations', () => {
		const list = parseIcs(
			wrap(
				'BEGIN:VEVENT\r\nUID:cafe\r\nSEQUENCE:3\r\nDTSTART;TZID=Europe/Berlin:20261104T093000\r\nDTEND;TZID=Europe/Berlin:20261104T113000\r\nRRULE:FREQ=WEEKLY;BYDAY=WE\r\nEXDATE;TZID=Europe/Berlin:20261223T093000,20261230T093000\r\nSUMMARY:Elterncafé\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n' +
					'BEGIN:VEVENT\r\nUID:cafe\r\nRECURRENCE-ID;TZID=Europe/Berlin:20261111T093000\r\nDTSTART;TZID=Europe/Berlin:20261111T150000\r\nDTEND;TZID=Europe/Berlin:20261111T170000\r\nSUMMARY:Elterncafé am Nachmittag\r\nEND:VEVENT\r\n'
			)
		);
		expect(list).toHaveLength(2);
		const master = list.find((c) => !c.recurrenceId)!;
		expect(master).toMatchObject({
			rrule: 'FREQ=WEEKLY;BYDAY=WE',
			sequence: 3,
			status: 'CONFIRMED'
		});
		expect(master.exdates).toEqual(['2026-12-23T08:30:00.000Z', '2026-12-30T08:30:00.000Z']);
		const moved = list.find((c) => c.recurrenceId)!;
		expect(moved).toMatchObject({
			recurrenceId: '2026-11-11T08:30:00.000Z',
			start: '2026-11-11T14:00:00.000Z'
		});
	});

	it('unescapes text and reads GEO and URL', () => {
		const [c] = parseIcs(
			wrap(
				'BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261202T090000Z\r\nSUMMARY:Basteln\\, Malen\\; Singen\r\nDESCRIPTION:Zeile 1\\nZeile 2\r\nLOCATION:Familienzentrum\\, Kaistraße 12\\, 12349 Musterstadt\r\nGEO:51.5318;7.2311\r\nURL:https://verein.example/basteln\r\nEND:VEVENT\r\n'
			)
		);
		expect(c).toMatchObject({
			summary: 'Basteln, Malen; Singen',
			description: 'Zeile 1\nZeile 2',
			location: 'Familienzentrum, Kaistraße 12, 12349 Musterstadt',
			geo: { lat: 51.5318, lon: 7.2311 },
			url: 'https://verein.example/basteln'
		});
	});

	it('refuses what is not iCalendar, and skips single broken events', () => {
		expect(() => parseIcs('<html><body>Kalender</body></html>')).toThrow(IcsParseError);
		expect(() => parseIcs('')).toThrow(IcsParseError);
		const error = (() => {
			try {
				parseIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:kaputt\r\n');
			} catch (e) {
				return e as IcsParseError;
			}
		})();
		expect(error).toBeInstanceOf(IcsParseError);
		const list = parseIcs(
			wrap(
				'BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20261202T090000Z\r\nSUMMARY:Gut\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Ohne UID\r\nDTSTART:20261202T090000Z\r\nEND:VEVENT\r\n'
			)
		);
		expect(list.filter((c) => !isBroken(c)).map((c) => c.uid)).toEqual(['ok']);
	});
});
