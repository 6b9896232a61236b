import { describe, expect, it } from 'vitest';
import { formatWhen } from './when.ts';

describe('formatWhen', () => {
	it('writes a timed event in German local time, also in summer', () => {
		expect(formatWhen('2026-12-12T09:00:00.000Z', '2026-12-12T11:30:00.000Z', false)).toBe(
			'Samstag, 12. Dezember 2026, 10:00–12:30 Uhr'
		);
		expect(formatWhen('2026-07-01T16:00:00.000Z', '2026-07-01T18:00:00.000Z', false)).toBe(
			'Mittwoch, 1. Juli 2026, 18:00–20:00 Uhr'
		);
	});
	it('writes all-day and multi-day events', () => {
		expect(formatWhen('2026-12-11T23:00:00.000Z', '2026-12-12T23:00:00.000Z', true)).toBe(
			'Samstag, 12. Dezember 2026 (ganztägig)'
		);
		expect(formatWhen('2026-12-11T23:00:00.000Z', '2026-12-13T23:00:00.000Z', true)).toBe(
			'Samstag, 12. Dezember 2026 – Sonntag, 13. Dezember 2026'
		);
	});
	it('writes English', () => {
		expect(formatWhen('2026-12-12T09:00:00.000Z', '2026-12-12T11:30:00.000Z', false, 'en')).toBe(
			'Saturday, 12 December 2026, 10:00–12:30'
		);
	});
});
