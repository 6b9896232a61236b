import type { Generated } from 'kysely';

/* Row type of the team page's members. */

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

/** Merged into the database type in db/schema.ts. */
export interface TeamTables {
	team_member: TeamMemberTable;
}
