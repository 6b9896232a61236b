import { describe, expect, it } from 'vitest';
import {
	dateTimeField,
	isCalendarDate,
	isLocalDateTime,
	optionalDateField,
	optionalDateOrDateTimeField
} from './date-fields.ts';

describe('date fields', () => {
	it('accept real days only', () => {
		expect(isCalendarDate('2027-02-28')).toBe(true);
		expect(isCalendarDate('2028-02-29')).toBe(true);
		for (const bad of [
			'2027-02-30',
			'2027-02-29',
			'2027-13-01',
			'2027-00-10',
			'2027-04-31',
			'27-1-1'
		])
			expect(isCalendarDate(bad), bad).toBe(false);
		expect(isLocalDateTime('2027-03-01T23:59')).toBe(true);
		expect(isLocalDateTime('2027-02-30T10:00')).toBe(false);
		expect(isLocalDateTime('2027-03-01T24:00')).toBe(false);
	});

	it('give the translated field error for an impossible date', () => {
		for (const schema of [optionalDateField, optionalDateOrDateTimeField, dateTimeField]) {
			const result = schema.safeParse('2027-02-30');
			expect(result.success).toBe(false);
			expect(result.error?.issues[0]?.message).toBe('error.date');
		}
		expect(optionalDateField.parse('')).toBe('');
		expect(optionalDateField.parse(undefined)).toBe('');
		expect(optionalDateOrDateTimeField.parse('2027-03-01T10:00')).toBe('2027-03-01T10:00');
	});
});
