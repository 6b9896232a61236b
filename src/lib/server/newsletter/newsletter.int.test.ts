import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { issueFormToken } from '../concerns/form-guard.ts';
import { resetEnv } from '../env.ts';
import { jobQueue } from '../jobs/db-queue.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import { ensureDefaultTopics } from '../topics/topic.service.ts';
import {
	hasNewsletter,
	newsletterArchive,
	newsletterOverview,
	saveIssue,
	sendIssue
} from './newsletter-issue.service.ts';
import {
	confirmSubscription,
	deleteUnconfirmed,
	newsletterScope,
	subscribe,
	unsubscribe
} from './newsletter-subscribe.service.ts';
import { newsletterCleanupJob, newsletterSendJob } from './newsletter.job.ts';
import * as repo from './newsletter.repository.ts';
import { subscribeSchema } from './newsletter.schema.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
let ip = 0;
const visitor = () => ({ clientKey: `10.3.0.${++ip}`, pageLocale: 'de' as const });

function linkIn(text: string, path: string): string {
	const match = new RegExp(`${path}([A-Za-z0-9_-]{43})`).exec(text);
	if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
	return match[1];
}

async function form(alliance: Alliance, fields: Record<string, unknown>) {
	return subscribeSchema.parse({
		email: 'leserin@example.org',
		topics: ['news', 'events'],
		consent: 'on',
		started: await issueFormToken(ctx.db, newsletterScope(alliance.id), Date.now() - 10_000),
		...fields
	});
}

async function confirmedSubscriber(alliance: Alliance, email: string, topics = ['news']) {
	const now = new Date().toISOString();
	await repo.insertSubscriber(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		email,
		topics: JSON.stringify(topics),
		status: 'confirmed',
		consent_text: 'Test',
		consent_at: now,
		confirmed_at: now,
		unsubscribe_token: crypto.randomUUID().replace(/-/g, '').padEnd(43, 'x'),
		created_at: now,
		updated_at: now
	});
}

beforeAll(async () => {
	process.env.NEWSLETTER_BATCH_SIZE = '100';
	process.env.NEWSLETTER_BATCH_INTERVAL_SECONDS = '60';
	resetEnv();
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { slug: 'nl-a' });
	b = await makeAlliance(ctx, { slug: 'nl-b' });
	await ensureDefaultTopics(ctx, a.id);
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('newsletter', () => {
	it('double opt-in: the consent is recorded, the mailed link leads to a button, and only then mails go out', async () => {
		const email = 'mutter@example.org';
		expect(await hasNewsletter(ctx, a.id)).toBe(false);
		expect(await subscribe(ctx, a, await form(a, { email, locale: 'en' }), visitor())).toEqual({
			ok: true
		});
		const mail = await ctx.smtp.waitFor(email, /confirm your newsletter/);
		expect(mail.text).toContain('http://localhost:5999/b/nl-a/newsletter/bestaetigen/');
		const token = linkIn(mail.text, '/newsletter/bestaetigen/');
		const row = await repo.findSubscriberByEmail(ctx.db, a.id, email);
		expect(row?.status).toBe('pending');
		expect(row?.consent_text).toContain('Newsletter');
		expect(row?.consent_at).toBeTruthy();
		expect(row?.locale).toBe('en');
		expect(await hasNewsletter(ctx, a.id)).toBe(true);
		// Not in another alliance, and a wrong token does nothing.
		expect(await confirmSubscription(ctx, b.id, token)).toBe(false);
		expect(await confirmSubscription(ctx, a.id, 'x'.repeat(43))).toBe(false);
		expect(await confirmSubscription(ctx, a.id, token)).toBe(true);
		const confirmed = await repo.findSubscriberByEmail(ctx.db, a.id, email);
		expect(confirmed?.status).toBe('confirmed');
		expect(confirmed?.confirmed_at).toBeTruthy();
		// The link works once.
		expect(await confirmSubscription(ctx, a.id, token)).toBe(false);
		// Somebody typing the address again changes nothing and gets no mail.
		ctx.smtp.clear();
		expect(
			await subscribe(ctx, a, await form(a, { email, topics: ['events'] }), visitor())
		).toEqual({ ok: true });
		expect((await repo.findSubscriberByEmail(ctx.db, a.id, email))?.topics).toBe(
			'["news","events"]'
		);
		await unsubscribe(ctx, a.id, confirmed!.unsubscribe_token);
	});

	it('refuses unknown topics and a form sent too often', async () => {
		expect(
			await subscribe(
				ctx,
				a,
				await form(a, { email: 'x@example.org', topics: ['topic:nope'] }),
				visitor()
			)
		).toMatchObject({
			ok: false,
			status: 400
		});
		const client = { clientKey: '10.9.9.9', pageLocale: 'de' as const };
		const results = [];
		for (let i = 0; i < 7; i++) {
			results.push(
				(await subscribe(ctx, a, await form(a, { email: `viel${i}@example.org` }), client)).ok
			);
		}
		expect(results.filter((ok) => !ok).length).toBeGreaterThan(0);
	});

	it('unconfirmed addresses are deleted after a few days by the clean-up job', async () => {
		await subscribe(ctx, a, await form(a, { email: 'vergessen@example.org' }), visitor());
		expect(await repo.findSubscriberByEmail(ctx.db, a.id, 'vergessen@example.org')).toBeTruthy();
		const runner = createJobRunner(ctx, { definitions: [newsletterCleanupJob] });
		await runner.tick(new Date(Date.now() + 4 * 86_400_000));
		expect(await repo.findSubscriberByEmail(ctx.db, a.id, 'vergessen@example.org')).toBeUndefined();
		expect(await deleteUnconfirmed(ctx, new Date())).toBe(0);
		await runner.stop();
	});

	it('every issue has a plain-text part, an unsubscribe link and one-click List-Unsubscribe headers; a bounce marks the address', async () => {
		await confirmedSubscriber(a, 'liest@example.org');
		await confirmedSubscriber(a, 'gibtsnicht@example.org');
		await confirmedSubscriber(a, 'nur-termine@example.org', ['events']);
		await confirmedSubscriber(b, 'anderes-buendnis@example.org');
		ctx.smtp.refuse.add('gibtsnicht@example.org');
		const id = await saveIssue(ctx, actor(coordinator), a.id, {
			id: '',
			subject: 'Neues im Dezember',
			body: '<p>Hallo! Schauen Sie in den <a href="/termine">Kalender</a>.</p><script>alert(1)</script>',
			topics: ['news']
		});
		expect(await sendIssue(ctx, actor(coordinator), a.id, id)).toBe(2);
		const runner = createJobRunner(ctx, { definitions: [newsletterSendJob] });
		await runner.tick(new Date());
		await runner.stop();
		const mail = await ctx.smtp.waitFor('liest@example.org', /Neues im Dezember/);
		expect(mail.text).toContain('Kalender (http://localhost:5999/b/nl-a/termine)');
		expect(mail.html).not.toContain('<script');
		const token = linkIn(mail.text, '/newsletter/abmelden/');
		expect(mail.headers['list-unsubscribe']).toBe(
			`<http://localhost:5999/b/nl-a/newsletter/abmelden/${token}/sofort>`
		);
		expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
		// No tracking: links go straight to the site, no images from elsewhere.
		expect(mail.html).not.toMatch(/<img/);
		expect(ctx.smtp.mails.map((m) => m.to[0]).sort()).toEqual(['liest@example.org']);
		const bounced = await repo.findSubscriberByEmail(ctx.db, a.id, 'gibtsnicht@example.org');
		expect(bounced?.status).toBe('bounced');
		expect(bounced?.bounce_reason).toMatch(/550|No such user/);
		expect((await repo.findIssue(ctx.db, a.id, id))?.status).toBe('sent');
		expect((await newsletterArchive(ctx, a.id)).map((i) => i.subject)).toEqual([
			'Neues im Dezember'
		]);
		expect(await newsletterArchive(ctx, b.id)).toEqual([]);
		// The bounced address gets no further issue.
		const next = await saveIssue(ctx, actor(coordinator), a.id, {
			id: '',
			subject: 'Noch eine Ausgabe',
			body: '<p>Text</p>',
			topics: ['news', 'events']
		});
		expect(await sendIssue(ctx, actor(coordinator), a.id, next)).toBe(2);
		const overview = await newsletterOverview(ctx, actor(coordinator), a.id);
		expect(overview.perTopic.find((t) => t.key === 'events')?.count).toBe(1);
		expect(overview.bounced).toBe(1);
		const again = createJobRunner(ctx, { definitions: [newsletterSendJob] });
		await again.tick(new Date());
		await again.stop();
		await ctx.smtp.waitFor('nur-termine@example.org', /Noch eine Ausgabe/);
		expect(
			ctx.smtp.mails
				.filter((m) => m.subject === 'Noch eine Ausgabe')
				.flatMap((m) => m.to)
				.sort()
		).toEqual(['liest@example.org', 'nur-termine@example.org']);
		// One click unsubscribes (the route test posts without cookies).
		expect(await unsubscribe(ctx, a.id, token)).toBe(true);
		expect(await repo.findSubscriberByEmail(ctx.db, a.id, 'liest@example.org')).toBeUndefined();
	});

	it(
		'sends 1,000 addresses in batches exactly once across a restart of the job runner',
		{ timeout: 240_000 },
		async () => {
			const c = await makeAlliance(ctx, { slug: 'nl-c' });
			const coordinatorC = await makePerson(ctx, { alliance: c, role: 'coordinator' });
			const addresses = Array.from(
				{ length: 1000 },
				(_, i) => `leser${String(i).padStart(4, '0')}@example.org`
			);
			for (const email of addresses) await confirmedSubscriber(c, email);
			const id = await saveIssue(ctx, actor(coordinatorC), c.id, {
				id: '',
				subject: 'Große Ausgabe',
				body: '<p>An alle</p>',
				topics: ['news']
			});
			const big = () => ctx.smtp.mails.filter((m) => m.subject === 'Große Ausgabe');
			const t0 = new Date();
			const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
			expect(await sendIssue(ctx, actor(coordinatorC), c.id, id, t0)).toBe(1000);

			// The first runner sends three batches, one a minute (the configured rate)…
			const first = createJobRunner(ctx, { definitions: [newsletterSendJob], workerId: 'first' });
			await first.tick(at(0));
			expect(big().length).toBe(100);
			await first.tick(at(0.5)); // the next batch waits for its minute
			expect(big().length).toBe(100);
			await first.tick(at(1));
			await first.tick(at(2));
			expect(big().length).toBe(300);
			await first.stop();

			// …then the process dies in the middle of the fourth batch: it had taken the job and
			// handed one mail to the server, but not yet written down that it was sent.
			const queue = jobQueue(ctx);
			const taken = await queue.claim(['newsletter.send'], 'dead', at(3), () => 900_000);
			expect(taken).toBeTruthy();
			const [inFlight] = await repo.findQueuedDeliveries(ctx.db, c.id, id, 1);
			expect(await repo.claimDelivery(ctx.db, c.id, inFlight!.id, at(3).toISOString())).toBe(true);
			await ctx.mailer.send({ to: inFlight!.email, subject: 'Große Ausgabe', text: 'An alle' });

			// A new runner takes the job over once the dead one's lease has run out and finishes.
			const second = createJobRunner(ctx, { definitions: [newsletterSendJob], workerId: 'second' });
			let minute = 20;
			while ((await repo.findIssue(ctx.db, c.id, id))?.status !== 'sent' && minute < 60) {
				await second.tick(at(minute++));
			}
			await second.stop();
			expect((await repo.findIssue(ctx.db, c.id, id))?.status).toBe('sent');

			const counts = new Map<string, number>();
			for (const m of big()) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
			expect([...counts.keys()].filter((k) => !addresses.includes(k))).toEqual([]);
			expect(counts.size).toBe(1000);
			expect([...counts.values()].every((n) => n === 1)).toBe(true);
			expect(addresses.every((e) => counts.get(e) === 1)).toBe(true);
		}
	);
});
