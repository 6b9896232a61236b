import type { Generated } from 'kysely';

/* Row types of the contact point for concerns (migration 2026-12-06T1500-concerns). */

export type ConcernStatus = 'received' | 'in_progress' | 'forwarded' | 'answered' | 'closed';
export const CONCERN_STATUSES: readonly ConcernStatus[] = [
	'received',
	'in_progress',
	'forwarded',
	'answered',
	'closed'
];
export type ConcernEntryKind = 'family' | 'answer' | 'note';

interface FormSecretTable {
	id: string;
	secret: string;
	created_at: string;
}

interface ConcernSettingTable {
	alliance_id: string;
	retention_months: Generated<number>;
	reminder_days: Generated<number>;
	updated_at: string;
}

export interface ConcernCategoryTable {
	id: string;
	alliance_id: string;
	name: string;
	position: Generated<number>;
	archived: Generated<number>;
	created_at: string;
}

export interface ConcernTable {
	id: string;
	alliance_id: string;
	reference: string;
	status_token: string | null;
	category_id: string | null;
	message: string;
	name: Generated<string>;
	email: Generated<string>;
	phone: Generated<string>;
	locale: Generated<string>;
	status: Generated<ConcernStatus>;
	assigned_user_id: string | null;
	partner_id: string | null;
	working_group_id: string | null;
	consent_at: string | null;
	created_at: string;
	updated_at: string;
	first_answer_at: string | null;
	waiting_since: string | null;
	reminded_at: string | null;
	closed_at: string | null;
	anonymised_at: string | null;
}

export interface ConcernEntryTable {
	id: string;
	alliance_id: string;
	concern_id: string;
	kind: ConcernEntryKind;
	body: string;
	author_user_id: string | null;
	author_label: Generated<string>;
	created_at: string;
}

export interface ConcernTemplateTable {
	id: string;
	alliance_id: string;
	title: string;
	body: string;
	created_at: string;
	updated_at: string;
}

/** Messages of the contact form before concerns replaced it; read for privacy requests. */
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

/** Merged into the database type in db/schema.ts. */
export interface ConcernTables {
	contact_message: ContactMessageTable;
	form_secret: FormSecretTable;
	concern_setting: ConcernSettingTable;
	concern_category: ConcernCategoryTable;
	concern: ConcernTable;
	concern_entry: ConcernEntryTable;
	concern_template: ConcernTemplateTable;
}
