import { z } from 'zod';
import { sanitizeRichText } from '../../content/sanitize.ts';
import { cleanLine, cleanText } from './event-text.ts';
import {
	COST_KINDS,
	EVENT_STATUSES,
	TARGET_GROUPS,
	type EventInput,
	type TargetGroup
} from './event.types.ts';
import { buildRrule, normalizeRrule, WEEKDAY_CODES, type RepeatKind } from './recurrence.ts';
import {
	addDays,
	DEFAULT_TIME_ZONE,
	isValidTimeZone,
	localTime,
	localToUtcIso,
	parseWall
} from './time-zone.ts';

/*
 * Validation of events: `eventInputSchema` checks the domain object every caller hands to the
 * service (form, submission, import); `eventFormSchema` reads the coordinators' form into it,
 * with errors on the form's own field names. Message keys are translated in the page.
 */

export const LIMITS = {
	title: 200,
	summary: 600,
	description: 100_000,
	line: 300,
	note: 2000,
	url: 500,
	exdates: 500,
	attachments: 20,
	topics: 20,
	languages: 20,
	/** Longest duration of one occurrence, in days */
	durationDays: 366
} as const;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const DAY = 86_400_000;

const line = (max: number = LIMITS.line) => z.string().max(max).transform(cleanLine);
const text = (max: number = LIMITS.note) => z.string().max(max).transform(cleanText);
const httpUrl = z
	.string()
	.max(LIMITS.url)
	.transform((v) => v.trim())
	.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+$/i.test(v), { message: 'error.url' });
const email = z
	.string()
	.max(LIMITS.line)
	.transform((v) => v.trim())
	.refine((v) => v === '' || z.email().safeParse(v).success, { message: 'error.email' });
const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /Z$/.test(v), {
	message: 'error.date'
});
const id = z.string().min(1).max(100);

function yearOk(iso: string): boolean {
	const y = new Date(iso).getUTCFullYear();
	return y >= MIN_YEAR && y < MAX_YEAR;
}

/** The domain object (see EventInput); strings are cleaned, rich text sanitised. */
export const eventInputSchema = z
	.object({
		title: line(LIMITS.title).refine((v) => v.length > 0, { message: 'error.required' }),
		summary: text(LIMITS.summary),
		descriptionHtml: z
			.string()
			.max(LIMITS.description)
			.transform((v) => sanitizeRichText(v).html),
		start: instant,
		end: instant,
		allDay: z.boolean(),
		timeZone: z
			.string()
			.max(64)
			.refine((v) => isValidTimeZone(v), { message: 'error.invalid' })
			.optional(),
		rrule: z.string().max(600).nullable(),
		exdates: z.array(instant).max(LIMITS.exdates),
		rdates: z.array(instant).max(LIMITS.exdates).optional(),
		location: z.object({
			placeName: line(),
			address: line(),
			district: line(100),
			latitude: z.number().min(-90).max(90).nullable(),
			longitude: z.number().min(-180).max(180).nullable(),
			onlineUrl: httpUrl
		}),
		organiserPartnerId: id.nullable(),
		organiserName: line(LIMITS.title),
		contact: z.object({
			name: line(LIMITS.title),
			email,
			phone: line(60),
			websiteUrl: httpUrl
		}),
		topicIds: z.array(id).max(LIMITS.topics),
		targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length),
		cost: z.object({
			kind: z.enum(COST_KINDS),
			cents: z.number().int().min(0).max(100_000_00).nullable(),
			note: line(200)
		}),
		accessibility: text(),
		languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(LIMITS.languages),
		image: z.object({ fileId: id, alt: line(300) }).nullable(),
		attachmentIds: z.array(id).max(LIMITS.attachments),
		highlight: z.boolean()
	})
	.superRefine((v, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		if (!yearOk(v.start)) issue(['start'], 'events.error.dateRange');
		if (!yearOk(v.end)) issue(['end'], 'events.error.dateRange');
		const start = Date.parse(v.start);
		const end = Date.parse(v.end);
		if (end < start || (v.allDay && end === start)) issue(['end'], 'events.error.endBeforeStart');
		else if (end - start > LIMITS.durationDays * DAY) issue(['end'], 'events.error.tooLong');
		if ((v.location.latitude === null) !== (v.location.longitude === null)) {
			issue(['location', 'latitude'], 'events.error.coordinates');
		}
		if (v.cost.kind === 'amount' && v.cost.cents === null)
			issue(['cost', 'cents'], 'events.error.amount');
		if (v.image && !v.image.alt) issue(['image', 'alt'], 'events.error.imageAlt');
		if (v.rrule !== null) {
			const normal = normalizeRrule(v.rrule, {
				allDay: v.allDay,
				start: v.start,
				timeZone: v.timeZone
			});
			if (!normal.ok) issue(['rrule'], normal.error);
		}
	})
	.transform((v): EventInput => {
		const rrule =
			v.rrule === null
				? null
				: (
						normalizeRrule(v.rrule, {
							allDay: v.allDay,
							start: v.start,
							timeZone: v.timeZone
						}) as { rrule: string }
					).rrule;
		return {
			...v,
			rrule,
			exdates:
				rrule || v.rdates?.length
					? [...new Set(v.exdates.map((d) => new Date(d).toISOString()))].sort()
					: [],
			rdates: v.rdates
				? [...new Set(v.rdates.map((d) => new Date(d).toISOString()))].sort()
				: undefined,
			targetGroups: [...new Set(v.targetGroups)] as TargetGroup[],
			topicIds: [...new Set(v.topicIds)],
			attachmentIds: [...new Set(v.attachmentIds)],
			languages: [...new Set(v.languages)],
			cost: { ...v.cost, cents: v.cost.kind === 'amount' ? v.cost.cents : null }
		};
	});

// ---------------------------------------------------------------------------------------------
// The coordinators' form

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

/** Form field of each domain path, so that service-level errors land on the right field. */
const FIELD_OF: Record<string, string> = {
	title: 'title',
	summary: 'summary',
	descriptionHtml: 'description',
	start: 'startDate',
	end: 'endDate',
	rrule: 'rrule',
	exdates: 'exdates',
	'location.placeName': 'placeName',
	'location.address': 'address',
	'location.district': 'district',
	'location.latitude': 'latitude',
	'location.longitude': 'longitude',
	'location.onlineUrl': 'onlineUrl',
	organiserPartnerId: 'organiser',
	organiserName: 'organiserName',
	'contact.name': 'contactName',
	'contact.email': 'contactEmail',
	'contact.phone': 'contactPhone',
	'contact.websiteUrl': 'websiteUrl',
	topicIds: 'topics',
	targetGroups: 'targetGroups',
	'cost.kind': 'costKind',
	'cost.cents': 'costAmount',
	'cost.note': 'costNote',
	accessibility: 'accessibility',
	languages: 'languages',
	'image.fileId': 'imageId',
	'image.alt': 'imageAlt',
	attachmentIds: 'attachments'
};

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

/** A message key for an issue of the domain schema (its own keys, or a generic one). */
function messageOf(issue: z.core.$ZodIssue): string {
	if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message)) return issue.message;
	if (issue.code === 'too_big') return 'events.error.tooLongText';
	if (issue.code === 'too_small') return 'error.required';
	return 'error.invalid';
}

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

/** The form field a domain path belongs to (for service errors shown on a form). */
export function fieldOfPath(path: readonly PropertyKey[]): string {
	const key = path.map(String).join('.');
	return FIELD_OF[key] ?? FIELD_OF[key.split('.')[0] ?? ''] ?? '_form';
}

/** Message key of the first problem of an input, for services that throw RuleError. */
export function firstProblem(error: z.ZodError): { key: string; field: string } {
	const issue = error.issues[0];
	if (!issue) return { key: 'error.invalid', field: '_form' };
	return { key: messageOf(issue), field: fieldOfPath(issue.path) };
}
