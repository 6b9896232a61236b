import type { Generated } from 'kysely';

/* Row types of events, their dates, history and the calendar's state and settings. */

export type EventStatus = 'draft' | 'submitted' | 'published' | 'cancelled' | 'rejected';

export interface EventTable {
	id: string;
	alliance_id: string;
	slug: string;
	uid: string;
	title: string;
	summary: Generated<string>;
	description_html: Generated<string>;
	start_utc: string;
	end_utc: string;
	time_zone: Generated<string>;
	all_day: Generated<number>;
	rrule: string | null;
	/** JSON array of UTC instants */
	exdates: Generated<string>;
	occurrences_until: string | null;
	place_name: Generated<string>;
	address: Generated<string>;
	district: Generated<string>;
	latitude: number | null;
	longitude: number | null;
	online_url: Generated<string>;
	organiser_partner_id: string | null;
	organiser_name: Generated<string>;
	contact_name: Generated<string>;
	contact_email: Generated<string>;
	contact_phone: Generated<string>;
	website_url: Generated<string>;
	cost_kind: Generated<'free' | 'amount' | 'on_request'>;
	cost_cents: number | null;
	cost_note: Generated<string>;
	accessibility: Generated<string>;
	/** JSON array of language codes */
	languages: Generated<string>;
	image_id: string | null;
	image_alt: Generated<string>;
	highlight: Generated<number>;
	status: Generated<EventStatus>;
	status_note: Generated<string>;
	sequence: Generated<number>;
	source: Generated<'manual' | 'submission' | 'import'>;
	source_feed_id: string | null;
	external_uid: string | null;
	submitter_name: string | null;
	submitter_email: string | null;
	registration_enabled: Generated<number>;
	registration_capacity: number | null;
	registration_waitlist: Generated<number>;
	registration_opens_at: string | null;
	registration_closes_at: string | null;
	registration_retention_days: number | null;
	search_text: Generated<string>;
	published_at: string | null;
	created_at: string;
	created_by: string | null;
	updated_at: string;
	updated_by: string | null;
	/** JSON array of UTC instants: extra dates of the series (RDATE; migration 2026-12-06T1100-event-rdates) */
	rdates: Generated<string>;
}

export interface EventTopicTable {
	event_id: string;
	topic_id: string;
}

export interface EventTargetGroupTable {
	event_id: string;
	target_group: string;
}

export interface EventAttachmentTable {
	event_id: string;
	file_id: string;
	position: Generated<number>;
}

export interface EventOverrideTable {
	id: string;
	alliance_id: string;
	event_id: string;
	recurrence_id: string;
	cancelled: Generated<number>;
	start_utc: string | null;
	end_utc: string | null;
	title: string | null;
	summary: string | null;
	place_name: string | null;
	address: string | null;
	note: Generated<string>;
	sequence: Generated<number>;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
}

export interface EventOccurrenceTable {
	event_id: string;
	recurrence_id: string;
	alliance_id: string;
	status: EventStatus;
	start_utc: string;
	end_utc: string;
	all_day: Generated<number>;
	cancelled: Generated<number>;
	overridden: Generated<number>;
	/** end − start in whole minutes, rounded up (occurrence.repository.ts: overlap queries) */
	length_minutes: Generated<number>;
}

export interface EventHistoryTable {
	id: string;
	alliance_id: string;
	event_id: string;
	recurrence_id: string | null;
	user_id: string | null;
	action: string;
	/** JSON: { field: [before, after] } */
	changes: Generated<string>;
	note: Generated<string>;
	created_at: string;
}

export interface CalendarStateTable {
	alliance_id: string;
	version: Generated<number>;
	changed_at: string;
}

export interface CalendarSettingTable {
	alliance_id: string;
	partner_events_need_approval: Generated<number>;
	public_submissions: Generated<number>;
	registration_retention_days: Generated<number>;
	updated_at: string;
	updated_by: string | null;
}

/** Merged into the database type in db/schema.ts. */
export interface EventTables {
	event: EventTable;
	event_topic: EventTopicTable;
	event_target_group: EventTargetGroupTable;
	event_attachment: EventAttachmentTable;
	event_override: EventOverrideTable;
	event_occurrence: EventOccurrenceTable;
	event_history: EventHistoryTable;
	calendar_state: CalendarStateTable;
	calendar_setting: CalendarSettingTable;
}
