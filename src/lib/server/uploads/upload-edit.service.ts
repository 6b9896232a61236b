import type { ServiceContext } from '../context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { requireAccessFor } from '../access/access.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import * as repo from './upload.repository.ts';
import { getFile, isFileId, removeBytes } from './upload.service.ts';

/* Changing a file's texts and deleting files (not while something still uses them). */

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

/** Changes a document's title, description and listing. */
export async function updateDocument(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	meta: { title: string; description: string; listed: boolean }
): Promise<boolean> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getFile(ctx, allianceId, id);
	if (!existing || existing.kind !== 'document') return false;
	await repo.updateFile(ctx.db, allianceId, id, {
		title: meta.title.trim().slice(0, 200),
		description: meta.description.trim().slice(0, 2000),
		listed: meta.listed ? 1 : 0
	});
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'update',
		entity: 'file',
		entityId: id,
		summary: meta.title
	});
	await contentChanged(ctx, allianceId);
	return true;
}

/** Changes an image's alternative text. */
export async function updateImageAlt(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string,
	alt: string
): Promise<boolean> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	const existing = await getFile(ctx, allianceId, id);
	if (!existing || existing.kind !== 'image') return false;
	await repo.updateFile(ctx.db, allianceId, id, { alt: alt.trim().slice(0, 300) });
	await recordAudit(ctx, { allianceId, userId, action: 'update', entity: 'file', entityId: id });
	return true;
}

export type DeleteFileResult =
	| { ok: true }
	| { ok: false; error: 'upload.notFound' }
	| { ok: false; error: 'upload.inUse'; usedBy: string[] };

/**
 * Deletes a file (row and bytes). Refused while a page, a news post, the alliance's logo or
 * patron photo, or a team member still shows or links it, so nothing breaks silently.
 */
export async function deleteFile(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	id: string
): Promise<DeleteFileResult> {
	await requireAccessFor(ctx, userId, allianceId, 'content.edit');
	if (!isFileId(id)) return { ok: false, error: 'upload.notFound' };
	const row = await repo.findFileById(ctx.db, allianceId, id);
	if (!row) return { ok: false, error: 'upload.notFound' };
	const usedBy = await repo.findFileUsage(ctx.db, allianceId, id);
	if (usedBy.length) return { ok: false, error: 'upload.inUse', usedBy };
	const deleted = await repo.deleteFile(ctx.db, allianceId, id);
	if (!deleted) return { ok: false, error: 'upload.notFound' };
	await removeBytes(ctx, allianceId, row.storage_key);
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'delete',
		entity: 'file',
		entityId: id,
		summary: row.title || row.original_name
	});
	await contentChanged(ctx, allianceId);
	return { ok: true };
}
