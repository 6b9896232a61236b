import { localDate } from './time-zone.ts';

/*
 * When an event takes place, as a sentence for mails and pages, in Europe/Berlin time:
 * "Samstag, 12. Dezember 2026, 10:00–12:00 Uhr" / "Saturday, 12 December 2026, 10:00–12:00".
 */

const TZ = 'Europe/Berlin';

function parts(locale: 'de' | 'en') {
	const tag = locale === 'en' ? 'en-GB' : 'de-DE';
	return {
		day: new Intl.DateTimeFormat(tag, {
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: TZ
		}),
		time: new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: TZ })
	};
}

export function formatWhen(
	start: string,
	end: string,
	allDay: boolean,
	locale: 'de' | 'en' = 'de'
): string {
	const f = parts(locale);
	const s = new Date(start);
	const e = new Date(end);
	const clock = locale === 'de' ? ' Uhr' : '';
	if (allDay) {
		// All-day ends are exclusive (the next midnight).
		const last = new Date(e.getTime() - 1);
		const first = f.day.format(s);
		const suffix = locale === 'de' ? ' (ganztägig)' : ' (all day)';
		return localDate(s) === localDate(last) || e <= s
			? `${first}${suffix}`
			: `${first} – ${f.day.format(last)}`;
	}
	if (localDate(s) === localDate(e)) {
		const to = e > s ? `–${f.time.format(e)}` : '';
		return `${f.day.format(s)}, ${f.time.format(s)}${to}${clock}`;
	}
	return `${f.day.format(s)}, ${f.time.format(s)}${clock} – ${f.day.format(e)}, ${f.time.format(e)}${clock}`;
}
