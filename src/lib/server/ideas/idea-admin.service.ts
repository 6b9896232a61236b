import type { Alliance } from '../alliances/alliance.types.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { siteUrlOf } from '../concerns/concern-site.ts';
import type { ServiceContext } from '../context.ts';
import { sendIdeaAnsweredMail } from './idea.mails.ts';
import type { IdeaModeration, IdeaStatus } from './idea.table.ts';
import * as repo from './idea.repository.ts';

/* Coordinators moderate ideas and answer them publicly with a status. */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl' | 'registry'>;

const STATUS_DE: Record<IdeaStatus, string> = {
	new: 'neu',
	examining: 'wird geprüft',
	planned: 'geplant',
	realised: 'umgesetzt',
	not_possible: 'nicht möglich'
};
const STATUS_EN: Record<IdeaStatus, string> = {
	new: 'new',
	examining: 'being examined',
	planned: 'planned',
	realised: 'realised',
	not_possible: 'not possible'
};

async function coordinator(ctx: Pick<ServiceContext, 'db'>, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
}

export async function ideasForModeration(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	moderation?: IdeaModeration
) {
	await coordinator(ctx, actor, allianceId);
	const rows = await repo.findIdeasForModeration(ctx.db, allianceId, moderation);
	return {
		ideas: rows.map((r) => ({
			id: r.id,
			title: r.title,
			body: r.body,
			authorName: r.author_name,
			topic: r.topic_name,
			moderation: r.moderation,
			status: r.status,
			response: r.response,
			projectId: r.project_id,
			supportCount: r.support_count,
			createdAt: r.created_at
		})),
		projects: await repo.findProjects(ctx.db, allianceId)
	};
}

export async function moderateIdea(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	decision: 'publish' | 'reject'
) {
	await coordinator(ctx, actor, allianceId);
	const idea = await repo.findIdea(ctx.db, allianceId, id);
	if (!idea || idea.moderation === 'unconfirmed') throw new AppError('NOT_FOUND', 'error.notFound');
	const now = new Date().toISOString();
	await repo.updateIdea(ctx.db, allianceId, id, {
		moderation: decision === 'publish' ? 'published' : 'rejected',
		published_at: decision === 'publish' ? (idea.published_at ?? now) : null,
		// A rejected idea keeps no address.
		...(decision === 'reject' ? { email: '' } : {}),
		updated_at: now
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: decision === 'publish' ? 'publish' : 'update',
		entity: 'idea',
		entityId: id,
		summary: idea.title
	});
	await contentChanged(ctx, allianceId);
}

export async function answerIdea(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	input: { id: string; status: IdeaStatus; response: string; projectId: string | null },
	prefix?: string
) {
	await coordinator(ctx, actor, alliance.id);
	const idea = await repo.findIdea(ctx.db, alliance.id, input.id);
	if (!idea || idea.moderation === 'unconfirmed') throw new AppError('NOT_FOUND', 'error.notFound');
	if (input.projectId && !(await repo.findProject(ctx.db, alliance.id, input.projectId)))
		throw new AppError('INVALID', 'ideas.error.project', 'projectId');
	const now = new Date().toISOString();
	const changed = idea.status !== input.status || idea.response !== input.response;
	await repo.updateIdea(ctx.db, alliance.id, idea.id, {
		status: input.status,
		response: input.response,
		project_id: input.status === 'realised' || input.status === 'planned' ? input.projectId : null,
		response_at: changed ? now : idea.response_at,
		updated_at: now
	});
	await contentChanged(ctx, alliance.id);
	if (!changed || !idea.email || idea.moderation !== 'published') return;
	const locale = idea.locale === 'en' ? 'en' : 'de';
	await sendIdeaAnsweredMail(
		ctx.mailer,
		idea.email,
		{ allianceName: alliance.name, replyTo: alliance.contact.email || undefined, locale },
		{
			title: idea.title,
			status: (locale === 'en' ? STATUS_EN : STATUS_DE)[input.status],
			url: `${siteUrlOf(ctx.publicUrl, alliance, prefix)}/ideen/${idea.id}`
		}
	);
}

export async function pendingIdeaCount(ctx: Pick<ServiceContext, 'db'>, allianceId: string) {
	return repo.countPendingIdeas(ctx.db, allianceId);
}
