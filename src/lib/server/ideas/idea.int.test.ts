import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { issueFormToken } from '../concerns/form-guard.ts';
import { ensureDefaultTopics } from '../topics/topic.service.ts';
import { answerIdea, ideasForModeration, moderateIdea } from './idea-admin.service.ts';
import {
	confirmIdea,
	ideaConfirmable,
	ideaScope,
	proposeIdea,
	publicIdea,
	publicIdeas
} from './idea-public.service.ts';
import { confirmSupport, requestSupport } from './idea-support.service.ts';
import { answerIdeaSchema, proposeSchema } from './idea.schema.ts';
import { seedIdeasDemo } from './ideas.demo.ts';
import { IDEA_STATUSES } from './idea.table.ts';
import { UNCONFIRMED_IDEA_HOURS } from './idea-retention.ts';
import { submissionCleanupJob } from '../events/workflows/submission.job.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let coordinatorB: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
let ip = 0;
const visitor = () => ({ clientKey: `10.2.0.${++ip}`, locale: 'de' as const });

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

function linkIn(text: string, path: string): string {
	const match = new RegExp(`${path}([A-Za-z0-9_-]{43})`).exec(text);
	if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
	return match[1];
}

async function propose(alliance: Alliance, fields: Record<string, string>) {
	return proposeSchema.parse({
		title: 'Ein Bücherschrank auf dem Marktplatz',
		body: 'Ein offener Bücherschrank mit Kinderbüchern, zum Tauschen für alle Familien.',
		email: 'idee@example.org',
		consent: 'on',
		started: await issueFormToken(ctx.db, ideaScope(alliance.id), Date.now() - 10_000),
		...fields
	});
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { slug: 'ideen-a' });
	b = await makeAlliance(ctx, { slug: 'ideen-b' });
	await ensureDefaultTopics(ctx, a.id);
	await ensureDefaultTopics(ctx, b.id);
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('ideas board', () => {
	it('an idea is public only after the mailed confirmation and the coordinators’ approval; answered with a status and a mail', async () => {
		const email = 'vater@example.org';
		expect(
			await proposeIdea(ctx, a, await propose(a, { email, authorName: 'Ben' }), visitor())
		).toEqual({
			ok: true
		});
		const mail = await ctx.smtp.waitFor(email, /bestätigen Sie Ihre Idee/);
		expect(mail.text).not.toContain('Bücherschrank');
		const token = linkIn(mail.text, '/ideen/bestaetigen/');
		expect((await publicIdeas(ctx, a.id, { sort: 'newest' })).ideas).toEqual([]);
		// Not yet confirmed: not in the moderation list either.
		expect((await ideasForModeration(ctx, actor(coordinator), a.id)).ideas).toEqual([]);
		expect(await confirmIdea(ctx, b, token)).toBeNull();
		expect(await confirmIdea(ctx, a, token)).toEqual({
			title: 'Ein Bücherschrank auf dem Marktplatz'
		});
		expect(await confirmIdea(ctx, a, token)).toBeNull();
		await ctx.smtp.waitFor(coordinator.email, /Neue Idee zum Freigeben/);
		const [pending] = (await ideasForModeration(ctx, actor(coordinator), a.id, 'pending')).ideas;
		expect(pending?.title).toBe('Ein Bücherschrank auf dem Marktplatz');
		expect((await publicIdeas(ctx, a.id, { sort: 'newest' })).ideas).toEqual([]);
		expect(await status(moderateIdea(ctx, actor(coordinatorB), a.id, pending!.id, 'publish'))).toBe(
			403
		);
		expect(await status(moderateIdea(ctx, actor(coordinatorB), b.id, pending!.id, 'publish'))).toBe(
			404
		);
		await moderateIdea(ctx, actor(coordinator), a.id, pending!.id, 'publish');
		const listed = (await publicIdeas(ctx, a.id, { sort: 'newest' })).ideas;
		expect(listed.map((i) => [i.title, i.authorName, i.status])).toEqual([
			['Ein Bücherschrank auf dem Marktplatz', 'Ben', 'new']
		]);
		expect(JSON.stringify(listed)).not.toContain(email);

		// "Nicht möglich" needs a reason; a project of another alliance is refused.
		expect(
			answerIdeaSchema.safeParse({ id: pending!.id, status: 'not_possible', response: '' }).success
		).toBe(false);
		const projectB = crypto.randomUUID();
		const now = new Date().toISOString();
		await ctx.db
			.insertInto('project')
			.values({
				id: projectB,
				alliance_id: b.id,
				slug: 'fremd',
				title: 'Fremdes Projekt',
				created_at: now,
				updated_at: now
			})
			.execute();
		expect(
			await status(
				answerIdea(ctx, actor(coordinator), a, {
					id: pending!.id,
					status: 'realised',
					response: 'Steht!',
					projectId: projectB
				})
			)
		).toBe(400);
		await answerIdea(ctx, actor(coordinator), a, {
			id: pending!.id,
			status: 'planned',
			response: 'Der Bücherschrank kommt im Mai.',
			projectId: null
		});
		const news = await ctx.smtp.waitFor(email, /Neuigkeiten zu Ihrer Idee/);
		expect(news.text).toContain('geplant');
		expect(news.text).toContain(`/ideen/${pending!.id}`);
		const shown = await publicIdea(ctx, a.id, pending!.id);
		expect(shown?.idea).toMatchObject({
			status: 'planned',
			response: 'Der Bücherschrank kommt im Mai.'
		});
		expect(await publicIdea(ctx, b.id, pending!.id)).toBeNull();
	});

	it('support counts once per confirmed address', async () => {
		await proposeIdea(
			ctx,
			a,
			await propose(a, { title: 'Trinkbrunnen im Park', email: 'p@example.org' }),
			visitor()
		);
		const token = linkIn(
			(await ctx.smtp.waitFor('p@example.org', /Idee/)).text,
			'/ideen/bestaetigen/'
		);
		await confirmIdea(ctx, a, token);
		const idea = (await ideasForModeration(ctx, actor(coordinator), a.id, 'pending')).ideas.find(
			(i) => i.title === 'Trinkbrunnen im Park'
		)!;
		await moderateIdea(ctx, actor(coordinator), a.id, idea.id, 'publish');

		const support = async (email: string) => {
			const started = await issueFormToken(ctx.db, `support:${a.id}`, Date.now() - 10_000);
			return requestSupport(ctx, a, idea.id, { email, website: '', started }, visitor());
		};
		const count = async () => (await publicIdea(ctx, a.id, idea.id))?.idea.supportCount;
		expect(await support('fan@example.org')).toEqual({ ok: true });
		const first = linkIn(
			(await ctx.smtp.waitFor('fan@example.org', /Unterstützung/)).text,
			'/ideen/unterstuetzen/'
		);
		expect(await count()).toBe(0);
		expect(await confirmSupport(ctx, b.id, first)).toBeNull();
		expect((await confirmSupport(ctx, a.id, first))?.id).toBe(idea.id);
		expect(await count()).toBe(1);
		expect(await confirmSupport(ctx, a.id, first)).toBeNull();
		// The same address again (other spelling): no second count, no new mail.
		ctx.smtp.clear();
		expect(await support(' FAN@example.org ')).toEqual({ ok: true });
		expect(await count()).toBe(1);
		expect(ctx.smtp.mails).toEqual([]);
		// A second address counts.
		await support('zwei@example.org');
		await confirmSupport(
			ctx,
			a.id,
			linkIn(
				(await ctx.smtp.waitFor('zwei@example.org', /Unterstützung/)).text,
				'/ideen/unterstuetzen/'
			)
		);
		expect(await count()).toBe(2);
		// Unpublished ideas cannot be supported.
		expect(
			await requestSupport(
				ctx,
				b,
				idea.id,
				{ email: 'x@example.org', website: '', started: '' },
				visitor()
			)
		).toMatchObject({
			status: 404
		});
	});

	it('refuses a topic of another alliance, a form sent at once, and sorts and filters', async () => {
		const topicB = (await publicIdeas(ctx, b.id, { sort: 'newest' })).topics[0]!;
		expect(
			await proposeIdea(ctx, a, await propose(a, { topicId: topicB.id }), visitor())
		).toMatchObject({
			ok: false,
			field: 'topicId'
		});
		const fast = await proposeIdea(
			ctx,
			a,
			await propose(a, { started: await issueFormToken(ctx.db, ideaScope(a.id)) }),
			visitor()
		);
		expect(fast).toMatchObject({ ok: false, error: 'concerns.error.tooFast' });

		const c = await makeAlliance(ctx);
		await ensureDefaultTopics(ctx, c.id);
		await seedIdeasDemo(ctx.db, c.id);
		const bySupport = (await publicIdeas(ctx, c.id, { sort: 'support' })).ideas;
		expect(bySupport).toHaveLength(10);
		expect(new Set(bySupport.map((i) => i.status))).toEqual(new Set(IDEA_STATUSES));
		const counts = bySupport.map((i) => i.supportCount);
		expect(counts).toEqual([...counts].sort((x, y) => y - x));
		const byStatus = (await publicIdeas(ctx, c.id, { sort: 'status' })).ideas;
		expect(byStatus[0]?.status).toBe('realised');
		const kita = await publicIdeas(ctx, c.id, { sort: 'newest', topicSlug: 'kinderbetreuung' });
		const topicSlugs = new Set(kita.ideas.map((i) => i.topic?.slug));
		if (kita.topic) expect([...topicSlugs]).toEqual([kita.topic]);
	});

	it('the hourly clean-up deletes unconfirmed proposals and supports after the period, with their address', async () => {
		const HOUR = 3600_000;
		const t0 = Date.now();
		const at = async (ms: number, fields: Record<string, string>) =>
			proposeIdea(
				ctx,
				a,
				await propose(a, {
					started: await issueFormToken(ctx.db, ideaScope(a.id), ms - 10_000),
					...fields
				}),
				{ ...visitor(), now: new Date(ms) }
			);
		// Never confirmed, proposed now.
		await at(t0, { title: 'Vergessene Idee', email: 'vergessen@example.org' });
		const oldToken = linkIn(
			(await ctx.smtp.waitFor('vergessen@example.org', /Idee/)).text,
			'/ideen/bestaetigen/'
		);
		// Confirmed and published, proposed now.
		await at(t0, { title: 'Bestätigte Idee', email: 'bestaetigt@example.org' });
		await confirmIdea(
			ctx,
			a,
			linkIn((await ctx.smtp.waitFor('bestaetigt@example.org', /Idee/)).text, '/ideen/bestaetigen/')
		);
		const confirmed = (
			await ideasForModeration(ctx, actor(coordinator), a.id, 'pending')
		).ideas.find((i) => i.title === 'Bestätigte Idee')!;
		await moderateIdea(ctx, actor(coordinator), a.id, confirmed.id, 'publish');
		// Never confirmed, proposed just before the period ends.
		const fresh = t0 + UNCONFIRMED_IDEA_HOURS * HOUR;
		await at(fresh, { title: 'Frische Idee', email: 'frisch@example.org' });
		// Supports: one confirmed, one never confirmed, one fresh.
		const support = async (email: string, ms: number) =>
			requestSupport(
				ctx,
				a,
				confirmed.id,
				{
					email,
					website: '',
					started: await issueFormToken(ctx.db, `support:${a.id}`, ms - 10_000)
				},
				{ ...visitor(), now: new Date(ms) }
			);
		await support('zaehlt@example.org', t0);
		await confirmSupport(
			ctx,
			a.id,
			linkIn(
				(await ctx.smtp.waitFor('zaehlt@example.org', /Unterstützung/)).text,
				'/ideen/unterstuetzen/'
			)
		);
		await support('unbestaetigt@example.org', t0);
		const oldSupport = linkIn(
			(await ctx.smtp.waitFor('unbestaetigt@example.org', /Unterstützung/)).text,
			'/ideen/unterstuetzen/'
		);
		await support('spaeter@example.org', fresh);

		const ideaRows = () =>
			ctx.db
				.selectFrom('idea')
				.select(['title', 'email', 'moderation'])
				.where('alliance_id', '=', a.id)
				.where('title', 'in', ['Vergessene Idee', 'Bestätigte Idee', 'Frische Idee'])
				.orderBy('title')
				.execute();
		const supportRows = () =>
			ctx.db
				.selectFrom('idea_support')
				.select(['confirmed_at'])
				.where('idea_id', '=', confirmed.id)
				.execute();
		expect(await ideaRows()).toHaveLength(3);
		expect(await supportRows()).toHaveLength(3);

		await submissionCleanupJob.run(
			ctx,
			{},
			{
				id: 'cleanup',
				attempt: 1,
				maxAttempts: 1,
				allianceId: null,
				now: new Date(t0 + (UNCONFIRMED_IDEA_HOURS + 1) * HOUR)
			}
		);

		expect(await ideaRows()).toEqual([
			{ title: 'Bestätigte Idee', email: 'bestaetigt@example.org', moderation: 'published' },
			{ title: 'Frische Idee', email: 'frisch@example.org', moderation: 'unconfirmed' }
		]);
		const left = await ctx.db
			.selectFrom('idea')
			.select('id')
			.where((eb) =>
				eb.or([eb('email', '=', 'vergessen@example.org'), eb('title', '=', 'Vergessene Idee')])
			)
			.execute();
		expect(left).toEqual([]);
		expect(await confirmIdea(ctx, a, oldToken)).toBeNull();
		// The confirmed support still counts; the fresh one waits; the old one is gone.
		const supports = await supportRows();
		expect(supports).toHaveLength(2);
		expect(supports.filter((s) => s.confirmed_at)).toHaveLength(1);
		expect(await confirmSupport(ctx, a.id, oldSupport)).toBeNull();
		expect((await publicIdea(ctx, a.id, confirmed.id))?.idea.supportCount).toBe(1);
	});

	it('a confirmation link older than the period confirms nothing, also before the clean-up has run', async () => {
		const then = Date.now() - (UNCONFIRMED_IDEA_HOURS + 1) * 3600_000;
		await proposeIdea(
			ctx,
			a,
			await propose(a, {
				started: await issueFormToken(ctx.db, ideaScope(a.id), then - 10_000),
				title: 'Späte Idee',
				email: 'spaet@example.org'
			}),
			{ ...visitor(), now: new Date(then) }
		);
		const token = linkIn(
			(await ctx.smtp.waitFor('spaet@example.org', /Idee/)).text,
			'/ideen/bestaetigen/'
		);
		expect(await ideaConfirmable(ctx, a, token)).toBeNull();
		expect(await confirmIdea(ctx, a, token)).toBeNull();
		const row = await ctx.db
			.selectFrom('idea')
			.select('moderation')
			.where('email', '=', 'spaet@example.org')
			.executeTakeFirstOrThrow();
		expect(row.moderation).toBe('unconfirmed');

		// The same for a support of a published idea.
		const idea = await ctx.db
			.selectFrom('idea')
			.select('id')
			.where('alliance_id', '=', a.id)
			.where('moderation', '=', 'published')
			.executeTakeFirstOrThrow();
		await requestSupport(
			ctx,
			a,
			idea.id,
			{
				email: 'spaet-dafuer@example.org',
				website: '',
				started: await issueFormToken(ctx.db, `support:${a.id}`, then - 10_000)
			},
			{ ...visitor(), now: new Date(then) }
		);
		const supportToken = linkIn(
			(await ctx.smtp.waitFor('spaet-dafuer@example.org', /Unterstützung/)).text,
			'/ideen/unterstuetzen/'
		);
		expect(await confirmSupport(ctx, a.id, supportToken)).toBeNull();
	});
});
