import { describe, expect, it } from 'vitest';
import { isoWeekOf, nextYearSameWeek } from './plenum-dates.ts';

describe('next year on the same weekday of the same week', () => {
	it('keeps the weekday and the ISO week', () => {
		expect(isoWeekOf('2025-12-11')).toEqual({ year: 2025, week: 50, weekday: 4 });
		expect(nextYearSameWeek('2025-12-11')).toBe('2026-12-10');
		expect(isoWeekOf('2026-12-10')).toEqual({ year: 2026, week: 50, weekday: 4 });
		expect(nextYearSameWeek('2026-12-10')).toBe('2027-12-16');
		expect(isoWeekOf('2027-12-16').weekday).toBe(4);
	});
	it('week 53 becomes week 52 in a year without one; dates around new year stay in their ISO year', () => {
		// 2026 has 53 ISO weeks; Thursday 31 December 2026 is in week 53.
		expect(isoWeekOf('2026-12-31')).toEqual({ year: 2026, week: 53, weekday: 4 });
		expect(nextYearSameWeek('2026-12-31')).toBe('2027-12-30');
		// Friday 1 January 2027 belongs to ISO week 53 of 2026.
		expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53, weekday: 5 });
	});
});
