import { describe, expect, it } from 'vitest';
import { linkIn } from '../../../../../tests/factories/accounts.ts';
import { berlin, eventInput } from '../../../../../tests/factories/events.ts';
import { AppError } from '../../app-error.ts';
import { eventHistory } from '../core/event.service.ts';
import { approveEvent, moderationQueue } from './moderation.service.ts';
import { calendarSettings, saveCalendarSettings } from '../core/moderation.settings.ts';
import {
	cleanUpSubmissions,
	confirmSubmission,
	submissionByToken,
	submitPublicEvent,
	SUBMISSION_RATE_LIMIT
} from './submission.service.ts';
import {
	ctx,
	alliance,
	site,
	coordinator,
	now,
	client,
	who,
	submitter,
	expectRule,
	statusOf,
	useWorkflowFixture
} from '../../../../../tests/support/workflow-fixture.ts';

useWorkflowFixture();

describe('"Termin melden" without an account', () => {
	it('waits for the email confirmation, then enters the moderation queue and tells the coordinators', async () => {
		const input = eventInput({
			title: 'Laternenumzug <script>alert(1)</script>im Nordviertel',
			organiserName: 'Elterninitiative Nord',
			start: berlin('2026-12-04', '17:00'),
			end: berlin('2026-12-04', '18:30'),
			rrule: 'FREQ=WEEKLY',
			highlight: true
		});
		await expect(
			submitPublicEvent(ctx, site, alliance.id, input, submitter(), client(), now)
		).resolves.toBeUndefined();
		const events = await ctx.db
			.selectFrom('event')
			.select('id')
			.where('alliance_id', '=', alliance.id)
			.execute();
		expect(events).toHaveLength(0);
		const mail = await ctx.smtp.waitFor('melder@example.org', /Bitte bestätigen/);
		expect(mail.text).toContain('Guten Tag Maria Schneider');
		expect(mail.text).toContain('Freitag, 4. Dezember 2026, 17:00–18:30 Uhr');
		const link = linkIn(mail.text, `${site.siteUrl}/termine/melden/bestaetigen/`);
		const token = link.split('/').pop()!;
		expect(await submissionByToken(ctx, alliance.id, token, 'de', now)).toMatchObject({
			state: 'pending'
		});

		expect(await confirmSubmission(ctx, site, alliance.id, token, now)).toEqual({
			alreadyConfirmed: false
		});
		expect(await confirmSubmission(ctx, site, alliance.id, token, now)).toEqual({
			alreadyConfirmed: true
		});
		const rows = await ctx.db
			.selectFrom('event')
			.selectAll()
			.where('alliance_id', '=', alliance.id)
			.execute();
		expect(rows).toHaveLength(1);
		const event = rows[0]!;
		expect(event).toMatchObject({
			status: 'submitted',
			source: 'submission',
			submitter_name: 'Maria Schneider',
			submitter_email: 'melder@example.org',
			organiser_name: 'Elterninitiative Nord',
			rrule: null,
			highlight: 0
		});
		expect(event.title).toBe('Laternenumzug im Nordviertel');
		const notice = await ctx.smtp.waitFor(
			'koordination@example.org',
			/Neuer Termin wartet auf Freigabe/
		);
		expect(notice.text).toContain(`${site.siteUrl}/admin/termine/moderation`);
		expect(notice.text).toContain('Maria Schneider');

		const history = await eventHistory(ctx, alliance.id, event.id);
		expect(history.map((h) => h.action)).toContain('submission.confirmed');

		const queue = await moderationQueue(ctx, who(coordinator), alliance.id);
		expect(queue.map((q) => q.title)).toContain('Laternenumzug im Nordviertel');

		// The coordinator approves; the sender hears of it.
		ctx.smtp.clear();
		await approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now);
		expect(await statusOf(event.id)).toBe('published');
		const approved = await ctx.smtp.waitFor('melder@example.org', /veröffentlicht/);
		expect(approved.text).toContain(`${site.siteUrl}/termine/${event.slug}`);
		const after = await eventHistory(ctx, alliance.id, event.id);
		expect(after.find((h) => h.action === 'status.published')).toMatchObject({
			userName: 'Petra Sommer'
		});
		await expectRule(
			approveEvent(ctx, site, who(coordinator), alliance.id, event.id, now),
			409,
			'moderation.error.notWaiting'
		);
	});

	it('refuses expired links, drops honeypots, limits per address, and can be closed', async () => {
		const input = eventInput({ title: 'Spätes Bestätigen', organiserName: 'Jemand' });
		await submitPublicEvent(
			ctx,
			site,
			alliance.id,
			input,
			submitter('late@example.org'),
			client(),
			now
		);
		const token = linkIn(
			(await ctx.smtp.waitFor('late@example.org')).text,
			`${site.siteUrl}/termine/melden/bestaetigen/`
		)
			.split('/')
			.pop()!;
		const later = new Date(now.getTime() + 49 * 3600_000);
		expect(await submissionByToken(ctx, alliance.id, token, 'de', later)).toEqual({
			state: 'expired'
		});
		await expectRule(
			confirmSubmission(ctx, site, alliance.id, token, later),
			410,
			'submission.confirm.expired'
		);
		await expectRule(confirmSubmission(ctx, site, alliance.id, 'x'.repeat(43), now), 404);
		// The clean-up removes it.
		await cleanUpSubmissions(ctx, later);
		expect(await submissionByToken(ctx, alliance.id, token, 'de', later)).toEqual({
			state: 'unknown'
		});

		await expect(
			submitPublicEvent(
				ctx,
				site,
				alliance.id,
				input,
				{ ...submitter('bot@example.org'), fax: '123' },
				client(),
				now
			)
		).resolves.toBeUndefined();

		const same = '10.2.99.1';
		for (let i = 0; i < SUBMISSION_RATE_LIMIT; i++) {
			await expect(
				submitPublicEvent(ctx, site, alliance.id, input, submitter(`r${i}@example.org`), same, now)
			).resolves.toBeUndefined();
		}
		// Genuine submissions after the honeypot's get their mails; by then the honeypot's would
		// have arrived too.
		await ctx.smtp.waitFor(`r${SUBMISSION_RATE_LIMIT - 1}@example.org`);
		expect(ctx.smtp.mails.filter((m) => m.to.includes('bot@example.org'))).toHaveLength(0);
		await expectRule(
			submitPublicEvent(ctx, site, alliance.id, input, submitter(), same, now),
			429,
			'error.tooManyRequests'
		);

		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			publicSubmissions: false
		});
		await expectRule(
			submitPublicEvent(ctx, site, alliance.id, input, submitter(), client(), now),
			403,
			'submission.closed'
		);
		await saveCalendarSettings(ctx, who(coordinator), alliance.id, {
			...(await calendarSettings(ctx, alliance.id)),
			publicSubmissions: true
		});
	});

	it('refuses bad input with a field error and stores nothing', async () => {
		const bad = eventInput({
			title: 'Ende vor Anfang',
			start: berlin('2026-12-10', '12:00'),
			end: berlin('2026-12-10', '10:00')
		});
		const error = await submitPublicEvent(
			ctx,
			site,
			alliance.id,
			bad,
			submitter('bad@example.org'),
			client(),
			now
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AppError);
		expect((error as AppError).key).toBe('events.error.endBeforeStart');
		const pending = await ctx.db
			.selectFrom('event_submission')
			.select('id')
			.where('submitter_email', '=', 'bad@example.org')
			.execute();
		expect(pending).toHaveLength(0);
	});
});
