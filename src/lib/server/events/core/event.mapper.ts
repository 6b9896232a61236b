import type { EventRow, OverrideRow } from './event.repository.ts';
import type { Relations } from './event-relations.repository.ts';
import type {
	CalendarEvent,
	CostKind,
	EventOverride,
	EventSource,
	TargetGroup
} from './event.types.ts';
import { TARGET_GROUPS } from './event.types.ts';

/* Row → domain. Services hand out only these shapes. */

function jsonList(text: string | null | undefined): string[] {
	if (!text) return [];
	try {
		const parsed = JSON.parse(text) as unknown;
		return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

export function toTargetGroups(list: readonly string[] | undefined): TargetGroup[] {
	return TARGET_GROUPS.filter((g) => list?.includes(g));
}

export function toCalendarEvent(row: EventRow, rel?: Relations): CalendarEvent {
	return {
		id: row.id,
		allianceId: row.alliance_id,
		slug: row.slug,
		uid: row.uid,
		title: row.title,
		summary: row.summary,
		descriptionHtml: row.description_html,
		start: row.start_utc,
		end: row.end_utc,
		timeZone: row.time_zone,
		allDay: row.all_day === 1,
		rrule: row.rrule,
		exdates: jsonList(row.exdates),
		rdates: jsonList(row.rdates),
		location: {
			placeName: row.place_name,
			address: row.address,
			district: row.district,
			latitude: row.latitude,
			longitude: row.longitude,
			onlineUrl: row.online_url
		},
		organiser: {
			partnerId: row.organiser_partner_id,
			name: row.partner_name ?? row.organiser_name,
			partnerSlug: row.partner_slug,
			email: row.partner_email ?? ''
		},
		contact: {
			name: row.contact_name,
			email: row.contact_email,
			phone: row.contact_phone,
			websiteUrl: row.website_url
		},
		topicIds: rel?.topicIds.get(row.id) ?? [],
		targetGroups: toTargetGroups(rel?.targetGroups.get(row.id)),
		cost: { kind: row.cost_kind as CostKind, cents: row.cost_cents, note: row.cost_note },
		accessibility: row.accessibility,
		languages: jsonList(row.languages),
		image: row.image_id ? { fileId: row.image_id, alt: row.image_alt } : null,
		attachmentIds: rel?.attachmentIds.get(row.id) ?? [],
		highlight: row.highlight === 1,
		status: row.status,
		statusNote: row.status_note,
		sequence: row.sequence,
		source: row.source as EventSource,
		sourceFeedId: row.source_feed_id,
		externalUid: row.external_uid,
		registration: {
			enabled: row.registration_enabled === 1,
			capacity: row.registration_capacity,
			waitlist: row.registration_waitlist === 1,
			opensAt: row.registration_opens_at,
			closesAt: row.registration_closes_at,
			retentionDays: row.registration_retention_days
		},
		publishedAt: row.published_at,
		createdAt: row.created_at,
		createdBy: row.created_by,
		updatedAt: row.updated_at,
		updatedBy: row.updated_by
	};
}

export function toOverride(row: OverrideRow): EventOverride {
	return {
		recurrenceId: row.recurrence_id,
		cancelled: row.cancelled === 1,
		start: row.start_utc,
		end: row.end_utc,
		title: row.title,
		summary: row.summary,
		placeName: row.place_name,
		address: row.address,
		note: row.note,
		sequence: row.sequence,
		updatedAt: row.updated_at
	};
}
