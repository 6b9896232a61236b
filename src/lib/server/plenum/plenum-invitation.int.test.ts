import { describe, expect, it } from 'vitest';
import { jobQueue } from '../jobs/db-queue.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import * as newsletterRepo from '../newsletter/newsletter.repository.ts';
import { invitationRecipients, sendInvitation } from './plenum-send.service.ts';
import { plenumSendJob } from './plenum-send.job.ts';
import { savePlenumSettings } from './plenum.service.ts';
import {
	a,
	actor,
	coordinator,
	ctx,
	plenum,
	repo,
	runSendJobs,
	settings,
	subscriber,
	usePlenumFixture
} from './plenum.fixture.ts';

usePlenumFixture();

describe('the plenum', () => {
	it('invites partner contacts, confirmed subscribers and further addresses, each address once, with agenda, registration link and .ics', async () => {
		const { id, event } = await plenum(a, coordinator);
		await savePlenumSettings(
			ctx,
			actor(coordinator),
			a.id,
			id,
			settings({
				extraAddresses:
					'Buergermeisterin@Rathaus.example\nbuergermeisterin@rathaus.example; LESERIN@example.org, aylin.demir@example.org'
			})
		);
		const row = await repo.findPlenum(ctx.db, a.id, id);
		const recipients = await invitationRecipients(ctx, row!);
		expect(recipients.map((r) => `${r.source}:${r.email}`).sort()).toEqual([
			'extra:buergermeisterin@rathaus.example',
			'extra:leserin@example.org',
			'partner:aylin.demir@example.org',
			'partner:leitung@kita.example'
		]);
		expect(await sendInvitation(ctx, actor(coordinator), a.id, id)).toBe(4);
		await expect(sendInvitation(ctx, actor(coordinator), a.id, id)).rejects.toMatchObject({
			key: 'plenum.error.alreadySent'
		});
		await runSendJobs();
		expect((await repo.findPlenum(ctx.db, a.id, id))?.invitation_status).toBe('sent');
		const mails = ctx.smtp.mails.filter((m) => /Einladung zum Bündnisplenum/.test(m.subject));
		expect(mails.flatMap((m) => m.to).sort()).toEqual([
			'aylin.demir@example.org',
			'buergermeisterin@rathaus.example',
			'leitung@kita.example',
			'leserin@example.org'
		]);
		const mail = mails.find((m) => m.to.includes('aylin.demir@example.org'))!;
		expect(mail.subject).toMatch(/^Einladung zum Bündnisplenum am \d{1,2}\. \w+ \d{4}$/);
		expect(mail.text).toContain('Guten Tag Aylin Demir,');
		expect(mail.text).toContain(
			'1. Begrüßung\n2. Rückblick auf das Jahr\n3. Wahl des Koordinierungsteams'
		);
		expect(mail.text).toContain(`http://localhost:5999/b/plenum-a/termine/${event.slug}/anmeldung`);
		expect(mail.attachments.map((x) => x.contentType)).toEqual([
			expect.stringMatching(/^text\/calendar/)
		]);
		expect(mail.attachments[0]!.content.toString()).toContain('BEGIN:VEVENT');
		expect(mail.headers['list-unsubscribe']).toBeUndefined();
		// Nobody outside the alliance, nobody unconfirmed.
		expect(ctx.smtp.mails.flatMap((m) => m.to)).not.toContain('anderes-buendnis@example.org');
		expect(ctx.smtp.mails.flatMap((m) => m.to)).not.toContain('unbestaetigt@example.org');
	});

	it('newsletter subscribers get the unsubscribe link and List-Unsubscribe; one who unsubscribed meanwhile gets nothing', async () => {
		const { id } = await plenum(a, coordinator, 40, 'Plenum mit Abo');
		await savePlenumSettings(
			ctx,
			actor(coordinator),
			a.id,
			id,
			settings({ includePartners: '', extraAddresses: '' })
		);
		await subscriber(a, 'geht-gleich@example.org');
		expect(await sendInvitation(ctx, actor(coordinator), a.id, id)).toBe(3);
		const gone = await newsletterRepo.findSubscriberByEmail(
			ctx.db,
			a.id,
			'geht-gleich@example.org'
		);
		await newsletterRepo.deleteSubscriber(ctx.db, a.id, gone!.id);
		await runSendJobs();
		const mail = await ctx.smtp.waitFor('leserin@example.org', /Einladung/);
		expect(mail.text).toMatch(
			/abbestellen: http:\/\/localhost:5999\/b\/plenum-a\/newsletter\/abmelden\/\S{43}/
		);
		expect(mail.headers['list-unsubscribe']).toMatch(/\/newsletter\/abmelden\/\S{43}\/sofort>$/);
		expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
		expect(ctx.smtp.mails.flatMap((m) => m.to)).not.toContain('geht-gleich@example.org');
	});

	it(
		'sends to 220 addresses exactly once across a restart of the job runner',
		{ timeout: 120_000 },
		async () => {
			const { id } = await plenum(a, coordinator, 50, 'Großes Plenum');
			const addresses = Array.from(
				{ length: 220 },
				(_, i) => `gast${String(i).padStart(3, '0')}@example.org`
			);
			await savePlenumSettings(
				ctx,
				actor(coordinator),
				a.id,
				id,
				settings({
					includePartners: '',
					includeSubscribers: '',
					extraAddresses: addresses.join('\n')
				})
			);
			const t0 = new Date();
			const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
			expect(await sendInvitation(ctx, actor(coordinator), a.id, id, t0)).toBe(220);
			const sent = () => ctx.smtp.mails.filter((m) => /Einladung/.test(m.subject));
			const first = createJobRunner(ctx, { definitions: [plenumSendJob], workerId: 'first' });
			await first.tick(at(0));
			expect(sent().length).toBe(100);
			await first.stop();
			// The process dies in the second batch after handing one mail to the server.
			const taken = await jobQueue(ctx).claim(['plenum.send'], 'dead', at(1), () => 900_000);
			expect(taken).toBeTruthy();
			const [inFlight] = await repo.findQueuedDeliveries(ctx.db, a.id, id, 'invitation', 1);
			expect(await repo.claimDelivery(ctx.db, a.id, inFlight!.id, at(1).toISOString())).toBe(true);
			await ctx.mailer.send({ to: inFlight!.email, subject: 'Einladung', text: '…' });
			const second = createJobRunner(ctx, { definitions: [plenumSendJob], workerId: 'second' });
			let minute = 20;
			while (
				(await repo.findPlenum(ctx.db, a.id, id))?.invitation_status !== 'sent' &&
				minute < 40
			) {
				await second.tick(at(minute++));
			}
			await second.stop();
			expect((await repo.findPlenum(ctx.db, a.id, id))?.invitation_status).toBe('sent');
			const counts = new Map<string, number>();
			for (const m of sent()) for (const to of m.to) counts.set(to, (counts.get(to) ?? 0) + 1);
			expect(counts.size).toBe(220);
			expect([...counts.values()].every((n) => n === 1)).toBe(true);
		}
	);
});
