import { z } from 'zod';
import { cleanText } from './event-text.ts';
import { COST_KINDS, EVENT_STATUSES, TARGET_GROUPS, type TargetGroup } from './event.types.ts';
import { buildRrule, WEEKDAY_CODES, type RepeatKind } from './repeat-form.ts';
import { addDays, DEFAULT_TIME_ZONE, localTime, localToUtcIso, parseWall } from './time-zone.ts';
import {
	DAY,
	eventInputSchema,
	FIELD_OF,
	instant,
	LIMITS,
	messageOf,
	yearOk
} from './event.schema.ts';

/* The coordinators' event form (and the small forms of the admin area) read into an EventInput. */

const many = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ''));
const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on' || v === '1' || v === 'true');
const optional = (max: number = LIMITS.line) => z.string().max(max).optional().default('');

export const REPEAT_KINDS: readonly RepeatKind[] = [
	'none',
	'weekly',
	'biweekly',
	'monthlyWeekday',
	'monthlyDay',
	'yearly',
	'daily',
	'custom'
];

/** "12,50" / "12.50" / "12" → cents; null when not a sum of money. */
export function parseEuro(value: string): number | null {
	const v = value.trim().replace(/\s|€/g, '');
	if (!/^\d{1,6}([.,]\d{1,2})?$/.test(v)) return null;
	const [euros = '0', cents = ''] = v.split(/[.,]/);
	return Number(euros) * 100 + Number(cents.padEnd(2, '0'));
}

function coordinate(value: string): number | null | 'invalid' {
	const v = value.trim().replace(',', '.');
	if (!v) return null;
	return /^-?\d{1,3}(\.\d{1,8})?$/.test(v) ? Number(v) : 'invalid';
}

export const eventFormSchema = z
	.object({
		title: z.string().max(LIMITS.title * 2),
		summary: optional(LIMITS.summary * 2),
		description: optional(LIMITS.description),
		startDate: z.string().max(20),
		startTime: optional(10),
		endDate: optional(20),
		endTime: optional(10),
		allDay: checkbox,
		repeat: z
			.enum(REPEAT_KINDS as [RepeatKind, ...RepeatKind[]])
			.optional()
			.default('none'),
		repeatDays: many.pipe(z.array(z.enum(WEEKDAY_CODES))),
		repeatEnd: z.enum(['never', 'until', 'count']).optional().default('never'),
		repeatUntil: optional(20),
		repeatCount: optional(10),
		rrule: optional(600),
		exdates: optional(20_000),
		placeName: optional(),
		address: optional(),
		district: optional(),
		latitude: optional(30),
		longitude: optional(30),
		onlineUrl: optional(LIMITS.url),
		organiser: optional(100),
		organiserName: optional(),
		contactName: optional(),
		contactEmail: optional(),
		contactPhone: optional(100),
		websiteUrl: optional(LIMITS.url),
		topics: many,
		targetGroups: many,
		costKind: z.enum(COST_KINDS).optional().default('free'),
		costAmount: optional(30),
		costNote: optional(),
		accessibility: optional(LIMITS.note),
		languages: many,
		imageId: optional(100),
		imageAlt: optional(),
		attachments: many,
		highlight: checkbox,
		sequence: optional(20)
	})
	.transform((f, ctx) => {
		const issue = (path: string, message: string) => {
			ctx.addIssue({ code: 'custom', path: [path], message });
			return z.NEVER;
		};
		const startDate = f.startDate.trim();
		const endDate = f.endDate.trim() || startDate;
		if (parseWall(startDate) === null) return issue('startDate', 'error.date');
		if (parseWall(endDate) === null) return issue('endDate', 'error.date');
		const startTime = f.allDay ? '00:00' : f.startTime.trim();
		const endTime = f.allDay ? '00:00' : f.endTime.trim() || startTime;
		if (!f.allDay && parseWall(startDate, startTime) === null)
			return issue('startTime', 'events.error.time');
		if (!f.allDay && parseWall(endDate, endTime) === null)
			return issue('endTime', 'events.error.time');
		const start = localToUtcIso(startDate, startTime);
		// All-day: the last day is inclusive in the form, exclusive (next midnight) in the data.
		const end = f.allDay ? localToUtcIso(addDays(endDate, 1)) : localToUtcIso(endDate, endTime);
		if (!start || !end) return issue('startDate', 'error.date');

		let count: number | null = null;
		let until: string | null = null;
		if (f.repeat !== 'none' && f.repeat !== 'custom') {
			if (f.repeatEnd === 'count') {
				count = /^\d{1,4}$/.test(f.repeatCount.trim()) ? Number(f.repeatCount.trim()) : 0;
				if (count < 1 || count > 1000) return issue('repeatCount', 'events.error.rruleCount');
			} else if (f.repeatEnd === 'until') {
				until = f.repeatUntil.trim();
				if (parseWall(until) === null) return issue('repeatUntil', 'error.date');
			}
		}
		const rrule = buildRrule({
			kind: f.repeat,
			startDate,
			weekdays: f.repeatDays,
			until,
			count,
			custom: f.rrule
		});
		if (f.repeat === 'custom' && !rrule) return issue('rrule', 'error.required');

		const exdates: string[] = [];
		for (const raw of f.exdates.split(/[\s,;]+/).filter(Boolean)) {
			const date = /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(raw)
				? raw
						.split('.')
						.reverse()
						.map((p) => p.padStart(2, '0'))
						.join('-')
				: raw;
			const at =
				parseWall(date) === null ? null : localToUtcIso(date, startTime, DEFAULT_TIME_ZONE);
			if (!at) return issue('exdates', 'events.error.exdate');
			exdates.push(at);
		}

		const latitude = coordinate(f.latitude);
		const longitude = coordinate(f.longitude);
		if (latitude === 'invalid') return issue('latitude', 'events.error.coordinates');
		if (longitude === 'invalid') return issue('longitude', 'events.error.coordinates');

		let cents: number | null = null;
		if (f.costKind === 'amount') {
			cents = parseEuro(f.costAmount);
			if (cents === null) return issue('costAmount', 'events.error.amount');
		}
		for (const group of f.targetGroups) {
			if (!(TARGET_GROUPS as readonly string[]).includes(group))
				return issue('targetGroups', 'error.invalid');
		}

		const input = {
			title: f.title,
			summary: f.summary,
			descriptionHtml: f.description,
			start,
			end,
			allDay: f.allDay,
			rrule,
			exdates,
			location: {
				placeName: f.placeName,
				address: f.address,
				district: f.district,
				latitude,
				longitude,
				onlineUrl: f.onlineUrl
			},
			organiserPartnerId: f.organiser || null,
			organiserName: f.organiserName,
			contact: {
				name: f.contactName,
				email: f.contactEmail,
				phone: f.contactPhone,
				websiteUrl: f.websiteUrl
			},
			topicIds: f.topics,
			targetGroups: f.targetGroups as TargetGroup[],
			cost: { kind: f.costKind, cents, note: f.costNote },
			accessibility: f.accessibility,
			languages: f.languages,
			image: f.imageId ? { fileId: f.imageId, alt: f.imageAlt } : null,
			attachmentIds: f.attachments,
			highlight: f.highlight
		};
		const parsed = eventInputSchema.safeParse(input);
		if (!parsed.success) {
			for (const i of parsed.error.issues) {
				const path = i.path.map(String).join('.');
				const field = FIELD_OF[path] ?? FIELD_OF[path.split('.')[0] ?? ''] ?? '_form';
				ctx.addIssue({ code: 'custom', path: [field], message: messageOf(i) });
			}
			return z.NEVER;
		}
		const sequence = /^\d+$/.test(f.sequence) ? Number(f.sequence) : null;
		// A time that does not exist in Berlin (02:30 on the day summer time begins) is saved as
		// RFC 5545 reads it (03:30 summer time); the form says so (issue 9.4).
		const warnings: string[] = [];
		if (!f.allDay && (localTime(start) !== startTime || localTime(end) !== endTime)) {
			warnings.push('events.warning.timeGap');
		}
		return { input: parsed.data, sequence, warnings };
	});

// ---------------------------------------------------------------------------------------------
// Small forms of the admin area

export const statusFormSchema = z.object({
	status: z.enum(EVENT_STATUSES),
	note: z.string().max(LIMITS.note).optional().default('').transform(cleanText)
});

export const occurrenceFormSchema = z.object({
	recurrenceId: instant,
	note: z.string().max(LIMITS.note).optional().default('').transform(cleanText)
});

export const moveOccurrenceFormSchema = z.object({
	recurrenceId: instant,
	date: z.string().max(20),
	startTime: optional(10),
	endDate: optional(20),
	endTime: optional(10),
	note: z.string().max(LIMITS.note).optional().default('').transform(cleanText)
});

/**
 * New start and end of a moved occurrence from the form's local date and times; all-day
 * occurrences take whole days (the last day inclusive). Returns a field and message on error.
 */
export function movedTimes(
	f: { date: string; startTime: string; endDate: string; endTime: string },
	allDay: boolean
): { ok: true; start: string; end: string } | { ok: false; field: string; key: string } {
	const date = f.date.trim();
	const endDate = f.endDate.trim() || date;
	if (parseWall(date) === null) return { ok: false, field: 'date', key: 'error.date' };
	if (parseWall(endDate) === null) return { ok: false, field: 'endDate', key: 'error.date' };
	const startTime = allDay ? '00:00' : f.startTime.trim();
	const endTime = allDay ? '00:00' : f.endTime.trim() || startTime;
	const start = localToUtcIso(date, startTime);
	const end = allDay ? localToUtcIso(addDays(endDate, 1)) : localToUtcIso(endDate, endTime);
	if (!start) return { ok: false, field: 'startTime', key: 'events.error.time' };
	if (!end) return { ok: false, field: 'endTime', key: 'events.error.time' };
	if (!yearOk(start) || !yearOk(end))
		return { ok: false, field: 'date', key: 'events.error.dateRange' };
	if (Date.parse(end) < Date.parse(start) || (allDay && end === start)) {
		return { ok: false, field: 'endDate', key: 'events.error.endBeforeStart' };
	}
	if (Date.parse(end) - Date.parse(start) > LIMITS.durationDays * DAY) {
		return { ok: false, field: 'endDate', key: 'events.error.tooLong' };
	}
	return { ok: true, start, end };
}
