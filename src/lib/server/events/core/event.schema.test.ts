import { describe, expect, it } from 'vitest';
import { eventFormSchema, movedTimes, parseEuro } from './event-form.schema.ts';
import { localDate, localTime } from './time-zone.ts';

const base = {
	title: 'Vorlesestunde',
	startDate: '2026-12-05',
	startTime: '11:00',
	endTime: '11:45',
	targetGroups: ['3-6', 'everyone'],
	topics: [],
	languages: 'de'
};
const parse = (extra: Record<string, unknown>) => eventFormSchema.safeParse({ ...base, ...extra });
const issues = (extra: Record<string, unknown>) => {
	const r = parse(extra);
	return r.success
		? {}
		: Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the event form', () => {
	it('reads a simple event in Berlin time', () => {
		const r = parse({});
		if (!r.success) throw r.error;
		const { input } = r.data;
		expect(input.start).toBe('2026-12-05T10:00:00.000Z');
		expect(input.end).toBe('2026-12-05T10:45:00.000Z');
		expect(input.rrule).toBeNull();
		expect(input.targetGroups).toEqual(['3-6', 'everyone']);
		expect(input.cost).toEqual({ kind: 'free', cents: null, note: '' });
	});

	it('warns about a time that does not exist in Berlin (02:30 on the spring change)', () => {
		const gap = parse({ startDate: '2027-03-28', startTime: '02:30', endTime: '03:30' });
		if (!gap.success) throw gap.error;
		expect(gap.data.warnings).toEqual(['events.warning.timeGap']);
		// Read as RFC 5545 does: 03:30 summer time, and the end 03:30 as typed.
		expect(localTime(gap.data.input.start)).toBe('03:30');
		const normal = parse({ startDate: '2027-03-28', startTime: '10:00', endTime: '11:00' });
		if (!normal.success) throw normal.error;
		expect(normal.data.warnings).toEqual([]);
		// 02:30 on the autumn change exists (twice): no warning.
		const fold = parse({ startDate: '2027-10-31', startTime: '02:30', endTime: '03:30' });
		if (!fold.success) throw fold.error;
		expect(fold.data.warnings).toEqual([]);
	});

	it('takes the last day of an all-day event inclusively', () => {
		const r = parse({ allDay: 'on', endDate: '2026-12-07', startTime: '', endTime: '' });
		if (!r.success) throw r.error;
		expect(localDate(r.data.input.start)).toBe('2026-12-05');
		expect(localDate(r.data.input.end)).toBe('2026-12-08');
		expect(localTime(r.data.input.end)).toBe('00:00');
	});

	it('builds rules, skipped days and prices from the simple choices', () => {
		const r = parse({
			startDate: '2026-12-08',
			repeat: 'monthlyWeekday',
			repeatEnd: 'until',
			repeatUntil: '2027-06-30',
			exdates: '12.01.2027\n2027-02-09',
			costKind: 'amount',
			costAmount: '12,50 €'
		});
		if (!r.success) throw r.error;
		expect(r.data.input.rrule).toBe('FREQ=MONTHLY;UNTIL=20270630T215959Z;BYDAY=2TU');
		expect(r.data.input.exdates.map((d) => `${localDate(d)} ${localTime(d)}`)).toEqual([
			'2027-01-12 11:00',
			'2027-02-09 11:00'
		]);
		expect(r.data.input.cost).toEqual({ kind: 'amount', cents: 1250, note: '' });
		const weekly = parse({
			repeat: 'weekly',
			repeatDays: ['SA', 'MO'],
			repeatEnd: 'count',
			repeatCount: '8'
		});
		if (!weekly.success) throw weekly.error;
		expect(weekly.data.input.rrule).toBe('FREQ=WEEKLY;COUNT=8;BYDAY=MO,SA');
	});

	it('names the field of every mistake with a message key', () => {
		expect(issues({ endTime: '10:00' })).toEqual({ endDate: 'events.error.endBeforeStart' });
		expect(issues({ startDate: '2026-02-30' })).toEqual({ startDate: 'error.date' });
		expect(issues({ startDate: '1999-12-31' })).toMatchObject({
			startDate: 'events.error.dateRange'
		});
		expect(issues({ startTime: '25:00' })).toEqual({ startTime: 'events.error.time' });
		expect(issues({ title: '<script>x</script>' })).toEqual({ title: 'error.required' });
		expect(issues({ summary: 'x'.repeat(700) })).toEqual({ summary: 'events.error.tooLongText' });
		expect(issues({ repeat: 'custom', rrule: 'FREQ=MINUTELY' })).toEqual({
			rrule: 'events.error.rruleFrequency'
		});
		expect(issues({ repeat: 'weekly', repeatEnd: 'count', repeatCount: '0' })).toEqual({
			repeatCount: 'events.error.rruleCount'
		});
		expect(issues({ exdates: 'Weihnachten' })).toEqual({ exdates: 'events.error.exdate' });
		expect(issues({ costKind: 'amount', costAmount: 'zehn' })).toEqual({
			costAmount: 'events.error.amount'
		});
		expect(issues({ latitude: '51,5' })).toEqual({ latitude: 'events.error.coordinates' });
		expect(issues({ imageId: 'abc' })).toEqual({ imageAlt: 'events.error.imageAlt' });
		expect(issues({ onlineUrl: 'javascript:alert(1)' })).toEqual({ onlineUrl: 'error.url' });
		expect(issues({ endDate: '2028-01-01' })).toEqual({ endDate: 'events.error.tooLong' });
	});

	it('reads sums of money and moved dates', () => {
		expect([parseEuro('5'), parseEuro('5,5'), parseEuro('1.234'), parseEuro('-3')]).toEqual([
			500,
			550,
			null,
			null
		]);
		expect(
			movedTimes({ date: '2026-12-10', startTime: '15:00', endDate: '', endTime: '16:30' }, false)
		).toEqual({
			ok: true,
			start: '2026-12-10T14:00:00.000Z',
			end: '2026-12-10T15:30:00.000Z'
		});
		expect(
			movedTimes({ date: '2026-12-10', startTime: '', endDate: '2026-12-11', endTime: '' }, true)
		).toEqual({
			ok: true,
			start: '2026-12-09T23:00:00.000Z',
			end: '2026-12-11T23:00:00.000Z'
		});
		expect(
			movedTimes({ date: '2026-12-10', startTime: '15:00', endDate: '', endTime: '14:00' }, false)
		).toMatchObject({
			ok: false,
			key: 'events.error.endBeforeStart'
		});
	});
});
