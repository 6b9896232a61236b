import { describe, expect, it } from 'vitest';
import { translate } from '#lib/i18n/index.ts';
import { repeatText, seriesText, type RepeatDescription } from './repeat-text.ts';

const de = (key: string, params?: Record<string, string | number>) => translate('de', key, params);
const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const rule = (r: Partial<RepeatDescription>): RepeatDescription => ({
	kind: 'weekly',
	interval: 1,
	weekdays: ['WE'],
	nth: null,
	monthDay: null,
	until: null,
	count: null,
	...r
});

describe('repeatText', () => {
	it('says in German how a series repeats', () => {
		expect(repeatText(rule({}), 'de', de)).toBe('Jeden Mittwoch');
		expect(repeatText(rule({ weekdays: ['MO', 'WE', 'FR'] }), 'de', de)).toBe(
			'Jeden Montag, Mittwoch und Freitag'
		);
		expect(repeatText(rule({ kind: 'biweekly', weekdays: ['TU'] }), 'de', de)).toBe(
			'Alle zwei Wochen am Dienstag'
		);
		expect(repeatText(rule({ kind: 'monthlyWeekday', weekdays: ['TU'], nth: 2 }), 'de', de)).toBe(
			'Jeden zweiten Dienstag im Monat'
		);
		expect(repeatText(rule({ kind: 'monthlyWeekday', weekdays: ['FR'], nth: -1 }), 'de', de)).toBe(
			'Jeden letzten Freitag im Monat'
		);
		expect(repeatText(rule({ kind: 'monthlyDay', weekdays: [], monthDay: 15 }), 'de', de)).toBe(
			'Monatlich am 15.'
		);
		expect(repeatText(rule({ kind: 'daily', weekdays: [] }), 'de', de)).toBe('Täglich');
		expect(repeatText(rule({ until: '2027-03-31' }), 'de', de)).toBe(
			'Jeden Mittwoch, bis 31.3.2027'
		);
		expect(repeatText(rule({ count: 6 }), 'de', de)).toBe('Jeden Mittwoch, 6-mal');
		expect(repeatText(rule({ kind: 'custom', weekdays: [] }), 'de', de)).toBe('Regelmäßig');
	});

	it('and in English', () => {
		expect(repeatText(rule({ weekdays: ['MO', 'WE'] }), 'en', en)).toBe(
			'Every Monday and Wednesday'
		);
		expect(repeatText(rule({ kind: 'monthlyWeekday', weekdays: ['TU'], nth: 2 }), 'en', en)).toBe(
			'Every second Tuesday of the month'
		);
		expect(repeatText(rule({ until: '2027-03-31' }), 'en', en)).toBe(
			'Every Wednesday, until 31/03/2027'
		);
	});
});

describe('seriesText', () => {
	it('adds the regular time of the dates', () => {
		expect(seriesText({ repeat: rule({}), startTime: '09:30', endTime: '11:00' }, 'de', de)).toBe(
			'Jeden Mittwoch, 09:30 – 11:00 Uhr'
		);
		expect(seriesText({ repeat: rule({}), startTime: '09:30', endTime: '11:00' }, 'en', en)).toBe(
			'Every Wednesday, 09:30 – 11:00'
		);
		expect(seriesText({ repeat: rule({}), startTime: '', endTime: '' }, 'de', de)).toBe(
			'Jeden Mittwoch'
		);
	});
});
