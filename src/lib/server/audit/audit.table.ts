import type { Generated } from 'kysely';

/* Row type of the audit log. */

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

/** Merged into the database type in db/schema.ts. */
export interface AuditTables {
	audit_log: AuditLogTable;
}
