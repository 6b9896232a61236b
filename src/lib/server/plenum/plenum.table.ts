import type { Generated } from 'kysely';

/* Row types of the plenum (migration 2026-12-07T0300-plenum-tables). */

export type InvitationStatus = 'draft' | 'sending' | 'sent';
export type ReminderStatus = 'pending' | 'sending' | 'sent';
type MinutesVisibility = 'internal' | 'public';
export type PlenumMailKind = 'invitation' | 'reminder' | 'minutes';
export type RecipientSource = 'partner' | 'subscriber' | 'extra' | 'registered';
type PlenumDeliveryStatus = 'queued' | 'sending' | 'sent' | 'refused' | 'failed';

export interface PlenumTable {
	id: string;
	alliance_id: string;
	event_id: string;
	predecessor_id: string | null;
	agenda: Generated<string>;
	invitation_text: Generated<string>;
	include_partners: Generated<number>;
	include_subscribers: Generated<number>;
	extra_addresses: Generated<string>;
	reminder_days: Generated<number>;
	invitation_status: Generated<InvitationStatus>;
	invited_at: string | null;
	invited_count: Generated<number>;
	reminder_status: Generated<ReminderStatus>;
	reminded_at: string | null;
	minutes_html: Generated<string>;
	minutes_file_id: string | null;
	minutes_visibility: Generated<MinutesVisibility>;
	minutes_updated_at: string | null;
	minutes_announced_at: string | null;
	addresses_deleted_at: string | null;
	created_by: string | null;
	created_at: string;
	updated_at: string;
}

export interface PlenumDeliveryTable {
	id: string;
	alliance_id: string;
	plenum_id: string;
	kind: PlenumMailKind;
	email: string;
	name: Generated<string>;
	locale: Generated<string>;
	source: RecipientSource;
	subscriber_id: string | null;
	variant: Generated<string>;
	status: Generated<PlenumDeliveryStatus>;
	claimed_at: string | null;
	sent_at: string | null;
	error: Generated<string>;
}

interface PlenumAttendanceTable {
	alliance_id: string;
	plenum_id: string;
	registration_id: string;
	present: number;
	updated_at: string;
}

/** Merged into the database type in db/schema.ts. */
export interface PlenumTables {
	plenum: PlenumTable;
	plenum_delivery: PlenumDeliveryTable;
	plenum_attendance: PlenumAttendanceTable;
}
