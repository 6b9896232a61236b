import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDateTime } from './format.ts';

describe('dates in Berlin time', () => {
	it('formats in German and English, across the summer-time switch', () => {
		expect(formatDate('2026-11-21T23:30:00.000Z')).toBe('22. November 2026');
		expect(formatDate('2026-11-21T10:00:00.000Z', 'en')).toBe('21 November 2026');
		expect(formatDateTime('2026-07-01T12:00:00.000Z')).toBe('01.07.2026, 14:00');
		expect(formatDateTime('2026-12-01T12:00:00.000Z')).toBe('01.12.2026, 13:00');
		expect(formatLongDateTime('2026-12-01T12:00:00.000Z')).toContain('1. Dezember 2026');
	});
});
