import { assertSameAlliance } from '../access/access.service.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { slugify, textToHtml } from '../partners/partner-text.ts';
import type { ProjectInput } from './project.schema.ts';
import { EDIT_ROLES } from './project-shared.ts';
import * as repo from './project.repository.ts';

/* Creating, editing and deleting projects (coordinators and editors; writeProject for seeds). */

type ReadCtx = Pick<ServiceContext, 'db'>;
type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

async function uniqueSlug(ctx: ReadCtx, allianceId: string, title: string, exceptId?: string) {
	const base = slugify(title, 'projekt');
	let slug = base;
	for (let n = 2; await repo.slugTaken(ctx.db, allianceId, slug, exceptId); n++) {
		slug = `${base}-${n}`;
	}
	return slug;
}

/** Creates (id null) or updates a project. No permission check: see saveProject. */
export async function writeProject(
	ctx: ReadCtx,
	allianceId: string,
	id: string | null,
	input: ProjectInput
): Promise<{ id: string; slug: string }> {
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'workingGroup', field: 'workingGroupId', ids: input.workingGroupId },
		{ kind: 'topic', field: 'topicId', ids: input.topicId },
		{ kind: 'partner', field: 'partners', ids: input.partners },
		{ kind: 'news', field: 'news', ids: input.news }
	]);
	const now = new Date().toISOString();
	const values = {
		title: input.title,
		summary: input.summary,
		description_html: textToHtml(input.description),
		goals: input.goals,
		results: input.results,
		status: input.status,
		starts_on: input.startsOn || null,
		ends_on: input.endsOn || null,
		working_group_id: input.workingGroupId || null,
		topic_id: input.topicId || null,
		good_practice: input.goodPractice ? 1 : 0,
		published: input.published ? 1 : 0,
		updated_at: now
	};
	let projectId: string;
	let slug: string;
	if (id) {
		const existing = await repo.findProjectById(ctx.db, allianceId, id);
		if (!existing) throw new AppError('NOT_FOUND', 'error.notFound');
		projectId = id;
		slug = existing.slug;
		await repo.updateProject(ctx.db, allianceId, id, values);
	} else {
		projectId = crypto.randomUUID();
		slug = await uniqueSlug(ctx, allianceId, input.title);
		await repo.insertProject(ctx.db, {
			...values,
			id: projectId,
			alliance_id: allianceId,
			slug,
			image_id: null,
			created_at: now
		});
	}
	await repo.replaceProjectPartners(ctx.db, allianceId, projectId, input.partners);
	await repo.replaceProjectNews(ctx.db, allianceId, projectId, input.news);
	return { id: projectId, slug };
}

export async function saveProject(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string | null,
	input: ProjectInput
): Promise<{ id: string; slug: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	const saved = await writeProject(ctx, allianceId, id, input);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: id ? 'update' : 'create',
		entity: 'project',
		entityId: saved.id,
		summary: input.title
	});
	await contentChanged(ctx, allianceId);
	return saved;
}

export async function removeProject(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	if (!(await repo.deleteProject(ctx.db, allianceId, id))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'project',
		entityId: id
	});
	await contentChanged(ctx, allianceId);
}
