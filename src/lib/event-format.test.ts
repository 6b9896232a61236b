import { describe, expect, it } from 'vitest';
import { costText, localDay, shortDay, timeText } from './event-format.ts';
import { translate } from './i18n/index.ts';

const de = (key: string, params?: Record<string, string | number>) => translate('de', key, params);

describe('event dates and prices as people read them', () => {
	it('takes the Berlin day of an instant, on both sides of midnight and of the time switch', () => {
		expect(localDay('2026-12-06T22:59:00.000Z')).toBe('2026-12-06');
		expect(localDay('2026-12-06T23:00:00.000Z')).toBe('2026-12-07');
		expect(localDay('2026-06-30T21:59:00.000Z')).toBe('2026-06-30');
		expect(localDay('2026-06-30T22:00:00.000Z')).toBe('2026-07-01');
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
