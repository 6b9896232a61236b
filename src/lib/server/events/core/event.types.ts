/** Domain types of the calendar, as services hand them to routes, feeds and other features. */

export const EVENT_STATUSES = ['draft', 'submitted', 'published', 'cancelled', 'rejected'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** Statuses the public sees (a cancelled event stays visible, marked as cancelled). */
export const PUBLIC_STATUSES: readonly EventStatus[] = ['published', 'cancelled'];

export const TARGET_GROUPS = [
	'0-3',
	'3-6',
	'6-10',
	'10-14',
	'14-18',
	'parents',
	'grandparents',
	'everyone'
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const COST_KINDS = ['free', 'amount', 'on_request'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const EVENT_SOURCES = ['manual', 'submission', 'import'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** Languages offered in the event form (ISO 639-1); imports may bring others. */
export const EVENT_LANGUAGES = [
	'de',
	'en',
	'tr',
	'ar',
	'uk',
	'ru',
	'pl',
	'fa',
	'fr',
	'es',
	'it',
	'dgs'
] as const;

export interface EventLocation {
	placeName: string;
	address: string;
	district: string;
	latitude: number | null;
	longitude: number | null;
	onlineUrl: string;
}

export interface EventCost {
	kind: CostKind;
	/** Amount in cents when kind is 'amount' */
	cents: number | null;
	/** e.g. "Geschwisterkinder frei" */
	note: string;
}

export interface RegistrationSettings {
	enabled: boolean;
	/** null: unlimited */
	capacity: number | null;
	waitlist: boolean;
	opensAt: string | null;
	closesAt: string | null;
	/** Days after the event when personal data of registrations is deleted; null: default */
	retentionDays: number | null;
}

/** An event (a single date or a series) with everything the editor and the feeds need. */
export interface CalendarEvent {
	id: string;
	allianceId: string;
	slug: string;
	uid: string;
	title: string;
	summary: string;
	descriptionHtml: string;
	/** First occurrence, UTC ISO */
	start: string;
	end: string;
	timeZone: string;
	allDay: boolean;
	rrule: string | null;
	/** UTC ISO original starts */
	exdates: string[];
	/** Extra dates of the series (RDATE), UTC ISO starts */
	rdates: string[];
	location: EventLocation;
	organiser: {
		/** null: the alliance itself */
		partnerId: string | null;
		/** The partner's name, or free text (imports, submissions), or '' for the alliance */
		name: string;
		partnerSlug: string | null;
		/** The partner's public e-mail address ('' when none or not a partner) */
		email: string;
	};
	contact: { name: string; email: string; phone: string; websiteUrl: string };
	topicIds: string[];
	targetGroups: TargetGroup[];
	cost: EventCost;
	accessibility: string;
	languages: string[];
	image: { fileId: string; alt: string } | null;
	attachmentIds: string[];
	highlight: boolean;
	status: EventStatus;
	statusNote: string;
	sequence: number;
	source: EventSource;
	sourceFeedId: string | null;
	externalUid: string | null;
	registration: RegistrationSettings;
	publishedAt: string | null;
	createdAt: string;
	createdBy: string | null;
	updatedAt: string;
	updatedBy: string | null;
}

/** One date of the series that differs from the rule. */
export interface EventOverride {
	/** Original start, UTC ISO */
	recurrenceId: string;
	cancelled: boolean;
	start: string | null;
	end: string | null;
	title: string | null;
	summary: string | null;
	placeName: string | null;
	address: string | null;
	note: string;
	sequence: number;
	updatedAt: string;
}

/** What the event form (and later: submission, import) hands to createEvent / updateEvent. */
export interface EventInput {
	title: string;
	summary: string;
	descriptionHtml: string;
	start: string;
	end: string;
	allDay: boolean;
	/** IANA zone the series is expanded in (imports keep the source's); default Europe/Berlin */
	timeZone?: string;
	rrule: string | null;
	exdates: string[];
	/** Extra dates (RDATE, imports); undefined keeps the stored ones */
	rdates?: string[];
	location: EventLocation;
	organiserPartnerId: string | null;
	organiserName: string;
	contact: { name: string; email: string; phone: string; websiteUrl: string };
	topicIds: string[];
	targetGroups: TargetGroup[];
	cost: EventCost;
	accessibility: string;
	languages: string[];
	image: { fileId: string; alt: string } | null;
	attachmentIds: string[];
	highlight: boolean;
}

/** Who acts on the calendar: a signed-in person (see auth/actor.ts) or the system (imports, seeds). */
export type EventActor = { userId: string; platformAdmin: boolean } | { system: true };

export const SYSTEM_ACTOR: EventActor = { system: true };

export function actorUserId(actor: EventActor): string | null {
	return 'system' in actor ? null : actor.userId;
}

/** One occurrence as the public views show it (series values with the override applied). */
export interface OccurrenceView {
	eventId: string;
	slug: string;
	recurrenceId: string;
	start: string;
	end: string;
	allDay: boolean;
	recurring: boolean;
	/** The event or this date does not take place */
	cancelled: boolean;
	moved: boolean;
	title: string;
	summary: string;
	placeName: string;
	district: string;
	online: boolean;
	organiserName: string;
	cost: EventCost;
	targetGroups: TargetGroup[];
	highlight: boolean;
	imageId: string | null;
	imageAlt: string;
	/** Public remark for this date (override note) or the cancellation note of the event */
	note: string;
	/** Path inside the alliance's site, e.g. /termine/elterncafe/2026-12-02 */
	path: string;
}
