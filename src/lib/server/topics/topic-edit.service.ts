import { z } from 'zod';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { htmlToPlain, slugify, textToHtml } from '../partners/partner-text.ts';
import * as repo from './topic-edit.repository.ts';

/*
 * Coordinators edit the focus topics: name, summary, description, order. The address (slug)
 * of an existing topic stays, so links and calendar filters keep working after a rename.
 */

export const topicSchema = z.object({
	name: z.string().trim().min(3).max(120),
	summary: z.string().trim().max(500).default(''),
	description: z.string().trim().max(10000).default(''),
	position: z.coerce.number().int().min(0).max(999).default(0)
});
export type TopicInput = z.infer<typeof topicSchema>;

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

export async function topicForEdit(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const row = await repo.findTopicById(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	return {
		id: row.id,
		slug: row.slug,
		values: {
			name: row.name,
			summary: row.summary,
			description: htmlToPlain(row.description_html),
			position: String(row.position)
		}
	};
}

export async function saveTopic(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string | null,
	input: TopicInput
): Promise<{ id: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const values = {
		name: input.name,
		summary: input.summary,
		description_html: textToHtml(input.description),
		position: input.position
	};
	let topicId = id;
	if (id) {
		if (!(await repo.findTopicById(ctx.db, allianceId, id))) {
			throw new AppError('NOT_FOUND', 'error.notFound');
		}
		await repo.updateTopic(ctx.db, allianceId, id, values);
	} else {
		const slug = slugify(input.name, 'thema');
		if (await repo.topicSlugTaken(ctx.db, allianceId, slug)) {
			throw new AppError('CONFLICT', 'topics.error.slugTaken', 'name');
		}
		topicId = crypto.randomUUID();
		await repo.insertTopic(ctx.db, { ...values, id: topicId, alliance_id: allianceId, slug });
	}
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: id ? 'update' : 'create',
		entity: 'topic',
		entityId: topicId,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
	return { id: topicId! };
}

export async function removeTopic(ctx: Ctx, actor: Actor, allianceId: string, id: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.deleteTopic(ctx.db, allianceId, id)))
		throw new AppError('NOT_FOUND', 'error.notFound');
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'topic',
		entityId: id
	});
	await contentChanged(ctx, allianceId);
}
