import type { Generated } from 'kysely';

/* Row types of partners, their contacts, applications and invitations. */

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

/** Merged into the database type in db/schema.ts. */
export interface PartnerTables {
	partner: PartnerTable;
	partner_topic: PartnerTopicTable;
	partner_contact: PartnerContactTable;
	partner_setting: PartnerSettingTable;
	partner_application: PartnerApplicationTable;
	partner_invitation: PartnerInvitationTable;
}
