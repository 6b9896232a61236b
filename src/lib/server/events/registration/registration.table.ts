import type { Generated } from 'kysely';

/* Row type of registrations for events. */

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

/** Merged into the database type in db/schema.ts. */
export interface RegistrationTables {
	event_registration: EventRegistrationTable;
}
