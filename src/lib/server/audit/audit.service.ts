import type { ServiceContext } from '../context.ts';
import * as repo from './audit.repository.ts';

export interface AuditEntry {
	allianceId: string | null;
	userId: string | null;
	/** create | update | delete | publish | invite | … */
	action: string;
	/** page | news | file | alliance | member | … */
	entity: string;
	entityId?: string | null;
	/** Short human-readable description, e.g. the title */
	summary?: string;
}

/** Records who changed what; shown on the dashboard and kept as history. */
export async function recordAudit(
	ctx: Pick<ServiceContext, 'db'>,
	entry: AuditEntry
): Promise<void> {
	await repo.insertAuditEntry(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: entry.allianceId,
		user_id: entry.userId,
		action: entry.action,
		entity: entry.entity,
		entity_id: entry.entityId ?? null,
		summary: entry.summary ?? '',
		created_at: new Date().toISOString()
	});
}

export async function recentChanges(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	limit = 10
) {
	return repo.findRecentAuditEntries(ctx.db, allianceId, limit);
}
