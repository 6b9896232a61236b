import type { ColumnType, Generated } from 'kysely';
import type { SearchTables } from '../search/search.table.ts';
import type { SurveyTables } from '../surveys/survey.table.ts';

/*
 * Row types of every table, as the database stores them. Services map rows to domain types.
 * Better Auth owns user/session/account/verification/member/invitation; we read them only.
 */

/** Better Auth writes Date objects; SQLite gives them back as text, PostgreSQL as Date. */
type AuthTime = ColumnType<Date | string, Date | string, Date | string>;

export interface UserTable {
	id: string;
	name: string;
	email: string;
	emailVerified: ColumnType<boolean | number, boolean | number, boolean | number>;
	image: string | null;
	createdAt: AuthTime;
	updatedAt: AuthTime;
	role: string | null;
	banned: ColumnType<boolean | number | null, boolean | number | null, boolean | number | null>;
	banReason: string | null;
	banExpires: AuthTime | null;
	locale: string | null;
}

export interface SessionTable {
	id: string;
	expiresAt: AuthTime;
	token: string;
	createdAt: AuthTime;
	updatedAt: AuthTime;
	ipAddress: string | null;
	userAgent: string | null;
	userId: string;
	impersonatedBy: string | null;
	activeOrganizationId: string | null;
}

export interface AccountTable {
	id: string;
	accountId: string;
	providerId: string;
	userId: string;
	password: string | null;
	createdAt: AuthTime;
	updatedAt: AuthTime;
}

export interface VerificationTable {
	id: string;
	identifier: string;
	value: string;
	expiresAt: AuthTime;
	createdAt: AuthTime;
	updatedAt: AuthTime;
}

export interface MemberTable {
	id: string;
	organizationId: string;
	userId: string;
	role: string;
	createdAt: AuthTime;
}

export interface InvitationTable {
	id: string;
	organizationId: string;
	email: string;
	role: string | null;
	status: string;
	expiresAt: AuthTime;
	createdAt: AuthTime;
	inviterId: string;
}

export interface AllianceTable {
	id: string;
	name: string;
	slug: string;
	logo_url: string | null;
	created_at: AuthTime;
	metadata: string | null;
	domain: string | null;
	short_name: Generated<string>;
	town: Generated<string>;
	motto: Generated<string>;
	motto_source: Generated<string>;
	welcome_html: Generated<string>;
	founding_year: number | null;
	patron_name: Generated<string>;
	patron_role: Generated<string>;
	patron_text: Generated<string>;
	patron_photo_id: string | null;
	logo_id: string | null;
	color_primary: Generated<string>;
	color_accent: Generated<string>;
	contact_email: Generated<string>;
	contact_phone: Generated<string>;
	contact_address: Generated<string>;
	/** JSON: [{ label, url }] */
	social_links: Generated<string>;
	/** JSON: imprint data, see alliance.schema.ts */
	imprint: Generated<string>;
	/** JSON: { holder, iban, bic, bank, purpose } */
	bank: Generated<string>;
	content_version: Generated<number>;
	updated_at: Generated<string>;
}

export interface FileTable {
	id: string;
	alliance_id: string;
	kind: 'image' | 'document';
	mime: string;
	size: number;
	original_name: string;
	storage_key: string;
	width: number | null;
	height: number | null;
	title: Generated<string>;
	description: Generated<string>;
	alt: Generated<string>;
	listed: Generated<number>;
	created_at: string;
	created_by: string | null;
}

export interface PageTable {
	id: string;
	alliance_id: string;
	parent_id: string | null;
	slug: string;
	title: string;
	summary: Generated<string>;
	body_html: Generated<string>;
	/** page | imprint | privacy */
	kind: Generated<string>;
	position: Generated<number>;
	published: Generated<number>;
	in_nav: Generated<number>;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
}

export interface NewsPostTable {
	id: string;
	alliance_id: string;
	slug: string;
	title: string;
	summary: Generated<string>;
	body_html: Generated<string>;
	image_id: string | null;
	published_at: string | null;
	created_at: string;
	updated_at: string;
	updated_by: string | null;
}

export interface TeamMemberTable {
	id: string;
	alliance_id: string;
	name: string;
	role: Generated<string>;
	organisation: Generated<string>;
	photo_id: string | null;
	term_from: string | null;
	term_to: string | null;
	position: Generated<number>;
}

export interface ContactMessageTable {
	id: string;
	alliance_id: string;
	name: string;
	email: string;
	subject: string;
	message: string;
	status: Generated<string>;
	created_at: string;
}

export interface AuditLogTable {
	id: string;
	alliance_id: string | null;
	user_id: string | null;
	action: string;
	entity: string;
	entity_id: string | null;
	summary: Generated<string>;
	created_at: string;
}

export interface RateLimitTable {
	key: string;
	window_start: number;
	count: number;
}

export interface TopicTable {
	id: string;
	alliance_id: string;
	slug: string;
	name: string;
	summary: Generated<string>;
	description_html: Generated<string>;
	position: Generated<number>;
	created_at: string;
	updated_at: string;
}

export type PartnerKind =
	| 'institution'
	| 'company'
	| 'association'
	| 'federation'
	| 'kita'
	| 'school'
	| 'administration'
	| 'politics'
	| 'church'
	| 'individual'
	| 'other';

export interface PartnerTable {
	id: string;
	alliance_id: string;
	slug: string;
	name: string;
	kind: PartnerKind;
	description_html: Generated<string>;
	contribution: Generated<string>;
	logo_id: string | null;
	street: Generated<string>;
	postal_code: Generated<string>;
	city: Generated<string>;
	district: Generated<string>;
	website: Generated<string>;
	public_email: Generated<string>;
	public_phone: Generated<string>;
	internal_contact_name: Generated<string>;
	internal_email: Generated<string>;
	internal_phone: Generated<string>;
	internal_notes: Generated<string>;
	joined_on: string | null;
	status: Generated<'active' | 'inactive'>;
	created_at: string;
	updated_at: string;
	/** JSON of a partner contact's proposed profile change, awaiting a coordinator */
	pending_changes: string | null;
	pending_at: string | null;
	pending_by: string | null;
}

export interface PartnerTopicTable {
	partner_id: string;
	topic_id: string;
}

export interface PartnerContactTable {
	id: string;
	alliance_id: string;
	partner_id: string;
	user_id: string;
	created_at: string;
}

export interface PartnerSettingTable {
	alliance_id: string;
	changes_need_approval: Generated<number>;
	updated_at: string;
}

export interface PartnerApplicationTable {
	id: string;
	alliance_id: string;
	organisation: string;
	kind: PartnerKind;
	contact_name: string;
	email: string;
	phone: Generated<string>;
	website: Generated<string>;
	district: Generated<string>;
	contribution: string;
	message: Generated<string>;
	consent_principles_at: string;
	consent_privacy_at: string;
	status: Generated<'pending' | 'accepted' | 'declined'>;
	decision_note: Generated<string>;
	decided_at: string | null;
	decided_by: string | null;
	partner_id: string | null;
	created_at: string;
}

export interface PartnerInvitationTable {
	invitation_id: string;
	alliance_id: string;
	partner_id: string;
	email: string;
	created_at: string;
}

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

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobTable {
	id: string;
	name: string;
	/** JSON */
	payload: Generated<string>;
	alliance_id: string | null;
	status: Generated<JobStatus>;
	run_at: string;
	attempts: Generated<number>;
	max_attempts: Generated<number>;
	locked_until: string | null;
	locked_by: string | null;
	last_error: Generated<string>;
	dedupe_key: string | null;
	created_at: string;
	updated_at: string;
	finished_at: string | null;
}

export interface JobScheduleTable {
	key: string;
	name: string;
	/** JSON */
	payload: Generated<string>;
	alliance_id: string | null;
	interval_seconds: number;
	next_run_at: string;
	last_enqueued_at: string | null;
	created_at: string;
	updated_at: string;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

export interface EventRegistrationTable {
	id: string;
	alliance_id: string;
	event_id: string;
	occurrence_start: string;
	position: number;
	status: RegistrationStatus;
	name: string;
	email: string;
	note: Generated<string>;
	adults: Generated<number>;
	children: Generated<number>;
	locale: Generated<string>;
	token_hash: string | null;
	consent_privacy_at: string;
	created_at: string;
	updated_at: string;
	promoted_at: string | null;
	cancelled_at: string | null;
	anonymized_at: string | null;
	/** When the person was told that their event or date is cancelled */
	cancel_notice_at: string | null;
}

export interface CalendarSettingTable {
	alliance_id: string;
	partner_events_need_approval: Generated<number>;
	public_submissions: Generated<number>;
	registration_retention_days: Generated<number>;
	updated_at: string;
	updated_by: string | null;
}

export interface WorkingGroupTable {
	id: string;
	alliance_id: string;
	slug: string;
	name: string;
	summary: Generated<string>;
	description_html: Generated<string>;
	contact_name: Generated<string>;
	contact_email: Generated<string>;
	topic_id: string | null;
	status: Generated<'active' | 'ended'>;
	position: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface WorkingGroupMemberTable {
	id: string;
	alliance_id: string;
	working_group_id: string;
	user_id: string | null;
	partner_id: string | null;
	name: string;
	email: Generated<string>;
	role: Generated<'lead' | 'member'>;
	created_at: string;
}

export interface MeetingTable {
	id: string;
	alliance_id: string;
	/** null: a meeting of the coordination team */
	working_group_id: string | null;
	title: string;
	starts_at: string;
	ends_at: string;
	place: Generated<string>;
	agenda: Generated<string>;
	minutes: Generated<string>;
	invited_at: string | null;
	created_at: string;
	updated_at: string;
}

export interface ProjectTable {
	id: string;
	alliance_id: string;
	slug: string;
	title: string;
	summary: Generated<string>;
	description_html: Generated<string>;
	goals: Generated<string>;
	results: Generated<string>;
	status: Generated<'planned' | 'running' | 'completed'>;
	starts_on: string | null;
	ends_on: string | null;
	working_group_id: string | null;
	topic_id: string | null;
	image_id: string | null;
	good_practice: Generated<number>;
	published: Generated<number>;
	created_at: string;
	updated_at: string;
}

export interface ProjectPartnerTable {
	project_id: string;
	partner_id: string;
}

export interface ProjectFileTable {
	project_id: string;
	file_id: string;
	position: Generated<number>;
}

export interface ProjectNewsTable {
	project_id: string;
	news_post_id: string;
}

export interface AnnouncementTable {
	id: string;
	alliance_id: string;
	title: string;
	body: Generated<string>;
	pinned: Generated<number>;
	created_by: string | null;
	created_at: string;
}

export interface LibraryFolderTable {
	id: string;
	alliance_id: string;
	parent_id: string | null;
	name: string;
	position: Generated<number>;
	created_at: string;
}

export interface LibraryDocumentTable {
	id: string;
	alliance_id: string;
	folder_id: string;
	file_id: string;
	title: string;
	created_by: string | null;
	created_at: string;
}

export interface MemberProfileTable {
	alliance_id: string;
	user_id: string;
	listed: Generated<number>;
	show_email: Generated<number>;
	show_phone: Generated<number>;
	phone: Generated<string>;
	about: Generated<string>;
	digest: Generated<number>;
	digest_sent_at: string | null;
	updated_at: string;
}

export interface EventSubmissionTable {
	id: string;
	alliance_id: string;
	token_hash: string;
	/** JSON EventInput */
	payload: string;
	submitter_name: string;
	submitter_email: string;
	locale: Generated<string>;
	consent_privacy_at: string;
	created_at: string;
	expires_at: string;
	confirmed_at: string | null;
	event_id: string | null;
}

export interface EventFeedTable {
	id: string;
	alliance_id: string;
	partner_id: string | null;
	name: string;
	url: string;
	auto_publish: Generated<number>;
	interval_minutes: Generated<number>;
	enabled: Generated<number>;
	last_attempt_at: string | null;
	last_success_at: string | null;
	last_status: 'ok' | 'error' | null;
	last_error: Generated<string>;
	last_error_detail: Generated<string>;
	/** JSON */
	last_result: Generated<string>;
	http_etag: string | null;
	http_last_modified: string | null;
	content_hash: string | null;
	created_at: string;
	created_by: string | null;
	updated_at: string;
}

export interface Database extends SearchTables, SurveyTables {
	user: UserTable;
	session: SessionTable;
	account: AccountTable;
	verification: VerificationTable;
	member: MemberTable;
	invitation: InvitationTable;
	alliance: AllianceTable;
	file: FileTable;
	page: PageTable;
	news_post: NewsPostTable;
	team_member: TeamMemberTable;
	contact_message: ContactMessageTable;
	audit_log: AuditLogTable;
	rate_limit: RateLimitTable;
	topic: TopicTable;
	partner: PartnerTable;
	partner_topic: PartnerTopicTable;
	partner_contact: PartnerContactTable;
	partner_setting: PartnerSettingTable;
	partner_application: PartnerApplicationTable;
	partner_invitation: PartnerInvitationTable;
	working_group: WorkingGroupTable;
	working_group_member: WorkingGroupMemberTable;
	meeting: MeetingTable;
	project: ProjectTable;
	project_partner: ProjectPartnerTable;
	project_file: ProjectFileTable;
	project_news: ProjectNewsTable;
	announcement: AnnouncementTable;
	library_folder: LibraryFolderTable;
	library_document: LibraryDocumentTable;
	member_profile: MemberProfileTable;
	event: EventTable;
	event_topic: EventTopicTable;
	event_target_group: EventTargetGroupTable;
	event_attachment: EventAttachmentTable;
	event_override: EventOverrideTable;
	event_occurrence: EventOccurrenceTable;
	event_history: EventHistoryTable;
	calendar_state: CalendarStateTable;
	job: JobTable;
	job_schedule: JobScheduleTable;
	event_registration: EventRegistrationTable;
	calendar_setting: CalendarSettingTable;
	event_submission: EventSubmissionTable;
	event_feed: EventFeedTable;
}

// Feature tables kept beside their feature (*.table.ts), merged into Database here.
import type { ConcernTables } from '../concerns/concern.table.ts';
import type { IdeaTables } from '../ideas/idea.table.ts';
export interface Database extends ConcernTables, IdeaTables {}

// Pinnwand and donation purposes (interface merging keeps this an append).
import type { PinboardTables } from '../pinboard/pinboard.table.ts';
import type { DonationTables } from '../donations/donation.table.ts';
import type { NewsletterTables } from '../newsletter/newsletter.table.ts';
import type { ReportTables } from '../report/report.table.ts';
import type { PlenumTables } from '../plenum/plenum.table.ts';
export interface Database
	extends PinboardTables, DonationTables, NewsletterTables, ReportTables, PlenumTables {}
