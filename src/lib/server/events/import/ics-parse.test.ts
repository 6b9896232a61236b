import { describe, expect, it } from 'vitest';
import { IcsParseError, parseIcs as parseFeed } from './ics-parse.ts';
import { repairRrule } from './ics-lines.ts';
import { decodeFeed, readFeed } from './ics-worker.ts';

const parseIcs = (text: string) => parseFeed(text, new Date('2026-12-06T12:00:00Z')).components;

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
		const text = wrap(
			'BEGIN:VEVENT\r\nUID:ok\r\nDTSTART:20261202T090000Z\r\nSUMMARY:Gut\r\nEND:VEVENT\r\n' +
				'BEGIN:VEVENT\r\nSUMMARY:Ohne UID\r\nDTSTART:20261202T090000Z\r\nEND:VEVENT\r\n' +
				'BEGIN:VEVENT\r\nUID:kaputt\r\nSUMMARY:Ohne Beginn\r\nEND:VEVENT\r\n'
		);
		const parsed = parseFeed(text);
		// The event without UID gets a stable derived one and is reported, not dropped.
		expect(parsed.components.map((c) => c.uid)).toEqual(['ok', expect.stringMatching(/^derived-/)]);
		expect(parseFeed(text).components[1]!.uid).toBe(parsed.components[1]!.uid);
		expect(parsed.problems).toEqual([
			expect.objectContaining({ title: 'Ohne UID', reason: 'import.note.noUid', skipped: false }),
			expect.objectContaining({ uid: 'kaputt', reason: 'import.skip.noStart', skipped: true })
		]);
	});
});

const event = (...lines: string[]) =>
	`BEGIN:VEVENT\r\nDTSTAMP:20261201T000000Z\r\n${lines.join('\r\n')}\r\nEND:VEVENT\r\n`;

describe('producer quirks (issue 9.3)', () => {
	it('repairs spaces and lower case in RRULE (Microsoft CDO) and keeps the other events', () => {
		const parsed = parseFeed(
			wrap(
				event(
					'UID:cdo',
					'DTSTART;TZID=Europe/Berlin:20261207T100000',
					'RRULE:FREQ=WEEKLY;BYDAY=MO, TU, WE;COUNT=6',
					'SUMMARY:Krabbelgruppe'
				) +
					event(
						'UID:lower',
						'DTSTART;TZID=Europe/Berlin:20261207T100000',
						'RRULE:freq=weekly;byday=mo',
						'SUMMARY:Klein'
					) +
					event('UID:single', 'DTSTART:20261210T100000Z', 'SUMMARY:Einzeln')
			)
		);
		expect(parsed.components.map((c) => [c.uid, c.rrule])).toEqual([
			['cdo', 'FREQ=WEEKLY;COUNT=6;BYDAY=MO,TU,WE'],
			['lower', 'FREQ=WEEKLY;BYDAY=MO'],
			['single', null]
		]);
		expect(parsed.problems.map((p) => [p.uid, p.reason])).toEqual([
			['cdo', 'import.note.ruleRepaired'],
			['lower', 'import.note.ruleRepaired']
		]);
	});

	it('reads an empty RRULE line as a single date and refuses UNTL= rather than repeat forever', () => {
		const parsed = parseFeed(
			wrap(
				event('UID:empty', 'DTSTART:20261210T100000Z', 'RRULE:', 'SUMMARY:Leer') +
					event(
						'UID:typo',
						'DTSTART:20261210T100000Z',
						'RRULE:FREQ=DAILY;UNTL=20261220T000000Z',
						'SUMMARY:Tippfehler'
					) +
					event('UID:fine', 'DTSTART:20261211T100000Z', 'SUMMARY:Gut')
			)
		);
		expect(parsed.components.map((c) => [c.uid, c.rrule])).toEqual([
			['empty', null],
			['fine', null]
		]);
		expect(parsed.problems).toEqual([
			expect.objectContaining({ uid: 'empty', reason: 'import.note.emptyRule', skipped: false }),
			expect.objectContaining({
				uid: 'typo',
				title: 'Tippfehler',
				reason: 'import.skip.badRule',
				skipped: true
			})
		]);
		expect(repairRrule('FREQ=DAILY;UNTL=20261220')).toEqual({ error: 'UNTL=' });
	});

	it('skips an event that ical.js cannot read and keeps the others', () => {
		const parsed = parseFeed(
			wrap(
				event('UID:bad', 'DTSTART:2026-12-10 kaputt', 'SUMMARY:Kaputt') +
					event('UID:good', 'DTSTART:20261210T100000Z', 'SUMMARY:Gut')
			)
		);
		expect(parsed.components.map((c) => c.uid)).toEqual(['good']);
		expect(parsed.problems[0]).toMatchObject({ uid: 'bad', skipped: true });
	});

	it('decodes the text by the Content-Type charset (Latin-1) and guesses without one', () => {
		const latin1 = Buffer.from(
			wrap(
				event('UID:l1', 'DTSTART:20261210T100000Z', 'SUMMARY:Spielplatzfest für Groß und Klein')
			),
			'latin1'
		);
		const summary = (contentType: string | null) =>
			parseFeed(decodeFeed(latin1, contentType)).components[0]!.summary;
		expect(summary('text/calendar; charset=ISO-8859-1')).toBe('Spielplatzfest für Groß und Klein');
		expect(summary('text/calendar')).toBe('Spielplatzfest für Groß und Klein');
		const utf8 = Buffer.from(wrap(event('UID:u', 'DTSTART:20261210T100000Z', 'SUMMARY:Grüße')));
		expect(
			parseFeed(decodeFeed(utf8, 'text/calendar; charset="utf-8"')).components[0]!.summary
		).toBe('Grüße');
	});
});

describe('time zones of the source (issue 9.1)', () => {
	it('keeps IANA, Windows, UTC, floating and X-WR-TIMEZONE zones', () => {
		const parsed = parseFeed(
			wrap(
				event('UID:la', 'DTSTART;TZID=America/Los_Angeles:20261207T090000', 'SUMMARY:LA') +
					event('UID:gmt', 'DTSTART;TZID=GMT Standard Time:20261207T090000', 'SUMMARY:London') +
					event('UID:weu', 'DTSTART;TZID="W. Europe Standard Time":20261207T090000', 'SUMMARY:W') +
					event('UID:utc', 'DTSTART:20261207T090000Z', 'SUMMARY:UTC') +
					event('UID:float', 'DTSTART:20261207T090000', 'SUMMARY:Floating') +
					event(
						'UID:moz',
						'DTSTART;TZID=/mozilla.org/20050126_1/America/Chicago:20261207T090000',
						'SUMMARY:Mozilla'
					),
				'X-WR-TIMEZONE:America/New_York\r\n'
			)
		);
		const zone = (uid: string) => parsed.components.find((c) => c.uid === uid)!;
		expect(zone('la')).toMatchObject({
			timeZone: 'America/Los_Angeles',
			start: '2026-12-07T17:00:00.000Z'
		});
		expect(zone('gmt')).toMatchObject({
			timeZone: 'Europe/London',
			start: '2026-12-07T09:00:00.000Z'
		});
		expect(zone('weu')).toMatchObject({
			timeZone: 'Europe/Berlin',
			start: '2026-12-07T08:00:00.000Z'
		});
		expect(zone('utc').timeZone).toBe('UTC');
		expect(zone('float')).toMatchObject({
			timeZone: 'America/New_York',
			start: '2026-12-07T14:00:00.000Z'
		});
		expect(zone('moz').timeZone).toBe('America/Chicago');
	});

	it('matches an unknown TZID to the IANA zone with the same rules as its VTIMEZONE', () => {
		const custom = OUTLOOK_ZONE.replace('W. Europe Standard Time', 'Mitteleuropa (Sommerzeit)');
		const [c] = parseFeed(
			wrap(event('UID:x', 'DTSTART;TZID=Mitteleuropa (Sommerzeit):20260701T180000'), custom)
		).components;
		expect(c).toMatchObject({ timeZone: 'Europe/Berlin', start: '2026-07-01T16:00:00.000Z' });
	});

	it('reads an Exchange all-day exception with a TZID as the date it names', () => {
		const list = parseIcs(
			wrap(
				event(
					'UID:allday',
					'DTSTART;VALUE=DATE:20261207',
					'DTEND;VALUE=DATE:20261208',
					'RRULE:FREQ=WEEKLY;COUNT=4',
					'EXDATE;TZID=W. Europe Standard Time:20261214T000000',
					'SUMMARY:Ganztägig'
				) +
					event(
						'UID:allday',
						'RECURRENCE-ID;TZID=W. Europe Standard Time:20261221T000000',
						'DTSTART;VALUE=DATE:20261222',
						'DTEND;VALUE=DATE:20261223',
						'SUMMARY:Verschoben'
					),
				OUTLOOK_ZONE
			)
		);
		expect(list[0]!.exdates).toEqual(['2026-12-13T23:00:00.000Z']);
		expect(list[1]!.recurrenceId).toBe('2026-12-20T23:00:00.000Z');
	});
});

describe('hostile files (issue 7.2)', () => {
	const now = new Date('2026-12-06T12:00:00Z');
	it('skips an event in the year 9999 and ignores a VTIMEZONE with a daily rule from 0001', () => {
		const zone = `BEGIN:VTIMEZONE\r\nTZID:Evil\r\nBEGIN:STANDARD\r\nDTSTART:00010101T000000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=DAILY\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n`;
		const outcome = readFeed(
			Buffer.from(
				wrap(
					event('UID:far', 'DTSTART:99991231T100000Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Fern') +
						event('UID:evil', 'DTSTART;TZID=Evil:20261210T100000', 'SUMMARY:Böse Zone'),
					zone
				)
			),
			null,
			now
		);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		// The event in the ignored zone is kept at Berlin time, and named.
		expect(outcome.components.map((c) => [c.uid, c.timeZone])).toEqual([['evil', 'Europe/Berlin']]);
		expect(outcome.problems.map((p) => p.reason)).toEqual([
			'import.note.zoneIgnored',
			'import.skip.dateOutOfRange',
			'import.note.zoneGuessed'
		]);
	});

	it('refuses a feed with more dates than the limit, and a rule from the year 1000', () => {
		const many = Array.from({ length: 30 }, (_, i) =>
			event(`UID:d${i}`, 'DTSTART:20261210T100000Z', 'RRULE:FREQ=DAILY;COUNT=1000')
		).join('');
		expect(readFeed(Buffer.from(wrap(many)), null, now)).toMatchObject({
			ok: false,
			problem: 'tooManyOccurrences'
		});
		const old = readFeed(
			Buffer.from(wrap(event('UID:old', 'DTSTART:19500101T100000Z', 'RRULE:FREQ=DAILY'))),
			null,
			now
		);
		expect(old).toMatchObject({
			ok: true,
			problems: [expect.objectContaining({ reason: 'events.error.rruleTooMany', skipped: true })]
		});
	});
});
