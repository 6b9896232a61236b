import type { ServiceContext } from '../../context.ts';
import { listTopics } from '../../topics/topic.service.ts';
import { listDocuments, listImages } from '../../uploads/upload.service.ts';
import { searchTerms } from '../calendar/calendar-filter.ts';
import { occurrencePath } from './occurrence-path.ts';
import { toOverride } from './event.mapper.ts';
import * as relationRepo from './event-relations.repository.ts';
import * as overrideRepo from './event-override.repository.ts';
import * as adminRepo from './event-admin.repository.ts';
import { EVENT_STATUSES, type CalendarEvent, type EventStatus } from './event.types.ts';
import { ensureHorizon, visibleHorizon } from './occurrence-cache.ts';
import * as occ from './occurrence.repository.ts';
import { repeatFormOf } from './repeat-form.ts';
import { addDays, localDate, localTime } from './time-zone.ts';

/* What the coordinators' calendar pages read: the list, the form's choices and values, dates. */

type ReadCtx = Pick<ServiceContext, 'db'>;

export const ADMIN_PAGE_SIZE = 30;

export interface AdminEventRow {
	id: string;
	slug: string;
	title: string;
	status: EventStatus;
	start: string;
	allDay: boolean;
	recurring: boolean;
	organiser: string;
	source: string;
	updatedAt: string;
}

export async function listEventsForAdmin(
	ctx: ReadCtx,
	allianceId: string,
	query: { status: EventStatus | null; q: string; page: number }
) {
	const base = { status: query.status, terms: searchTerms(query.q), limit: 0, offset: 0 };
	const counts = await adminRepo.countEventsByStatus(ctx.db, allianceId);
	// Without search words the count per status (shown in the filter anyway) is the total.
	const total = base.terms.length
		? await adminRepo.countEventsForAdmin(ctx.db, allianceId, base)
		: base.status
			? (counts.get(base.status) ?? 0)
			: [...counts.values()].reduce((sum, n) => sum + n, 0);
	const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
	const page = Math.min(Math.max(1, query.page), pages);
	const rows = await adminRepo.findEventsForAdmin(ctx.db, allianceId, {
		...base,
		limit: ADMIN_PAGE_SIZE,
		offset: (page - 1) * ADMIN_PAGE_SIZE
	});
	return {
		items: rows.map((r): AdminEventRow => ({
			id: r.id,
			slug: r.slug,
			title: r.title,
			status: r.status,
			start: r.start_utc,
			allDay: r.all_day === 1,
			recurring: r.rrule !== null,
			organiser: r.partner_name ?? r.organiser_name,
			source: r.source,
			updatedAt: r.updated_at
		})),
		total,
		page,
		pages,
		counts: Object.fromEntries(EVENT_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<
			EventStatus,
			number
		>
	};
}

/** The choices of the event form. */
export async function eventFormOptions(ctx: ReadCtx, allianceId: string) {
	const [topics, partners, images, documents] = await Promise.all([
		listTopics(ctx, allianceId),
		relationRepo.findPartnerChoices(ctx.db, allianceId),
		listImages(ctx, allianceId),
		listDocuments(ctx, allianceId)
	]);
	return {
		topics: topics.map((t) => ({ value: t.id, label: t.name })),
		partners: partners.map((p) => ({ value: p.id, label: p.name })),
		images: images.map((f) => ({ value: f.id, label: f.title || f.originalName, alt: f.alt })),
		documents: documents.map((f) => ({ value: f.id, label: f.title || f.originalName }))
	};
}

const euro = (cents: number | null) =>
	cents === null ? '' : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
const german = (date: string) => date.split('-').reverse().join('.');

/** The form's values for an event (multi-value fields joined by new lines, as forms.ts does). */
export function eventFormValues(event: CalendarEvent): Record<string, string> {
	const repeat = repeatFormOf(event.rrule);
	const lastDay = event.allDay ? addDays(localDate(event.end), -1) : localDate(event.end);
	return {
		title: event.title,
		summary: event.summary,
		description: event.descriptionHtml,
		startDate: localDate(event.start),
		startTime: event.allDay ? '' : localTime(event.start),
		endDate: lastDay === localDate(event.start) ? '' : lastDay,
		endTime: event.allDay || event.end === event.start ? '' : localTime(event.end),
		allDay: event.allDay ? 'on' : '',
		repeat: repeat.kind,
		repeatDays: repeat.weekdays.join('\n'),
		repeatEnd: repeat.count ? 'count' : repeat.until ? 'until' : 'never',
		repeatUntil: repeat.until ?? '',
		repeatCount: repeat.count ? String(repeat.count) : '',
		rrule: repeat.kind === 'custom' ? (event.rrule ?? '') : '',
		exdates: event.exdates.map((d) => german(localDate(d))).join('\n'),
		placeName: event.location.placeName,
		address: event.location.address,
		district: event.location.district,
		latitude:
			event.location.latitude === null ? '' : String(event.location.latitude).replace('.', ','),
		longitude:
			event.location.longitude === null ? '' : String(event.location.longitude).replace('.', ','),
		onlineUrl: event.location.onlineUrl,
		organiser: event.organiser.partnerId ?? '',
		organiserName: event.organiser.partnerId ? '' : event.organiser.name,
		contactName: event.contact.name,
		contactEmail: event.contact.email,
		contactPhone: event.contact.phone,
		websiteUrl: event.contact.websiteUrl,
		topics: event.topicIds.join('\n'),
		targetGroups: event.targetGroups.join('\n'),
		costKind: event.cost.kind,
		costAmount: euro(event.cost.cents),
		costNote: event.cost.note,
		accessibility: event.accessibility,
		languages: event.languages.join('\n'),
		imageId: event.image?.fileId ?? '',
		imageAlt: event.image?.alt ?? '',
		attachments: event.attachmentIds.join('\n'),
		highlight: event.highlight ? 'on' : '',
		sequence: String(event.sequence)
	};
}

/** Dates of a series from today to the horizon (at most `limit`), with their overrides. */
export async function seriesDates(
	ctx: ReadCtx,
	allianceId: string,
	event: CalendarEvent,
	limit = 60,
	now = new Date()
) {
	if (!event.rrule) return [];
	await ensureHorizon(ctx.db, allianceId, now);
	const [rows, overrides] = await Promise.all([
		occ.findOccurrencesOfEvent(
			ctx.db,
			allianceId,
			event.id,
			{ from: now.toISOString(), to: visibleHorizon(now) },
			limit
		),
		overrideRepo.findOverrides(ctx.db, allianceId, event.id)
	]);
	const byId = new Map(overrides.map((o) => [o.recurrence_id, toOverride(o)]));
	return rows.map((r) => ({
		recurrenceId: r.recurrence_id,
		start: r.start_utc,
		end: r.end_utc,
		allDay: r.all_day === 1,
		cancelled: r.cancelled === 1,
		moved: r.overridden === 1 && r.start_utc !== r.recurrence_id,
		note: byId.get(r.recurrence_id)?.note ?? '',
		overridden: r.overridden === 1,
		path: occurrencePath(event.slug, true, r.recurrence_id),
		date: localDate(r.start_utc),
		startTime: event.allDay ? '' : localTime(r.start_utc),
		endTime: event.allDay ? '' : localTime(r.end_utc)
	}));
}
