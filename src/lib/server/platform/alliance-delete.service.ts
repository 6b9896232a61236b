import fs from 'node:fs/promises';
import path from 'node:path';
import { deleteAllianceRow, findAllianceById } from '../alliances/alliance.repository.ts';
import type { Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';

type Ctx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

/**
 * Deletes an alliance for good: its rows (every table cascades from `alliance`), its uploaded
 * files and its place in the registry. The operator confirms by typing the alliance's short name
 * (slug); a record stays in the platform's audit log (without alliance). People's accounts stay:
 * they may belong to other alliances.
 */
export async function deleteAllianceForGood(
	ctx: Ctx,
	input: { actor: Actor; allianceId: string; confirmSlug: string }
): Promise<{ name: string }> {
	if (!input.actor.platformAdmin) throw new AppError('FORBIDDEN', 'error.forbidden');
	const row = await findAllianceById(ctx.db, input.allianceId);
	if (!row) throw new AppError('NOT_FOUND', 'admin.platform.error.notFound');
	if (input.confirmSlug.trim().toLowerCase() !== row.slug) {
		throw new AppError('INVALID', 'launch.platform.error.confirm', 'confirm');
	}
	if (!(await deleteAllianceRow(ctx.db, row.id))) {
		throw new AppError('NOT_FOUND', 'admin.platform.error.notFound');
	}
	if (/^[A-Za-z0-9-]+$/.test(row.id)) {
		await fs.rm(path.join(ctx.uploadDir, row.id), { recursive: true, force: true });
	}
	ctx.registry?.invalidate();
	await recordAudit(ctx, {
		allianceId: null,
		userId: input.actor.userId,
		action: 'delete',
		entity: 'alliance',
		entityId: row.id,
		summary: `${row.name} (${row.slug})`
	});
	return { name: row.name };
}
