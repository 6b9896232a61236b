import type { Alliance } from '../alliances/alliance.types.ts';
import { findCoordinatorEmails } from '../auth/member.repository.ts';
import { isSecretShape, newSecret, siteUrlOf } from '../concerns/concern-site.ts';
import {
	checkFormToken,
	hashedKey,
	issueFormToken,
	withinRateLimits
} from '../concerns/form-guard.ts';
import type { ServiceContext } from '../context.ts';
import { sendIdeaConfirmMail, sendIdeaToModerateMail } from './idea.mails.ts';
import type { ProposeInput } from './idea.schema.ts';
import type { IdeaStatus } from './idea.table.ts';
import * as repo from './idea.repository.ts';
import { confirmationExpired } from './idea-retention.ts';

/*
 * The public ideas board: propose without an account (confirmed by a mailed link), read the
 * published ideas sorted and filtered, and the alliance's public answers.
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>;

const IDEA_LIMIT_PER_ALLIANCE = { limit: 5, windowMs: 60 * 60_000 };
const IDEA_LIMIT_PER_INSTALLATION = { limit: 15, windowMs: 60 * 60_000 };
const IDEA_LIMIT_PER_RECIPIENT = { limit: 5, windowMs: 24 * 60 * 60_000 };

export const ideaScope = (allianceId: string) => `idea:${allianceId}`;

export interface Visitor {
	clientKey: string;
	locale: 'de' | 'en';
	prefix?: string;
	now?: Date;
}

export type FormFailure = {
	ok: false;
	error:
		| 'error.tooManyRequests'
		| 'concerns.error.tooFast'
		| 'concerns.error.expired'
		| 'ideas.error.topic';
	status: 400 | 429;
	field?: string;
};

/** Time token, then limits per address and alliance, per address and per recipient. */
export async function guardForm(
	ctx: Pick<ServiceContext, 'db'>,
	scope: string,
	keys: { alliance: string; client: string; recipient: string },
	started: string,
	now: Date
): Promise<FormFailure | null> {
	const token = await checkFormToken(ctx.db, scope, started, now.getTime());
	if (token === 'tooFast') return { ok: false, error: 'concerns.error.tooFast', status: 400 };
	if (token === 'invalid') return { ok: false, error: 'concerns.error.expired', status: 400 };
	const allowed = await withinRateLimits(
		ctx.db,
		[
			{ key: `idea:a:${keys.alliance}:${keys.client}`, ...IDEA_LIMIT_PER_ALLIANCE },
			{ key: `form:ip:${keys.client}`, ...IDEA_LIMIT_PER_INSTALLATION },
			{ key: `form:to:${hashedKey(keys.recipient)}`, ...IDEA_LIMIT_PER_RECIPIENT }
		],
		now.getTime()
	);
	return allowed ? null : { ok: false, error: 'error.tooManyRequests', status: 429 };
}

export async function proposeForm(ctx: Pick<ServiceContext, 'db'>, allianceId: string) {
	return {
		topics: await repo.findTopics(ctx.db, allianceId),
		started: await issueFormToken(ctx.db, ideaScope(allianceId))
	};
}

export async function proposeIdea(
	ctx: Ctx,
	alliance: Alliance,
	input: ProposeInput,
	visitor: Visitor
): Promise<{ ok: true } | FormFailure> {
	const now = visitor.now ?? new Date();
	if (input.website) return { ok: true };
	if (input.topicId && !(await repo.findTopic(ctx.db, alliance.id, input.topicId))) {
		return { ok: false, error: 'ideas.error.topic', status: 400, field: 'topicId' };
	}
	const refused = await guardForm(
		ctx,
		ideaScope(alliance.id),
		{ alliance: alliance.id, client: visitor.clientKey, recipient: input.email },
		input.started,
		now
	);
	if (refused) return refused;
	const token = newSecret();
	const iso = now.toISOString();
	await repo.insertIdea(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		title: input.title,
		body: input.body,
		topic_id: input.topicId,
		author_name: input.authorName,
		email: input.email,
		locale: visitor.locale,
		confirm_token: token,
		created_at: iso,
		updated_at: iso
	});
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, visitor.prefix);
	await sendIdeaConfirmMail(
		ctx.mailer,
		input.email,
		{
			allianceName: alliance.name,
			replyTo: alliance.contact.email || undefined,
			locale: visitor.locale
		},
		`${siteUrl}/ideen/bestaetigen/${token}`
	);
	return { ok: true };
}

/** The proposer confirms: the idea waits for the coordinators. Null for an unknown link. */
export async function confirmIdea(
	ctx: Ctx,
	alliance: Alliance,
	token: string,
	prefix?: string
): Promise<{ title: string } | null> {
	if (!isSecretShape(token)) return null;
	const idea = await repo.findIdeaByToken(ctx.db, alliance.id, token);
	if (!idea || confirmationExpired(idea.created_at)) return null;
	const now = new Date().toISOString();
	await repo.updateIdea(ctx.db, alliance.id, idea.id, {
		moderation: 'pending',
		confirm_token: null,
		confirmed_at: now,
		updated_at: now
	});
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, prefix);
	for (const to of await findCoordinatorEmails(ctx.db, alliance.id)) {
		await sendIdeaToModerateMail(ctx.mailer, to, {
			allianceName: alliance.name,
			title: idea.title,
			url: `${siteUrl}/admin/ideen`
		});
	}
	return { title: idea.title };
}

/** Whether a confirmation link is (still) good, for the page before the button. */
export async function ideaConfirmable(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Alliance,
	token: string
) {
	if (!isSecretShape(token)) return null;
	const idea = await repo.findIdeaByToken(ctx.db, alliance.id, token);
	return idea && !confirmationExpired(idea.created_at) ? { title: idea.title } : null;
}

export interface PublicIdea {
	id: string;
	title: string;
	body: string;
	authorName: string;
	topic: { name: string; slug: string } | null;
	status: IdeaStatus;
	response: string;
	responseAt: string | null;
	project: { title: string; slug: string } | null;
	supportCount: number;
	publishedAt: string;
}

function toPublic(row: NonNullable<Awaited<ReturnType<typeof repo.findIdea>>>): PublicIdea {
	return {
		id: row.id,
		title: row.title,
		body: row.body,
		authorName: row.author_name,
		topic: row.topic_name && row.topic_slug ? { name: row.topic_name, slug: row.topic_slug } : null,
		status: row.status,
		response: row.response,
		responseAt: row.response_at,
		project:
			row.project_title && row.project_slug
				? { title: row.project_title, slug: row.project_slug }
				: null,
		supportCount: row.support_count,
		publishedAt: row.published_at ?? row.created_at
	};
}

export async function publicIdeas(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	options: { sort: repo.IdeaSort; topicSlug?: string }
) {
	const topics = await repo.findTopics(ctx.db, allianceId);
	const topic = options.topicSlug ? topics.find((t) => t.slug === options.topicSlug) : undefined;
	const rows = await repo.findPublishedIdeas(ctx.db, allianceId, {
		sort: options.sort,
		topicId: topic?.id
	});
	return { ideas: rows.map(toPublic), topics, topic: topic?.slug ?? '' };
}

export async function publicIdea(ctx: Pick<ServiceContext, 'db'>, allianceId: string, id: string) {
	const row = await repo.findIdea(ctx.db, allianceId, id);
	if (!row || row.moderation !== 'published') return null;
	return {
		idea: toPublic(row),
		started: await issueFormToken(ctx.db, `support:${allianceId}`)
	};
}
