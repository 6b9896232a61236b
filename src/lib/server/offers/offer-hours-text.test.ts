import { describe, expect, it } from 'vitest';
import { formatHoursText, parseHoursText } from './offer-hours-text.ts';

describe('opening hours as text', () => {
	it('reads day ranges, day lists and several times', () => {
		const hours = parseHoursText('Mo-Fr 09:00-12:00; Di,Do 14:00-17:00');
		expect(hours).toHaveLength(7);
		expect(hours?.filter((h) => h.weekday === 2)).toEqual([
			{ weekday: 2, opens: '09:00', closes: '12:00' },
			{ weekday: 2, opens: '14:00', closes: '17:00' }
		]);
	});

	it('writes what it reads', () => {
		const text = 'Mo-Mi 09:00-12:00, 14:00-16:00; Fr 09:00-12:00; Sa 10:00-13:00';
		expect(formatHoursText(parseHoursText(text)!)).toBe(text);
		expect(formatHoursText([])).toBe('');
	});

	it('refuses what it cannot read', () => {
		expect(parseHoursText('montags 9 bis 12')).toBeNull();
		expect(parseHoursText('Mo 12:00-09:00')).toBeNull();
		expect(parseHoursText('Fr-Mo 09:00-10:00')).toBeNull();
		expect(parseHoursText('')).toEqual([]);
	});
});
