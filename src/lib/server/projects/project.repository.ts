import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { ProjectTable } from './project.table.ts';

export type ProjectRow = Selectable<ProjectTable>;

export interface ProjectQuery {
	publishedOnly?: boolean;
	status?: ProjectTable['status'] extends infer S ? Exclude<S, undefined> | string : never;
	goodPractice?: boolean;
	topicId?: string;
	workingGroupId?: string;
	ids?: string[];
}

export function findProjects(db: DB, allianceId: string, q: ProjectQuery = {}) {
	let query = db.selectFrom('project').selectAll().where('alliance_id', '=', allianceId);
	if (q.publishedOnly) query = query.where('published', '=', 1);
	if (q.status) query = query.where('status', '=', q.status as 'planned');
	if (q.goodPractice) query = query.where('good_practice', '=', 1);
	if (q.topicId) query = query.where('topic_id', '=', q.topicId);
	if (q.workingGroupId) query = query.where('working_group_id', '=', q.workingGroupId);
	if (q.ids) {
		if (!q.ids.length) return Promise.resolve([]);
		query = query.where('id', 'in', q.ids);
	}
	return query.orderBy('starts_on', 'desc').orderBy('title').execute();
}

export function findProjectBySlug(db: DB, allianceId: string, slug: string) {
	return db
		.selectFrom('project')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug)
		.executeTakeFirst();
}

export function findProjectById(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('project')
		.selectAll()
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export async function slugTaken(db: DB, allianceId: string, slug: string, exceptId?: string) {
	let query = db
		.selectFrom('project')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('slug', '=', slug);
	if (exceptId) query = query.where('id', '!=', exceptId);
	return !!(await query.executeTakeFirst());
}

export async function insertProject(db: DB, row: Insertable<ProjectTable>): Promise<void> {
	await db.insertInto('project').values(row).execute();
}

export async function updateProject(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<ProjectTable>
): Promise<void> {
	await db
		.updateTable('project')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export async function deleteProject(db: DB, allianceId: string, id: string): Promise<number> {
	const r = await db
		.deleteFrom('project')
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

/** Sets a project's partners to those of the list that belong to the alliance. */
export async function replaceProjectPartners(
	db: DB,
	allianceId: string,
	projectId: string,
	partnerIds: string[]
): Promise<void> {
	await db.deleteFrom('project_partner').where('project_id', '=', projectId).execute();
	if (!partnerIds.length) return;
	const valid = await db
		.selectFrom('partner')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', partnerIds)
		.execute();
	if (valid.length) {
		await db
			.insertInto('project_partner')
			.values(valid.map((p) => ({ project_id: projectId, partner_id: p.id })))
			.execute();
	}
}

export function findProjectPartnerIds(db: DB, projectIds: string[]) {
	if (!projectIds.length) return Promise.resolve([]);
	return db
		.selectFrom('project_partner')
		.select(['project_id', 'partner_id'])
		.where('project_id', 'in', projectIds)
		.execute();
}

export async function findProjectIdsOfPartner(db: DB, partnerId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('project_partner')
		.select('project_id')
		.where('partner_id', '=', partnerId)
		.execute();
	return rows.map((r) => r.project_id);
}

export async function replaceProjectNews(
	db: DB,
	allianceId: string,
	projectId: string,
	newsIds: string[]
): Promise<void> {
	await db.deleteFrom('project_news').where('project_id', '=', projectId).execute();
	if (!newsIds.length) return;
	const valid = await db
		.selectFrom('news_post')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('id', 'in', newsIds)
		.execute();
	if (valid.length) {
		await db
			.insertInto('project_news')
			.values(valid.map((n) => ({ project_id: projectId, news_post_id: n.id })))
			.execute();
	}
}

/** Published news posts linked to a project, newest first. */
export function findProjectNews(db: DB, projectId: string, publishedOnly: boolean) {
	let query = db
		.selectFrom('project_news')
		.innerJoin('news_post', 'news_post.id', 'project_news.news_post_id')
		.select(['news_post.id', 'news_post.slug', 'news_post.title', 'news_post.published_at'])
		.where('project_news.project_id', '=', projectId);
	if (publishedOnly) {
		query = query
			.where('news_post.published_at', 'is not', null)
			.where('news_post.published_at', '<=', new Date().toISOString());
	}
	return query.orderBy('news_post.published_at', 'desc').execute();
}

/** News posts an editor can link to a project (newest first). */
export function findNewsChoices(db: DB, allianceId: string) {
	return db
		.selectFrom('news_post')
		.select(['id', 'title', 'published_at'])
		.where('alliance_id', '=', allianceId)
		.orderBy('created_at', 'desc')
		.limit(200)
		.execute();
}

export function findProjectFiles(db: DB, projectId: string) {
	return db
		.selectFrom('project_file')
		.innerJoin('file', 'file.id', 'project_file.file_id')
		.select(['file.id', 'file.kind', 'file.title', 'file.alt', 'file.original_name', 'file.size'])
		.where('project_file.project_id', '=', projectId)
		.orderBy('project_file.position')
		.execute();
}

export async function insertProjectFile(db: DB, projectId: string, fileId: string): Promise<void> {
	const last = await db
		.selectFrom('project_file')
		.select((eb) => eb.fn.max('position').as('max'))
		.where('project_id', '=', projectId)
		.executeTakeFirst();
	await db
		.insertInto('project_file')
		.values({ project_id: projectId, file_id: fileId, position: Number(last?.max ?? 0) + 1 })
		.execute();
}

export async function deleteProjectFile(
	db: DB,
	projectId: string,
	fileId: string
): Promise<number> {
	const r = await db
		.deleteFrom('project_file')
		.where('project_id', '=', projectId)
		.where('file_id', '=', fileId)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

export function findWorkingGroupNames(db: DB, allianceId: string) {
	return db
		.selectFrom('working_group')
		.select(['id', 'slug', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('name')
		.execute();
}

export function findActivePartnerNames(db: DB, allianceId: string) {
	return db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.orderBy('name')
		.execute();
}
