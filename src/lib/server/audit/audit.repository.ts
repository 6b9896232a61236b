import type { Insertable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { AuditLogTable } from './audit.table.ts';

export async function insertAuditEntry(db: DB, row: Insertable<AuditLogTable>): Promise<void> {
	await db.insertInto('audit_log').values(row).execute();
}

export function findRecentAuditEntries(db: DB, allianceId: string, limit: number) {
	return db
		.selectFrom('audit_log')
		.leftJoin('user', 'user.id', 'audit_log.user_id')
		.select([
			'audit_log.id',
			'audit_log.action',
			'audit_log.entity',
			'audit_log.entity_id',
			'audit_log.summary',
			'audit_log.created_at',
			'user.name as user_name'
		])
		.where('audit_log.alliance_id', '=', allianceId)
		.orderBy('audit_log.created_at', 'desc')
		.limit(limit)
		.execute();
}
