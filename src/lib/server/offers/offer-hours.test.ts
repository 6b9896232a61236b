import { describe, expect, it } from 'vitest';
import { berlinClock, isOpenAt, todayHours, weekRows } from './offer-hours.ts';

const hours = [
	{ weekday: 1, opens: '09:00', closes: '12:00' },
	{ weekday: 1, opens: '14:00', closes: '16:00' },
	{ weekday: 3, opens: '10:00', closes: '18:00' }
];

describe('opening hours in Berlin', () => {
	it('reads the weekday and time in Berlin, summer and winter', () => {
		// Monday 2026-07-06 08:30 UTC = 10:30 in Berlin (CEST)
		expect(berlinClock(new Date('2026-07-06T08:30:00Z'))).toEqual({ weekday: 1, time: '10:30' });
		// Sunday 2026-12-06 23:30 UTC = Monday 00:30 in Berlin (CET)
		expect(berlinClock(new Date('2026-12-06T23:30:00Z'))).toEqual({ weekday: 1, time: '00:30' });
	});

	it('is open from the opening time up to (not including) the closing time', () => {
		expect(isOpenAt(hours, 1, '09:00')).toBe(true);
		expect(isOpenAt(hours, 1, '11:59')).toBe(true);
		expect(isOpenAt(hours, 1, '12:00')).toBe(false);
		expect(isOpenAt(hours, 2, '10:00')).toBe(false);
	});

	it('says until when it is open today, or when it opens again', () => {
		const mondayMorning = new Date('2026-07-06T08:30:00Z');
		expect(todayHours(hours, mondayMorning).openUntil).toBe('12:00');
		const mondayNoon = new Date('2026-07-06T11:00:00Z'); // 13:00 in Berlin
		expect(todayHours(hours, mondayNoon)).toMatchObject({ openUntil: null, opensLater: '14:00' });
		const tuesday = new Date('2026-07-07T08:30:00Z');
		expect(todayHours(hours, tuesday)).toEqual({ ranges: [], openUntil: null, opensLater: null });
	});

	it('lists the week from Monday to Sunday', () => {
		const rows = weekRows(hours);
		expect(rows.map((r) => r.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(rows[0]?.ranges).toHaveLength(2);
		expect(rows[1]?.ranges).toHaveLength(0);
	});
});
