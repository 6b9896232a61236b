import { assertSameAlliance } from '../access/access.service.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { publicPartnersByIds } from '../partners/partner-directory.service.ts';
import { listTopicRefs } from '../topics/topic.service.ts';
import { htmlToPlain, slugify, textToHtml } from '../partners/partner-text.ts';
import type { TopicRef } from '../topics/topic.types.ts';
import { storeDocument, storeImage } from '../uploads/upload-store.service.ts';
import type { ProjectInput, ProjectStatus } from './project.schema.ts';
import * as repo from './project.repository.ts';

/*
 * Projects of the alliance: status, period, responsible working group, partners, goals and
 * results, images and documents, related news. Completed projects marked as good practice
 * make the good-practice list.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

export interface ProjectSummary {
	id: string;
	slug: string;
	title: string;
	summary: string;
	status: ProjectStatus;
	startsOn: string | null;
	endsOn: string | null;
	imageId: string | null;
	goodPractice: boolean;
	published: boolean;
}

export interface Project extends ProjectSummary {
	descriptionHtml: string;
	goals: string;
	results: string;
	workingGroup: { id: string; slug: string; name: string } | null;
	topic: TopicRef | null;
	partners: { id: string; slug: string; name: string }[];
	images: { id: string; alt: string }[];
	documents: { id: string; title: string; size: number }[];
	news: { id: string; slug: string; title: string; publishedAt: string | null }[];
}

function toSummary(row: repo.ProjectRow): ProjectSummary {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		summary: row.summary,
		status: row.status,
		startsOn: row.starts_on,
		endsOn: row.ends_on,
		imageId: row.image_id,
		goodPractice: row.good_practice === 1,
		published: row.published === 1
	};
}

async function toProject(
	ctx: ReadCtx,
	row: repo.ProjectRow,
	publicView: boolean
): Promise<Project> {
	const [groups, topics, partnerLinks, files, news] = await Promise.all([
		repo.findWorkingGroupNames(ctx.db, row.alliance_id),
		listTopicRefs(ctx, row.alliance_id),
		repo.findProjectPartnerIds(ctx.db, [row.id]),
		repo.findProjectFiles(ctx.db, row.id),
		repo.findProjectNews(ctx.db, row.id, publicView)
	]);
	const partners = await publicPartnersByIds(
		ctx,
		row.alliance_id,
		partnerLinks.map((l) => l.partner_id)
	);
	return {
		...toSummary(row),
		descriptionHtml: row.description_html,
		goals: row.goals,
		results: row.results,
		workingGroup: groups.find((g) => g.id === row.working_group_id) ?? null,
		topic: topics.find((t) => t.id === row.topic_id) ?? null,
		partners: partners.map((p) => ({ id: p.id, slug: p.slug, name: p.name })),
		images: files.filter((f) => f.kind === 'image').map((f) => ({ id: f.id, alt: f.alt })),
		documents: files
			.filter((f) => f.kind === 'document')
			.map((f) => ({ id: f.id, title: f.title || f.original_name, size: f.size })),
		news: news.map((n) => ({
			id: n.id,
			slug: n.slug,
			title: n.title,
			publishedAt: n.published_at
		}))
	};
}

// ---------- public ----------

/** Published projects, by status (running first, then planned, then completed). */
export async function publicProjects(
	ctx: ReadCtx,
	allianceId: string,
	filter: { status?: ProjectStatus; goodPractice?: boolean } = {}
): Promise<ProjectSummary[]> {
	const rows = await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, ...filter });
	const order: Record<ProjectStatus, number> = { running: 0, planned: 1, completed: 2 };
	return rows.map(toSummary).sort((a, b) => order[a.status] - order[b.status]);
}

export async function publicProject(
	ctx: ReadCtx,
	allianceId: string,
	slug: string
): Promise<Project | null> {
	const row = await repo.findProjectBySlug(ctx.db, allianceId, slug);
	if (!row || row.published !== 1) return null;
	return toProject(ctx, row, true);
}

export async function projectsOfPartner(
	ctx: ReadCtx,
	allianceId: string,
	partnerId: string
): Promise<ProjectSummary[]> {
	const ids = await repo.findProjectIdsOfPartner(ctx.db, partnerId);
	return (await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, ids })).map(toSummary);
}

export async function projectsOfTopic(ctx: ReadCtx, allianceId: string, topicId: string) {
	return (await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, topicId })).map(
		toSummary
	);
}

export async function projectsOfWorkingGroup(
	ctx: ReadCtx,
	allianceId: string,
	workingGroupId: string
) {
	return (await repo.findProjects(ctx.db, allianceId, { publishedOnly: true, workingGroupId })).map(
		toSummary
	);
}

// ---------- coordinators and editors ----------

const EDIT_ROLES = ['coordinator', 'editor'] as const;

export async function listProjectsAdmin(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<ProjectSummary[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	return (await repo.findProjects(ctx.db, allianceId)).map(toSummary);
}

export async function projectForEdit(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<{ project: Project; values: Record<string, string | string[] | boolean> }> {
	await assertAllianceRole(ctx.db, actor, allianceId, EDIT_ROLES);
	const row = await repo.findProjectById(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	const project = await toProject(ctx, row, false);
	return {
		project,
		values: {
			title: row.title,
			summary: row.summary,
			description: htmlToPlain(row.description_html),
			goals: row.goals,
			results: row.results,
			status: row.status,
			startsOn: row.starts_on ?? '',
			endsOn: row.ends_on ?? '',
			workingGroupId: row.working_group_id ?? '',
			topicId: row.topic_id ?? '',
			partners: project.partners.map((p) => p.id),
			news: project.news.map((n) => n.id),
			goodPractice: row.good_practice === 1,
			published: row.published === 1
		}
	};
}

export async function projectChoices(ctx: ReadCtx, allianceId: string) {
	const [groups, topics, news] = await Promise.all([
		repo.findWorkingGroupNames(ctx.db, allianceId),
		listTopicRefs(ctx, allianceId),
		repo.findNewsChoices(ctx.db, allianceId)
	]);
	const partners = await repo.findActivePartnerNames(ctx.db, allianceId);
	return { groups, topics, news: news.map((n) => ({ id: n.id, title: n.title })), partners };
}

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
