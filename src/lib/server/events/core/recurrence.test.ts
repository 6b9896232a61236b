import { describe, expect, it } from 'vitest';
import { buildRrule, describeRrule, nthWeekdayOfMonth, repeatFormOf } from './repeat-form.ts';
import { expandOccurrences, isOccurrenceOf, seriesLastStart, type Series } from './recurrence.ts';
import { normalizeRrule } from './rrule-text.ts';
import { localDate, localTime, localToUtcIso } from './time-zone.ts';

const berlin = (date: string, time = '00:00') => {
	const iso = localToUtcIso(date, time);
	if (!iso) throw new Error(date);
	return iso;
};
const local = (iso: string) => `${localDate(iso)} ${localTime(iso)}`;
const year = (y: number) => ({ from: berlin(`${y}-01-01`), to: berlin(`${y + 1}-01-01`) });

describe('weekly across daylight-saving switches', () => {
	// Wednesday 10:00–11:30, Berlin. 2026: summer time from 29 March, winter time from 25 October.
	const cafe: Series = {
		start: berlin('2026-03-18', '10:00'),
		end: berlin('2026-03-18', '11:30'),
		allDay: false,
		rrule: 'FREQ=WEEKLY;BYDAY=WE'
	};

	it('stays at 10:00 local time in spring (last Sunday of March)', () => {
		const occ = expandOccurrences(cafe, [], {
			from: berlin('2026-03-16'),
			to: berlin('2026-04-09')
		});
		expect(occ.map((o) => local(o.start))).toEqual([
			'2026-03-18 10:00',
			'2026-03-25 10:00',
			'2026-04-01 10:00',
			'2026-04-08 10:00'
		]);
		expect(occ.map((o) => local(o.end))).toEqual([
			'2026-03-18 11:30',
			'2026-03-25 11:30',
			'2026-04-01 11:30',
			'2026-04-08 11:30'
		]);
		// …which is 09:00 UTC before the switch and 08:00 UTC after it.
		expect(occ[1]?.start).toBe('2026-03-25T09:00:00.000Z');
		expect(occ[2]?.start).toBe('2026-04-01T08:00:00.000Z');
	});

	it('stays at 10:00 local time in autumn (last Sunday of October)', () => {
		const occ = expandOccurrences(cafe, [], {
			from: berlin('2026-10-19'),
			to: berlin('2026-11-02')
		});
		expect(occ.map((o) => o.start)).toEqual([
			'2026-10-21T08:00:00.000Z',
			'2026-10-28T09:00:00.000Z'
		]);
		expect(occ.map((o) => local(o.start))).toEqual(['2026-10-21 10:00', '2026-10-28 10:00']);
	});

	it('keeps the exact duration for an overnight event in the night of the switch (RFC 5545)', () => {
		const night: Series = {
			start: berlin('2026-03-21', '22:00'),
			end: berlin('2026-03-22', '06:00'),
			allDay: false,
			rrule: 'FREQ=WEEKLY'
		};
		const [, switchNight] = expandOccurrences(night, [], {
			from: berlin('2026-03-21'),
			to: berlin('2026-03-30')
		});
		expect(local(switchNight!.start)).toBe('2026-03-28 22:00');
		expect(local(switchNight!.end)).toBe('2026-03-29 07:00');
		// Eight hours like every other night: subscribers' calendar apps show the same.
		expect(Date.parse(switchNight!.end) - Date.parse(switchNight!.start)).toBe(8 * 3_600_000);
	});

	it('keeps one hour for 02:30–03:30 on the spring change (issue 9.4)', () => {
		const early: Series = {
			start: berlin('2027-03-21', '02:30'),
			end: berlin('2027-03-21', '03:30'),
			allDay: false,
			rrule: 'FREQ=WEEKLY;COUNT=3'
		};
		const list = expandOccurrences(early, [], {
			from: berlin('2027-03-20'),
			to: berlin('2027-04-10')
		});
		expect(list.map((o) => (Date.parse(o.end) - Date.parse(o.start)) / 60_000)).toEqual([
			60, 60, 60
		]);
		expect(local(list[1]!.start)).toBe('2027-03-28 03:30');
		expect(local(list[1]!.end)).toBe('2027-03-28 04:30');
	});

	it('refuses rules that expand too far: from the year 1000, or daily far beyond the limit', () => {
		const now = new Date('2026-12-06T12:00:00Z');
		const opts = (start: string) => ({ allDay: false, start, now });
		expect(normalizeRrule('FREQ=DAILY', opts('1000-01-01T10:00:00.000Z'))).toEqual({
			ok: false,
			error: 'events.error.rruleTooMany'
		});
		expect(normalizeRrule('FREQ=DAILY', opts('1990-01-01T10:00:00.000Z'))).toEqual({
			ok: false,
			error: 'events.error.rruleTooMany'
		});
		expect(normalizeRrule('FREQ=DAILY', opts('2026-01-01T10:00:00.000Z')).ok).toBe(true);
		expect(normalizeRrule('FREQ=YEARLY', opts('1950-05-01T10:00:00.000Z')).ok).toBe(true);
		expect(normalizeRrule('FREQ=DAILY;COUNT=1000', opts('2026-12-07T10:00:00.000Z')).ok).toBe(true);
	});

	it('reads a local time that does not exist (02:30 on the switch day) as 03:30 summer time', () => {
		const early: Series = {
			start: berlin('2026-03-22', '02:30'),
			end: berlin('2026-03-22', '03:00'),
			allDay: false,
			rrule: 'FREQ=WEEKLY;COUNT=2'
		};
		const [, onSwitch] = expandOccurrences(early, [], year(2026));
		expect(onSwitch?.start).toBe('2026-03-29T01:30:00.000Z');
		expect(local(onSwitch!.start)).toBe('2026-03-29 03:30');
	});

	it('reads a local time that exists twice (02:30 in October) as the first one', () => {
		expect(berlin('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
	});
});

describe('monthly on the second Tuesday (BYDAY=2TU)', () => {
	const counselling: Series = {
		start: berlin('2026-01-13', '16:00'),
		end: berlin('2026-01-13', '18:00'),
		allDay: false,
		rrule: 'FREQ=MONTHLY;BYDAY=2TU'
	};

	it('falls on the second Tuesday of every month, at 16:00 local time all year', () => {
		const occ = expandOccurrences(counselling, [], year(2026));
		expect(occ.map((o) => localDate(o.start))).toEqual([
			'2026-01-13',
			'2026-02-10',
			'2026-03-10',
			'2026-04-14',
			'2026-05-12',
			'2026-06-09',
			'2026-07-14',
			'2026-08-11',
			'2026-09-08',
			'2026-10-13',
			'2026-11-10',
			'2026-12-08'
		]);
		expect(new Set(occ.map((o) => localTime(o.start)))).toEqual(new Set(['16:00']));
	});

	it('expands only within the window', () => {
		const occ = expandOccurrences(counselling, [], {
			from: berlin('2027-06-01'),
			to: berlin('2027-07-01')
		});
		expect(occ.map((o) => localDate(o.start))).toEqual(['2027-06-08']);
	});

	it('is built from the form for a start on a second Tuesday', () => {
		expect(nthWeekdayOfMonth('2026-12-08')).toEqual({ nth: 2, weekday: 'TU' });
		expect(nthWeekdayOfMonth('2026-12-29')).toEqual({ nth: -1, weekday: 'TU' });
		expect(buildRrule({ kind: 'monthlyWeekday', startDate: '2026-12-08' })).toBe(
			'FREQ=MONTHLY;BYDAY=2TU'
		);
		expect(repeatFormOf('FREQ=MONTHLY;BYDAY=2TU').kind).toBe('monthlyWeekday');
		expect(describeRrule('FREQ=MONTHLY;BYDAY=2TU', '2026-12-08')).toMatchObject({
			kind: 'monthlyWeekday',
			nth: 2,
			weekdays: ['TU']
		});
	});
});

describe('exceptions', () => {
	const weekly: Series = {
		start: berlin('2026-11-04', '10:00'),
		end: berlin('2026-11-04', '12:00'),
		allDay: false,
		rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=6',
		exdates: [berlin('2026-11-18', '10:00')]
	};
	const all = { from: berlin('2026-11-01'), to: berlin('2027-01-01') };

	it('leaves out EXDATEs', () => {
		const occ = expandOccurrences(weekly, [], all);
		expect(occ.map((o) => localDate(o.start))).toEqual([
			'2026-11-04',
			'2026-11-11',
			'2026-11-25',
			'2026-12-02',
			'2026-12-09'
		]);
	});

	it('shows a cancelled occurrence, marked, at its place', () => {
		const occ = expandOccurrences(
			weekly,
			[{ recurrenceId: berlin('2026-11-25', '10:00'), cancelled: true, start: null, end: null }],
			all
		);
		const cancelled = occ.filter((o) => o.cancelled);
		expect(cancelled).toHaveLength(1);
		expect(localDate(cancelled[0]!.start)).toBe('2026-11-25');
		expect(cancelled[0]).toMatchObject({ overridden: true, moved: false });
		expect(occ).toHaveLength(5);
	});

	it('moves one occurrence, also into a window its original date is outside of', () => {
		const moved = {
			recurrenceId: berlin('2026-11-11', '10:00'),
			cancelled: false,
			start: berlin('2026-11-13', '15:00'),
			end: berlin('2026-11-13', '17:00')
		};
		const occ = expandOccurrences(weekly, [moved], all);
		expect(occ.map((o) => local(o.start))).toContain('2026-11-13 15:00');
		expect(occ.map((o) => local(o.start))).not.toContain('2026-11-11 10:00');
		const m = occ.find((o) => o.moved)!;
		expect(m.recurrenceId).toBe(moved.recurrenceId);

		// A window holding only the new date (Friday) still finds it.
		const friday = expandOccurrences(weekly, [moved], {
			from: berlin('2026-11-13'),
			to: berlin('2026-11-14')
		});
		expect(friday.map((o) => local(o.start))).toEqual(['2026-11-13 15:00']);
		// A window holding only the original date (Wednesday) is empty now.
		const wednesday = expandOccurrences(weekly, [moved], {
			from: berlin('2026-11-11'),
			to: berlin('2026-11-12')
		});
		expect(wednesday).toEqual([]);
	});

	it('ignores an override for a date that is not an occurrence', () => {
		const stray = {
			recurrenceId: berlin('2026-11-12', '10:00'),
			cancelled: false,
			start: berlin('2026-11-20', '10:00'),
			end: berlin('2026-11-20', '11:00')
		};
		expect(isOccurrenceOf(weekly, stray.recurrenceId)).toBe(false);
		expect(expandOccurrences(weekly, [stray], all)).toHaveLength(5);
	});
});

describe('all-day and multi-day events', () => {
	it('keeps local midnights for a three-day festival that repeats yearly', () => {
		const festival: Series = {
			start: berlin('2026-07-10'),
			end: berlin('2026-07-13'),
			allDay: true,
			rrule: 'FREQ=YEARLY;COUNT=3'
		};
		const occ = expandOccurrences(festival, [], {
			from: berlin('2026-01-01'),
			to: berlin('2029-01-01')
		});
		expect(occ.map((o) => [localDate(o.start), localDate(o.end), localTime(o.start)])).toEqual([
			['2026-07-10', '2026-07-13', '00:00'],
			['2027-07-10', '2027-07-13', '00:00'],
			['2028-07-10', '2028-07-13', '00:00']
		]);
		expect(seriesLastStart(festival)).toBe(berlin('2028-07-10'));
	});

	it('finds a multi-day event in a window that begins while it runs', () => {
		const camp: Series = {
			start: berlin('2026-10-24', '09:00'),
			end: berlin('2026-10-30', '16:00'),
			allDay: false,
			rrule: null
		};
		expect(
			expandOccurrences(camp, [], { from: berlin('2026-10-27'), to: berlin('2026-10-28') })
		).toHaveLength(1);
		expect(
			expandOccurrences(camp, [], { from: berlin('2026-10-31'), to: berlin('2026-11-01') })
		).toHaveLength(0);
	});

	it('includes an all-day weekly occurrence whose day spans the DST switch', () => {
		const sunday: Series = {
			start: berlin('2026-03-22'),
			end: berlin('2026-03-23'),
			allDay: true,
			rrule: 'FREQ=WEEKLY;UNTIL=20260405'
		};
		const occ = expandOccurrences(sunday, [], year(2026));
		expect(occ.map((o) => [localDate(o.start), localTime(o.start), localTime(o.end)])).toEqual([
			['2026-03-22', '00:00', '00:00'],
			['2026-03-29', '00:00', '00:00'],
			['2026-04-05', '00:00', '00:00']
		]);
		// The switch day has 23 hours.
		expect(Date.parse(occ[1]!.end) - Date.parse(occ[1]!.start)).toBe(23 * 3_600_000);
	});
});

describe('normalizeRrule', () => {
	const start = berlin('2026-12-02', '10:00');
	it('normalises case, prefix and UNTIL', () => {
		expect(
			normalizeRrule('rrule:freq=weekly;byday=we;until=20270630', { allDay: false, start })
		).toEqual({ ok: true, rrule: 'FREQ=WEEKLY;UNTIL=20270630T215959Z;BYDAY=WE' });
		expect(normalizeRrule('FREQ=YEARLY;UNTIL=20300101T000000Z', { allDay: true, start })).toEqual({
			ok: true,
			rrule: 'FREQ=YEARLY;UNTIL=20300101'
		});
	});
	it('refuses what we do not support or is absurd', () => {
		const bad = (r: string) => normalizeRrule(r, { allDay: false, start });
		expect(bad('FREQ=HOURLY')).toEqual({ ok: false, error: 'events.error.rruleFrequency' });
		expect(bad('FREQ=WEEKLY;COUNT=100000')).toEqual({
			ok: false,
			error: 'events.error.rruleCount'
		});
		expect(bad('FREQ=WEEKLY;UNTIL=20200101')).toEqual({
			ok: false,
			error: 'events.error.rruleUntil'
		});
		expect(bad('FREQ=WEEKLY;BYHOUR=10')).toEqual({ ok: false, error: 'events.error.rruleSyntax' });
		expect(bad('FREQ=WEEKLY\nDTSTART:2020')).toEqual({
			ok: false,
			error: 'events.error.rruleSyntax'
		});
		expect(bad('FREQ=WEEKLY;BYDAY=XX')).toEqual({ ok: false, error: 'events.error.rruleSyntax' });
		expect(bad('nonsense')).toEqual({ ok: false, error: 'events.error.rruleSyntax' });
	});
});

describe('expansion of many series', () => {
	it('expands 500 weekly and monthly series over a month', () => {
		const series: Series[] = Array.from({ length: 500 }, (_, i) => ({
			start: berlin(`2026-0${1 + (i % 9)}-1${i % 9}`, '10:00'),
			end: berlin(`2026-0${1 + (i % 9)}-1${i % 9}`, '12:00'),
			allDay: false,
			rrule: i % 2 ? 'FREQ=WEEKLY' : 'FREQ=MONTHLY;BYDAY=2TU'
		}));
		// How fast this is belongs in the benchmarks (bench/), not in a test a busy machine fails.
		let n = 0;
		for (const s of series) {
			n += expandOccurrences(s, [], {
				from: berlin('2027-03-01'),
				to: berlin('2027-04-01')
			}).length;
		}
		expect(n).toBeGreaterThan(1000);
	});
});
