import { sql, type Insertable, type Updateable } from 'kysely';
import type { DB } from '../db/db.ts';
import type { IdeaModeration, IdeaStatus, IdeaSupportTable, IdeaTable } from './idea.table.ts';

/* SQL of the ideas board. Every query is filtered by the alliance. */

export async function insertIdea(db: DB, row: Insertable<IdeaTable>): Promise<void> {
	await db.insertInto('idea').values(row).execute();
}

export async function updateIdea(
	db: DB,
	allianceId: string,
	id: string,
	patch: Updateable<IdeaTable>
): Promise<number> {
	const r = await db
		.updateTable('idea')
		.set(patch)
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}

function ideaQuery(db: DB, allianceId: string) {
	return db
		.selectFrom('idea')
		.leftJoin('topic', 'topic.id', 'idea.topic_id')
		.leftJoin('project', 'project.id', 'idea.project_id')
		.select([
			'idea.id',
			'idea.title',
			'idea.body',
			'idea.topic_id',
			'idea.author_name',
			'idea.email',
			'idea.locale',
			'idea.moderation',
			'idea.status',
			'idea.response',
			'idea.project_id',
			'idea.support_count',
			'idea.created_at',
			'idea.published_at',
			'idea.response_at',
			'topic.name as topic_name',
			'topic.slug as topic_slug',
			'project.title as project_title',
			'project.slug as project_slug'
		])
		.where('idea.alliance_id', '=', allianceId);
}

export function findIdea(db: DB, allianceId: string, id: string) {
	return ideaQuery(db, allianceId).where('idea.id', '=', id).executeTakeFirst();
}

export function findIdeaByToken(db: DB, allianceId: string, token: string) {
	return ideaQuery(db, allianceId)
		.where('idea.confirm_token', '=', token)
		.where('idea.moderation', '=', 'unconfirmed')
		.executeTakeFirst();
}

export type IdeaSort = 'support' | 'newest' | 'status';

export function findPublishedIdeas(
	db: DB,
	allianceId: string,
	options: { sort: IdeaSort; topicId?: string; status?: IdeaStatus }
) {
	let query = ideaQuery(db, allianceId).where('idea.moderation', '=', 'published');
	if (options.topicId) query = query.where('idea.topic_id', '=', options.topicId);
	if (options.status) query = query.where('idea.status', '=', options.status);
	if (options.sort === 'support') {
		query = query.orderBy('idea.support_count', 'desc').orderBy('idea.published_at', 'desc');
	} else if (options.sort === 'status') {
		query = query
			.orderBy(
				sql`case idea.status when 'realised' then 0 when 'planned' then 1 when 'examining' then 2 when 'new' then 3 else 4 end`
			)
			.orderBy('idea.support_count', 'desc');
	} else {
		query = query.orderBy('idea.published_at', 'desc');
	}
	return query.limit(500).execute();
}

export function findIdeasForModeration(db: DB, allianceId: string, moderation?: IdeaModeration) {
	let query = ideaQuery(db, allianceId).where('idea.moderation', '!=', 'unconfirmed');
	if (moderation) query = query.where('idea.moderation', '=', moderation);
	return query
		.orderBy(sql`case idea.moderation when 'pending' then 0 else 1 end`)
		.orderBy('idea.created_at', 'desc')
		.limit(500)
		.execute();
}

export async function countPendingIdeas(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('idea')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('moderation', '=', 'pending')
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export function findTopics(db: DB, allianceId: string) {
	return db
		.selectFrom('topic')
		.select(['id', 'slug', 'name'])
		.where('alliance_id', '=', allianceId)
		.orderBy('position')
		.orderBy('name')
		.execute();
}

export function findTopic(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('topic')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

export function findProjects(db: DB, allianceId: string) {
	return db
		.selectFrom('project')
		.select(['id', 'title'])
		.where('alliance_id', '=', allianceId)
		.orderBy('title')
		.execute();
}

export function findProject(db: DB, allianceId: string, id: string) {
	return db
		.selectFrom('project')
		.select(['id', 'title'])
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.executeTakeFirst();
}

// ---------- support ----------

export function findSupport(db: DB, allianceId: string, ideaId: string, emailHash: string) {
	return db
		.selectFrom('idea_support')
		.select(['id', 'confirmed_at'])
		.where('alliance_id', '=', allianceId)
		.where('idea_id', '=', ideaId)
		.where('email_hash', '=', emailHash)
		.executeTakeFirst();
}

export async function insertSupport(db: DB, row: Insertable<IdeaSupportTable>): Promise<void> {
	await db
		.insertInto('idea_support')
		.values(row)
		.onConflict((oc) => oc.columns(['idea_id', 'email_hash']).doNothing())
		.execute();
}

/** A new link for a support not yet confirmed; its waiting time (created_at) starts again. */
export async function renewSupportToken(
	db: DB,
	allianceId: string,
	id: string,
	token: string,
	now: string
) {
	await db
		.updateTable('idea_support')
		.set({ confirm_token: token, created_at: now })
		.where('alliance_id', '=', allianceId)
		.where('id', '=', id)
		.execute();
}

export function findSupportByToken(db: DB, allianceId: string, token: string) {
	return db
		.selectFrom('idea_support')
		.select(['id', 'idea_id', 'confirmed_at', 'created_at'])
		.where('alliance_id', '=', allianceId)
		.where('confirm_token', '=', token)
		.executeTakeFirst();
}

/** Confirms a support once and counts it; returns false if it was confirmed already. */
export async function confirmSupport(
	db: DB,
	allianceId: string,
	support: { id: string; idea_id: string },
	now: string
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const r = await trx
			.updateTable('idea_support')
			.set({ confirmed_at: now, confirm_token: null })
			.where('alliance_id', '=', allianceId)
			.where('id', '=', support.id)
			.where('confirmed_at', 'is', null)
			.executeTakeFirst();
		if (!Number(r.numUpdatedRows)) return false;
		await trx
			.updateTable('idea')
			.set((eb) => ({ support_count: eb('support_count', '+', 1) }))
			.where('alliance_id', '=', allianceId)
			.where('id', '=', support.idea_id)
			.execute();
		return true;
	});
}

// ---------- clean-up ----------

/**
 * Deletes proposals never confirmed (with their address) and supports never confirmed (with
 * their checksum) created before `before`. All alliances: the clean-up job (idea-retention.ts).
 */
export async function deleteUnconfirmedBefore(
	db: DB,
	before: string
): Promise<{ ideas: number; supports: number }> {
	const supports = await db
		.deleteFrom('idea_support')
		.where('confirmed_at', 'is', null)
		.where('created_at', '<', before)
		.executeTakeFirst();
	const ideas = await db
		.deleteFrom('idea')
		.where('moderation', '=', 'unconfirmed')
		.where('created_at', '<', before)
		.executeTakeFirst();
	return { ideas: Number(ideas.numDeletedRows), supports: Number(supports.numDeletedRows) };
}
