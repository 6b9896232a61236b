import type { Alliance } from '../alliances/alliance.types.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { siteUrlOf } from '../concerns/concern-site.ts';
import { sanitizeRichText } from '../content/sanitize.ts';
import type { ServiceContext } from '../context.ts';
import { findTopics } from '../ideas/idea.repository.ts';
import { jobQueue } from '../jobs/db-queue.ts';
import { draftFromContent } from './newsletter-draft.ts';
import { issueMail } from './newsletter.mails.ts';
import { newsletterSendJob, sendDedupeKey } from './newsletter.job.ts';
import { parseTopics, recipientsOf } from './newsletter-send.service.ts';
import { newsletterPaths } from './newsletter-subscribe.service.ts';
import type { IssueInput } from './newsletter.schema.ts';
import * as repo from './newsletter.repository.ts';

/*
 * Coordinators write an issue (or let the platform draft one), preview it, send a test to
 * themselves and then send it: the delivery rows are written at once and the job queue sends
 * them in batches (newsletter-send.service.ts).
 */

type Ctx = Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl' | 'dialect' | 'registry'>;

async function coordinator(ctx: Pick<ServiceContext, 'db'>, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
}

interface TopicCount {
	key: string;
	/** i18n key (news, events) or the Schwerpunktthema's name */
	label: string;
	count: number;
}

export async function newsletterOverview(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string
) {
	await coordinator(ctx, actor, allianceId);
	const topics = await findTopics(ctx.db, allianceId);
	const subscribers = await repo.findSubscribers(ctx.db, allianceId, 'confirmed');
	const count = (key: string) =>
		subscribers.filter((s) => parseTopics(s.topics).includes(key)).length;
	const perTopic: TopicCount[] = [
		{ key: 'news', label: 'newsletter.topic.news', count: count('news') },
		{ key: 'events', label: 'newsletter.topic.events', count: count('events') },
		...topics.map((t) => ({ key: `topic:${t.id}`, label: t.name, count: count(`topic:${t.id}`) }))
	];
	const issues = await repo.findIssues(ctx.db, allianceId);
	return {
		confirmed: subscribers.length,
		pending: (await repo.findSubscribers(ctx.db, allianceId, 'pending')).length,
		bounced: (await repo.findSubscribers(ctx.db, allianceId, 'bounced')).length,
		perTopic,
		topics: topics.map((t) => ({ key: `topic:${t.id}`, name: t.name })),
		issues: await Promise.all(
			issues.map(async (i) => ({
				id: i.id,
				subject: i.subject,
				status: i.status,
				recipientCount: i.recipient_count,
				sentAt: i.sent_at,
				createdAt: i.created_at,
				deliveries: i.status === 'draft' ? {} : await repo.countDeliveries(ctx.db, allianceId, i.id)
			}))
		)
	};
}

export async function issueForEdit(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
) {
	await coordinator(ctx, actor, allianceId);
	const issue = await repo.findIssue(ctx.db, allianceId, id);
	if (!issue) throw new AppError('NOT_FOUND', 'error.notFound');
	return {
		id: issue.id,
		subject: issue.subject,
		body: issue.body_html,
		topics: parseTopics(issue.topics),
		status: issue.status,
		recipients:
			issue.status === 'draft'
				? (await recipientsOf(ctx, allianceId, parseTopics(issue.topics))).length
				: issue.recipient_count
	};
}

/** Saves a draft (new or changed); returns its id. Sent issues are not changed any more. */
export async function saveIssue(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	input: IssueInput
): Promise<string> {
	await coordinator(ctx, actor, allianceId);
	const clean = sanitizeRichText(input.body).html;
	if (!clean.replace(/<[^>]+>/g, '').trim())
		throw new AppError('INVALID', 'newsletter.error.body', 'body');
	const now = new Date().toISOString();
	if (input.id) {
		const changed = await repo.updateIssue(
			ctx.db,
			allianceId,
			input.id,
			{
				subject: input.subject,
				body_html: clean,
				topics: JSON.stringify(input.topics),
				updated_at: now
			},
			'draft'
		);
		if (!changed) throw new AppError('CONFLICT', 'newsletter.error.notDraft');
		return input.id;
	}
	const id = crypto.randomUUID();
	await repo.insertIssue(ctx.db, {
		id,
		alliance_id: allianceId,
		subject: input.subject,
		body_html: clean,
		topics: JSON.stringify(input.topics),
		created_by: actor.userId,
		created_at: now,
		updated_at: now
	});
	return id;
}

/** A new draft from the coming events and the latest news. */
export async function draftIssue(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	locale: 'de' | 'en'
): Promise<string> {
	await coordinator(ctx, actor, allianceId);
	const draft = await draftFromContent(ctx, allianceId, locale);
	return saveIssue(ctx, actor, allianceId, {
		id: '',
		subject: draft.subject,
		body: draft.body,
		topics: ['news', 'events']
	});
}

export async function deleteDraft(ctx: Ctx, actor: Actor, allianceId: string, id: string) {
	await coordinator(ctx, actor, allianceId);
	if (!(await repo.deleteIssue(ctx.db, allianceId, id)))
		throw new AppError('CONFLICT', 'newsletter.error.notDraft');
}

function previewPaths(siteUrl: string) {
	return newsletterPaths(siteUrl, 'VORSCHAU');
}

/** The mail as subscribers will see it (HTML and plain text). */
export async function previewIssue(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	locale: 'de' | 'en'
) {
	await coordinator(ctx, actor, alliance.id);
	const issue = await repo.findIssue(ctx.db, alliance.id, id);
	if (!issue) throw new AppError('NOT_FOUND', 'error.notFound');
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance);
	const mail = issueMail('preview@example.org', {
		subject: issue.subject,
		bodyHtml: issue.body_html,
		allianceName: alliance.name,
		siteUrl,
		locale,
		...previewPaths(siteUrl)
	});
	return { subject: issue.subject, html: issue.body_html, text: mail.text };
}

/** A test to the coordinator's own address (the unsubscribe link there does nothing). */
export async function sendTest(
	ctx: Ctx,
	actor: Actor,
	alliance: Alliance,
	id: string,
	to: string,
	locale: 'de' | 'en'
) {
	await coordinator(ctx, actor, alliance.id);
	const issue = await repo.findIssue(ctx.db, alliance.id, id);
	if (!issue) throw new AppError('NOT_FOUND', 'error.notFound');
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance);
	await ctx.mailer.send(
		issueMail(to, {
			subject: issue.subject,
			bodyHtml: issue.body_html,
			allianceName: alliance.name,
			siteUrl,
			replyTo: alliance.contact.email || undefined,
			locale,
			test: true,
			...previewPaths(siteUrl)
		})
	);
}

/**
 * Sends a draft: one delivery row per confirmed address of its topics, then the job queue
 * sends them in batches. Returns the number of recipients.
 */
export async function sendIssue(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	now = new Date()
): Promise<number> {
	await coordinator(ctx, actor, allianceId);
	const issue = await repo.findIssue(ctx.db, allianceId, id);
	if (!issue) throw new AppError('NOT_FOUND', 'error.notFound');
	if (issue.status !== 'draft') throw new AppError('CONFLICT', 'newsletter.error.notDraft');
	const recipients = await recipientsOf(ctx, allianceId, parseTopics(issue.topics));
	if (!recipients.length) throw new AppError('INVALID', 'newsletter.error.noRecipients');
	const iso = now.toISOString();
	const claimed = await repo.updateIssue(
		ctx.db,
		allianceId,
		id,
		{
			status: 'sending',
			recipient_count: recipients.length,
			send_started_at: iso,
			updated_at: iso
		},
		'draft'
	);
	if (!claimed) throw new AppError('CONFLICT', 'newsletter.error.notDraft');
	await repo.insertDeliveries(
		ctx.db,
		allianceId,
		id,
		recipients.map((r) => ({ subscriberId: r.id, email: r.email }))
	);
	await jobQueue(ctx).enqueue(
		newsletterSendJob,
		{ issueId: id, batch: 1 },
		{ allianceId, dedupeKey: sendDedupeKey(id, 1), now }
	);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'publish',
		entity: 'newsletter_issue',
		entityId: id,
		summary: issue.subject
	});
	await contentChanged(ctx, allianceId);
	return recipients.length;
}

// --- public archive ---------------------------------------------------------------------------

export async function newsletterArchive(ctx: Pick<ServiceContext, 'db'>, allianceId: string) {
	return (await repo.findSentIssues(ctx.db, allianceId)).map((i) => ({
		id: i.id,
		subject: i.subject,
		sentAt: i.sent_at ?? ''
	}));
}

export async function archivedIssue(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	id: string
) {
	const issue = await repo.findIssue(ctx.db, allianceId, id);
	if (!issue || issue.status !== 'sent') return null;
	return {
		id: issue.id,
		subject: issue.subject,
		html: issue.body_html,
		sentAt: issue.sent_at ?? ''
	};
}

/** For the privacy text: the alliance has a newsletter once someone subscribed or an issue exists. */
export async function hasNewsletter(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<boolean> {
	return (
		(await repo.countSubscribers(ctx.db, allianceId)) > 0 ||
		(await repo.countIssues(ctx.db, allianceId)) > 0
	);
}
