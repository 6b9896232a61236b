import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { storeDocument, storeImage } from '../uploads/upload-store.service.ts';
import { EDIT_ROLES } from './project-shared.ts';
import * as repo from './project.repository.ts';

/* A project's images (the first becomes the cover) and PDF documents. */

type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

/** Adds an uploaded image (first one becomes the cover) or PDF to a project. */
export async function addProjectFile(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string,
	file: File | null,
	meta: { title: string; alt: string }
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	const row = await repo.findProjectById(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	const isPdf = !!file && (file.type === 'application/pdf' || /\.pdf$/i.test(file.name));
	if (!isPdf && !meta.alt.trim()) throw new AppError('INVALID', 'projects.error.alt', 'alt');
	const stored = isPdf
		? await storeDocument(ctx, allianceId, actor.userId, file, {
				title: meta.title || file!.name.replace(/\.pdf$/i, ''),
				listed: false
			})
		: await storeImage(ctx, allianceId, actor.userId, file, { alt: meta.alt });
	if (!stored.ok) throw new AppError('INVALID', stored.error, 'file');
	await repo.insertProjectFile(ctx.db, id, stored.file.id);
	if (stored.file.kind === 'image' && !row.image_id) {
		await repo.updateProject(ctx.db, allianceId, id, { image_id: stored.file.id });
	}
	await contentChanged(ctx, allianceId);
}

export async function removeProjectFile(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string,
	fileId: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	const row = await repo.findProjectById(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	if (!(await repo.deleteProjectFile(ctx.db, id, fileId))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	if (row.image_id === fileId) {
		await repo.updateProject(ctx.db, allianceId, id, { image_id: null });
	}
	await contentChanged(ctx, allianceId);
}
