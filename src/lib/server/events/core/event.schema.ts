import { z } from 'zod';
import { sanitizeRichText } from '../../content/sanitize.ts';
import { cleanLine, cleanText } from './event-text.ts';
import { COST_KINDS, TARGET_GROUPS, type EventInput, type TargetGroup } from './event.types.ts';
import { normalizeRrule } from './rrule-text.ts';
import { isValidTimeZone } from './time-zone.ts';

/*
 * Validation of events: `eventInputSchema` checks the domain object every caller hands to the
 * service (form, submission, import); `eventFormSchema` reads the coordinators' form into it,
 * with errors on the form's own field names (event-form.schema.ts). Message keys are translated
 * in the page.
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

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
export const DAY = 86_400_000;

export const line = (max: number = LIMITS.line) => z.string().max(max).transform(cleanLine);
export const text = (max: number = LIMITS.note) => z.string().max(max).transform(cleanText);
export const httpUrl = z
	.string()
	.max(LIMITS.url)
	.transform((v) => v.trim())
	.refine((v) => v === '' || /^https?:\/\/[^\s<>"]+$/i.test(v), { message: 'error.url' });
export const email = z
	.string()
	.max(LIMITS.line)
	.transform((v) => v.trim())
	.refine((v) => v === '' || z.email().safeParse(v).success, { message: 'error.email' });
export const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)) && /Z$/.test(v), {
	message: 'error.date'
});
export const id = z.string().min(1).max(100);

export function yearOk(iso: string): boolean {
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

/** Form field of each domain path, so that service-level errors land on the right field. */
export const FIELD_OF: Record<string, string> = {
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
/** A message key for an issue of the domain schema (its own keys, or a generic one). */
export function messageOf(issue: z.core.$ZodIssue): string {
	if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message)) return issue.message;
	if (issue.code === 'too_big') return 'events.error.tooLongText';
	if (issue.code === 'too_small') return 'error.required';
	return 'error.invalid';
}
/** The form field a domain path belongs to (for service errors shown on a form). */
export function fieldOfPath(path: readonly PropertyKey[]): string {
	const key = path.map(String).join('.');
	return FIELD_OF[key] ?? FIELD_OF[key.split('.')[0] ?? ''] ?? '_form';
}

/** Message key of the first problem of an input, for services that throw AppError. */
export function firstProblem(error: z.ZodError): { key: string; field: string } {
	const issue = error.issues[0];
	if (!issue) return { key: 'error.invalid', field: '_form' };
	return { key: messageOf(issue), field: fieldOfPath(issue.path) };
}
