/**
 * How a recurring event repeats, in the page's language: "Jeden Mittwoch", "Jeden ersten
 * Dienstag im Monat", "Every Monday and Wednesday, until 31/03/2027". Pure (server and browser);
 * the words come from the i18n catalogue, so German reads as German (the rrule library's
 * toText speaks English only).
 */
import { numericDay } from '#lib/event-format.ts';

type T = (key: string, params?: Record<string, string | number>) => string;

/** What the server tells about a rule (RuleDescription in server/events/recurrence.ts). */
export interface RepeatDescription {
	kind: string;
	interval: number;
	weekdays: string[];
	nth: number | null;
	monthDay: number | null;
	until: string | null;
	count: number | null;
}

/** "Montag", "Montag und Mittwoch", "Montag, Mittwoch und Freitag" */
function listOf(words: string[], t: T): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} ${t('events.repeat.and')} ${words[words.length - 1]}`;
}

export function repeatText(r: RepeatDescription, locale: string, t: T): string {
	const days = listOf(
		r.weekdays.map((d) => t(`events.weekday.${d}`)),
		t
	);
	let text: string;
	switch (r.kind) {
		case 'daily':
			text = t('events.repeat.textDaily');
			break;
		case 'weekly':
			text = t('events.repeat.textWeekly', { days });
			break;
		case 'biweekly':
			text = t('events.repeat.textBiweekly', { days });
			break;
		case 'monthlyWeekday':
			text = t('events.repeat.textMonthlyWeekday', {
				nth: t(`events.repeat.nth.${r.nth ?? 1}`),
				day: t(`events.weekday.${r.weekdays[0] ?? 'MO'}`)
			});
			break;
		case 'monthlyDay':
			text = t('events.repeat.textMonthlyDay', { day: r.monthDay ?? '' });
			break;
		case 'yearly':
			text = t('events.repeat.textYearly');
			break;
		default:
			text = t('events.repeat.textCustom');
	}
	if (r.until) text += `, ${t('events.repeat.textUntil', { date: numericDay(r.until, locale) })}`;
	if (r.count) text += `, ${t('events.repeat.textCount', { n: r.count })}`;
	return text;
}

/** "Jeden Mittwoch, 09:30 – 11:00 Uhr" (all-day series: the rule alone). */
export function seriesText(
	s: { repeat: RepeatDescription; startTime: string; endTime: string },
	locale: string,
	t: T
): string {
	const rule = repeatText(s.repeat, locale, t);
	if (!s.startTime) return rule;
	const time =
		s.endTime && s.endTime !== s.startTime
			? t('events.clockRange', { from: s.startTime, to: s.endTime })
			: t('events.clock', { time: s.startTime });
	return `${rule}, ${time}`;
}
