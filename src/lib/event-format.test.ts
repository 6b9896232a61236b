import { describe, expect, it } from 'vitest';
import { clock, costText, localDay, shortDay, timeText } from './event-format.ts';
import { translate } from './i18n/index.ts';

const de = (key: string, params?: Record<string, string | number>) => translate('de', key, params);

describe('event dates and prices as people read them', () => {
	it('takes the Berlin day of an instant, on both sides of midnight and of the time switch', () => {
		expect(localDay('2026-12-06T22:59:00.000Z')).toBe('2026-12-06');
		expect(localDay('2026-12-06T23:00:00.000Z')).toBe('2026-12-07');
		expect(localDay('2026-06-30T21:59:00.000Z')).toBe('2026-06-30');
		expect(localDay('2026-06-30T22:00:00.000Z')).toBe('2026-07-01');
	});

	it('reads day and clock as Intl does for Berlin, every quarter hour around both time switches', () => {
		// Intl's own formatting as the second implementation (the code looks the offset up per hour).
		const intl = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Europe/Berlin',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit'
		});
		const starts = ['2026-03-28T12:00:00Z', '2026-10-24T12:00:00Z', '2026-12-31T12:00:00Z'];
		for (const start of starts) {
			for (let quarter = 0; quarter < 4 * 48; quarter++) {
				const iso = new Date(
					Date.parse(start) + quarter * 900_000 + 60_000 * (quarter % 7)
				).toISOString();
				const [day, time] = intl.format(new Date(iso)).split(', ');
				expect(localDay(iso), iso).toBe(day);
				expect(clock(iso, 'de'), iso).toBe(time);
				expect(clock(iso, 'en'), iso).toBe(time);
			}
		}
	});

	it('writes times and multi-day spans in German', () => {
		expect(
			timeText(
				{ start: '2026-12-07T09:00:00.000Z', end: '2026-12-07T10:30:00.000Z', allDay: false },
				'de',
				de
			)
		).toBe('10:00 – 11:30 Uhr');
		expect(
			timeText(
				{ start: '2026-12-05T09:00:00.000Z', end: '2026-12-07T15:00:00.000Z', allDay: false },
				'de',
				de
			)
		).toBe(`${shortDay('2026-12-05', 'de')} 10:00 bis ${shortDay('2026-12-07', 'de')} 16:00 Uhr`);
	});

	it('writes prices in euros, in the page language', () => {
		expect(costText({ kind: 'paid', cents: 1250, note: '' }, 'de', de)).toBe('12,50\u00a0€');
		expect(costText({ kind: 'paid', cents: 1250, note: '' }, 'en', de)).toBe('€12.50');
		expect(costText({ kind: 'free', cents: null, note: 'Spende erbeten' }, 'de', de)).toBe(
			'Kostenlos (Spende erbeten)'
		);
	});
});
