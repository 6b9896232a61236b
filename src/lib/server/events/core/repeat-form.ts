/* The event form's simple repeat choices, turned into an RRULE and back, and described. */

export type RepeatKind =
	'none' | 'daily' | 'weekly' | 'biweekly' | 'monthlyWeekday' | 'monthlyDay' | 'yearly' | 'custom';

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** Which weekday of its month a date is: 1…4, or -1 for the last one (a fifth is always last). */
export function nthWeekdayOfMonth(date: string): { nth: number; weekday: WeekdayCode } {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const js = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
	const weekday = WEEKDAY_CODES[(js + 6) % 7] as WeekdayCode;
	const nth = Math.ceil(d / 7);
	return { nth: nth >= 5 ? -1 : nth, weekday };
}

export interface RepeatForm {
	kind: RepeatKind;
	/** Local start date, 'YYYY-MM-DD' */
	startDate: string;
	/** weekly/biweekly: chosen weekdays (default: the start's weekday) */
	weekdays?: readonly WeekdayCode[];
	/** Local last date (inclusive), 'YYYY-MM-DD' */
	until?: string | null;
	count?: number | null;
	/** kind 'custom': RRULE text */
	custom?: string;
}

/** An RRULE (not yet normalised) from the simple choices of the event form; null for 'none'. */
export function buildRrule(form: RepeatForm): string | null {
	const parts: string[] = [];
	const startWeekday = nthWeekdayOfMonth(form.startDate).weekday;
	switch (form.kind) {
		case 'none':
			return null;
		case 'custom':
			return form.custom?.trim() || null;
		case 'daily':
			parts.push('FREQ=DAILY');
			break;
		case 'weekly':
		case 'biweekly': {
			parts.push('FREQ=WEEKLY');
			if (form.kind === 'biweekly') parts.push('INTERVAL=2');
			const days = form.weekdays?.length ? form.weekdays : [startWeekday];
			parts.push(`BYDAY=${WEEKDAY_CODES.filter((c) => days.includes(c)).join(',')}`);
			break;
		}
		case 'monthlyWeekday': {
			const { nth, weekday } = nthWeekdayOfMonth(form.startDate);
			parts.push('FREQ=MONTHLY', `BYDAY=${nth}${weekday}`);
			break;
		}
		case 'monthlyDay':
			parts.push('FREQ=MONTHLY', `BYMONTHDAY=${Number(form.startDate.slice(8, 10))}`);
			break;
		case 'yearly':
			parts.push('FREQ=YEARLY');
			break;
	}
	if (form.count) parts.push(`COUNT=${form.count}`);
	else if (form.until) parts.push(`UNTIL=${form.until.replaceAll('-', '')}`);
	return parts.join(';');
}

/** The simple form choice a stored rule corresponds to (anything else is 'custom'). */
export function repeatFormOf(rrule: string | null): {
	kind: RepeatKind;
	weekdays: WeekdayCode[];
	until: string | null;
	count: number | null;
} {
	const none = { kind: 'none' as RepeatKind, weekdays: [], until: null, count: null };
	if (!rrule) return none;
	const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
	const untilRaw = parts.get('UNTIL');
	const until = untilRaw
		? `${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}`
		: null;
	const count = parts.has('COUNT') ? Number(parts.get('COUNT')) : null;
	const rest = [...parts.keys()].filter((k) => !['FREQ', 'UNTIL', 'COUNT', 'WKST'].includes(k));
	const freq = parts.get('FREQ');
	const interval = parts.get('INTERVAL') ?? '1';
	const byday = parts.get('BYDAY') ?? '';
	const simpleDays = byday
		.split(',')
		.every((d) => (WEEKDAY_CODES as readonly string[]).includes(d));
	const result = (kind: RepeatKind, weekdays: WeekdayCode[] = []) => ({
		kind,
		weekdays,
		until: untilRaw && untilRaw.length > 8 ? null : until,
		count
	});
	// A date-time UNTIL cannot be shown as a date without loss: edit as custom.
	if (untilRaw && untilRaw.length > 8) return { kind: 'custom', weekdays: [], until: null, count };
	if (freq === 'DAILY' && rest.length === 0) return result('daily');
	if (freq === 'YEARLY' && rest.length === 0) return result('yearly');
	if (
		freq === 'WEEKLY' &&
		byday &&
		simpleDays &&
		rest.every((k) => ['BYDAY', 'INTERVAL'].includes(k))
	) {
		if (interval === '1') return result('weekly', byday.split(',') as WeekdayCode[]);
		if (interval === '2') return result('biweekly', byday.split(',') as WeekdayCode[]);
	}
	if (freq === 'MONTHLY' && rest.length === 1 && /^(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.test(byday)) {
		return result('monthlyWeekday');
	}
	if (freq === 'MONTHLY' && rest.length === 1 && parts.has('BYMONTHDAY'))
		return result('monthlyDay');
	return { kind: 'custom', weekdays: [], until, count };
}

/** Structured description of a rule for translation (see i18n events.repeat.*). */
export interface RuleDescription {
	kind: RepeatKind;
	interval: number;
	weekdays: WeekdayCode[];
	nth: number | null;
	monthDay: number | null;
	until: string | null;
	count: number | null;
}

export function describeRrule(rrule: string | null, startDate: string): RuleDescription | null {
	if (!rrule) return null;
	const form = repeatFormOf(rrule);
	const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
	const { nth } = nthWeekdayOfMonth(startDate);
	const byday = parts.get('BYDAY') ?? '';
	return {
		kind: form.kind,
		interval: Number(parts.get('INTERVAL') ?? 1),
		weekdays: form.kind === 'monthlyWeekday' ? [byday.slice(-2) as WeekdayCode] : form.weekdays,
		nth: form.kind === 'monthlyWeekday' ? Number(byday.slice(0, -2)) || nth : null,
		monthDay: form.kind === 'monthlyDay' ? Number(parts.get('BYMONTHDAY')) : null,
		until: form.until,
		count: form.count
	};
}
