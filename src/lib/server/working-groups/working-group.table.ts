import type { Generated } from 'kysely';

/* Row types of working groups, their members and meetings. */

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

/** Merged into the database type in db/schema.ts. */
export interface WorkingGroupTables {
	working_group: WorkingGroupTable;
	working_group_member: WorkingGroupMemberTable;
	meeting: MeetingTable;
}
