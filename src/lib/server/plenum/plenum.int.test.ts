import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import {
	berlin,
	berlinDay,
	eventInput,
	linkPartnerContact,
	makePartner
} from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { RuleError } from '../auth/rule-error.ts';
import { resetEnv } from '../env.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { getEvent } from '../events/core/event.service.ts';
import { SYSTEM_ACTOR } from '../events/core/event.types.ts';
import { enableRegistration } from '../events/registration/registration-admin.service.ts';
import { registrationFormSchema } from '../events/registration/registration.schema.ts';
import { register } from '../events/registration/register.service.ts';
import { localDate, localTime } from '../events/core/time-zone.ts';
import { isMembersOnlyFile } from '../intern/intern.service.ts';
import { jobQueue } from '../jobs/db-queue.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import * as newsletterRepo from '../newsletter/newsletter.repository.ts';
import { attendanceCsv, attendanceList, saveAttendance } from './plenum-attendance.service.ts';
import { isoWeekOf } from './plenum-dates.ts';
import { internalMinutes, publicMinutes, saveMinutes } from './plenum-minutes.service.ts';
import { deleteExpiredPlenumAddresses, erasePlenumData, plenumDataOf } from './plenum-retention.ts';
import {
	announceMinutes,
	invitationRecipients,
	sendInvitation,
	startDueReminders
} from './plenum-send.service.ts';
import { seedEventsDemo } from '../events/demo/events.demo.ts';
import { seedPartnersDemo } from '../partners/partners.demo.ts';
import { seedPlenumDemo } from './plenum.demo.ts';
import { plenumRemindersJob } from './plenum-reminders.job.ts';
import { plenumSendJob } from './plenum-send.job.ts';
import * as deliveryRepo from './plenum-delivery.repository.ts';
import * as plenumRepo from './plenum.repository.ts';
import { plenumSettingsSchema } from './plenum.schema.ts';
import {
	createSuccessor,
	loadPlenum,
	markAsPlenum,
	plenumOverview,
	savePlenumSettings
} from './plenum.service.ts';

/** Both plenum repositories under the one name the tests below use. */
const repo = { ...plenumRepo, ...deliveryRepo };

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let coordinatorB: TestPerson;
let contact: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
let ip = 0;

async function subscriber(alliance: Alliance, email: string, status = 'confirmed') {
	const now = new Date().toISOString();
	await newsletterRepo.insertSubscriber(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		email,
		topics: JSON.stringify(['news']),
		status: status as 'confirmed',
		consent_text: 'Test',
		consent_at: now,
		confirmed_at: now,
		unsubscribe_token: crypto.randomUUID().replace(/-/g, '').padEnd(43, 'x'),
		created_at: now,
		updated_at: now
	});
}

/** A published plenum event `days` ahead with registration, made this alliance's plenum. */
async function plenum(alliance: Alliance, who: TestPerson, days = 30, title = 'Bündnisplenum') {
	const day = berlinDay(days);
	const event = await createEvent(
		ctx,
		SYSTEM_ACTOR,
		alliance.id,
		eventInput({ title, start: berlin(day, '18:00'), end: berlin(day, '20:30') }),
		{ status: 'published' }
	);
	await enableRegistration(ctx, alliance.id, event.id, { capacity: 80, waitlist: true });
	const id = await markAsPlenum(ctx, actor(who), alliance.id, event.id);
	return { id, event };
}

function settings(values: Record<string, string>) {
	return plenumSettingsSchema.parse({
		agenda: '1. Begrüßung\n2. Rückblick auf das Jahr\n\nWahl des Koordinierungsteams',
		invitationText: '',
		includePartners: 'on',
		includeSubscribers: 'on',
		extraAddresses: '',
		reminderDays: '7',
		...values
	});
}

async function runSendJobs(at = new Date()) {
	const runner = createJobRunner(ctx, { definitions: [plenumSendJob] });
	for (let i = 0; i < 10 && (await runner.tick(at)) > 0; i++) at = new Date(at.getTime() + 120_000);
	await runner.stop();
}

beforeAll(async () => {
	process.env.NEWSLETTER_BATCH_SIZE = '100';
	process.env.NEWSLETTER_BATCH_INTERVAL_SECONDS = '60';
	resetEnv();
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { slug: 'plenum-a' });
	b = await makeAlliance(ctx, { slug: 'plenum-b' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	contact = await makePerson(ctx, {
		alliance: a,
		role: 'partner',
		email: 'Aylin.Demir@Example.org',
		name: 'Aylin Demir'
	});
	const kita = await makePartner(ctx, a.id, 'Kita Regenbogen');
	await linkPartnerContact(ctx, a.id, kita.id, contact.userId);
	await ctx.db
		.updateTable('partner')
		.set({ internal_contact_name: 'Jan Kita', internal_email: 'leitung@kita.example' })
		.where('id', '=', kita.id)
		.execute();
	await subscriber(a, 'leitung@kita.example'); // also the partner's internal contact
	await subscriber(a, 'leserin@example.org');
	await subscriber(a, 'unbestaetigt@example.org', 'pending');
	await subscriber(b, 'anderes-buendnis@example.org');
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

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

	it('reminds once, N days before: registered people with one text, invited people who have not registered with another', async () => {
		const { id, event } = await plenum(a, coordinator, 20, 'Plenum mit Erinnerung');
		await savePlenumSettings(
			ctx,
			actor(coordinator),
			a.id,
			id,
			settings({ includeSubscribers: '', extraAddresses: 'gast@example.org', reminderDays: '5' })
		);
		expect(await sendInvitation(ctx, actor(coordinator), a.id, id)).toBe(3);
		await runSendJobs();
		// The partner contact registers from the mail; someone else registers on the site.
		for (const [name, email] of [
			['Aylin Demir', 'aylin.demir@example.org'],
			['Nachbarin', 'nachbarin@example.org']
		]) {
			const result = await register(
				ctx,
				{ siteUrl: 'http://localhost:5999/b/plenum-a', allianceName: a.name, locale: 'de' },
				a.id,
				event.slug,
				registrationFormSchema.parse({ name, email, adults: '1', children: '0', consent: 'on' }),
				`10.7.0.${++ip}`
			);
			expect(result.ok).toBe(true);
		}
		ctx.smtp.clear();
		const due = Date.parse(event.start) - 5 * 86_400_000;
		const runner = createJobRunner(ctx, { definitions: [plenumRemindersJob, plenumSendJob] });
		await runner.tick(new Date(due - 3_600_000)); // an hour early: nothing
		expect(ctx.smtp.mails.filter((m) => /Erinnerung/.test(m.subject))).toEqual([]);
		await runner.tick(new Date(due + 60_000));
		await runner.tick(new Date(due + 120_000));
		await runner.stop();
		const reminders = ctx.smtp.mails.filter((m) => /^Erinnerung: Bündnisplenum am/.test(m.subject));
		expect(reminders.flatMap((m) => m.to).sort()).toEqual([
			'aylin.demir@example.org',
			'gast@example.org',
			'leitung@kita.example',
			'nachbarin@example.org'
		]);
		const registered = reminders.find((m) => m.to.includes('nachbarin@example.org'))!;
		expect(registered.text).toContain('Sie haben sich zum Bündnisplenum angemeldet');
		expect(registered.text).not.toContain('/anmeldung\n');
		const invited = reminders.find((m) => m.to.includes('gast@example.org'))!;
		expect(invited.text).toContain('Melden Sie sich gern noch an:');
		expect(invited.text).toContain(`/termine/${event.slug}/anmeldung`);
		expect((await repo.findPlenum(ctx.db, a.id, id))?.reminder_status).toBe('sent');
		// Never a second time.
		ctx.smtp.clear();
		expect(await startDueReminders(ctx, new Date(due + 3_600_000))).toBe(0);
		await runSendJobs(new Date(due + 3_600_000));
		expect(ctx.smtp.mails).toEqual([]);

		// The attendance list shows who registered, with the partner they speak for.
		const list = await attendanceList(ctx, actor(coordinator), a.id, id);
		expect(list.items.map((i) => [i.name, i.partner])).toEqual([
			['Aylin Demir', 'Kita Regenbogen'],
			['Nachbarin', '']
		]);
		const aylin = list.items[0]!.registrationId;
		await saveAttendance(ctx, actor(coordinator), a.id, id, { [aylin]: 'present' });
		const after = await attendanceList(ctx, actor(coordinator), a.id, id);
		expect(after.present).toBe(1);
		expect(after.items[0]!.present).toBe(true);
		expect(after.items[1]!.present).toBe(null);
		const csv = await attendanceCsv(ctx, actor(coordinator), a.id, id);
		expect(csv.body).toContain(
			'Aylin Demir;Kita Regenbogen;aylin.demir@example.org;1;bestätigt;ja'
		);
		// An id from elsewhere is refused.
		await expect(
			saveAttendance(ctx, actor(coordinator), a.id, id, { [crypto.randomUUID()]: 'absent' })
		).rejects.toMatchObject({ status: 400 });
	});

	it('an invitation sent after the reminder moment gets no reminder', async () => {
		const { id, event } = await plenum(a, coordinator, 3, 'Kurzfristiges Plenum');
		await savePlenumSettings(
			ctx,
			actor(coordinator),
			a.id,
			id,
			settings({ includeSubscribers: '', reminderDays: '7' })
		);
		await sendInvitation(ctx, actor(coordinator), a.id, id);
		await runSendJobs();
		ctx.smtp.clear();
		expect(await startDueReminders(ctx, new Date(Date.parse(event.start) - 3_600_000))).toBe(0);
		expect((await repo.findPlenum(ctx.db, a.id, id))?.reminder_status).toBe('pending');
	});

	it('minutes: internal for members only (PDF too), public on the event; announced to partner contacts once', async () => {
		const { id, event } = await plenum(a, coordinator, 10, 'Plenum mit Protokoll');
		const pdf = new File(
			[Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')],
			'protokoll.pdf',
			{ type: 'application/pdf' }
		);
		await saveMinutes(
			ctx,
			actor(coordinator),
			a.id,
			id,
			{
				minutes: '<p>Beschlossen: Familienfest im Juni.</p><script>x</script>',
				visibility: 'internal',
				removeFile: false
			},
			pdf
		);
		const row = await repo.findPlenum(ctx.db, a.id, id);
		expect(row?.minutes_html).toBe('<p>Beschlossen: Familienfest im Juni.</p>');
		expect(row?.minutes_file_id).toBeTruthy();
		expect(await publicMinutes(ctx, a.id, event.slug)).toBeUndefined();
		expect(await isMembersOnlyFile(ctx, a.id, row!.minutes_file_id!)).toBe(true);
		const seen = await internalMinutes(ctx, actor(contact), a.id, id);
		expect(seen.minutes.html).toContain('Familienfest');
		// Not a member of A: no minutes.
		await expect(internalMinutes(ctx, actor(coordinatorB), a.id, id)).rejects.toBeInstanceOf(
			RuleError
		);
		// A fake PDF is refused by the upload service (sniffed, not trusted by name).
		await expect(
			saveMinutes(
				ctx,
				actor(coordinator),
				a.id,
				id,
				{ minutes: '', visibility: 'internal', removeFile: false },
				new File(['<html>'], 'boese.pdf', { type: 'application/pdf' })
			)
		).rejects.toMatchObject({ key: 'upload.wrongType', field: 'file' });

		await saveMinutes(
			ctx,
			actor(coordinator),
			a.id,
			id,
			{
				minutes: '<p>Beschlossen: Familienfest im Juni.</p>',
				visibility: 'public',
				removeFile: false
			},
			null
		);
		const pub = await publicMinutes(ctx, a.id, event.slug);
		expect(pub?.minutes.html).toContain('Familienfest');
		expect(pub?.minutes.file).toBeTruthy();
		expect(await isMembersOnlyFile(ctx, a.id, row!.minutes_file_id!)).toBe(false);
		expect(await publicMinutes(ctx, b.id, event.slug)).toBeUndefined();

		expect(await announceMinutes(ctx, actor(coordinator), a.id, id)).toBe(2);
		await expect(announceMinutes(ctx, actor(coordinator), a.id, id)).rejects.toMatchObject({
			key: 'plenum.error.alreadyAnnounced'
		});
		await runSendJobs();
		const mails = ctx.smtp.mails.filter((m) => /^Protokoll des Bündnisplenums/.test(m.subject));
		expect(mails.flatMap((m) => m.to).sort()).toEqual([
			'aylin.demir@example.org',
			'leitung@kita.example'
		]);
		expect(mails[0]!.text).toContain(`/b/plenum-a/termine/${event.slug}/protokoll`);
	});

	it("prepares next year's plenum: a draft on the same weekday of the same week, agenda and registration copied, linked", async () => {
		const year = Number(berlinDay(60).slice(0, 4));
		const { id, event } = await plenum(a, coordinator, 60, `Plenum ${year}`);
		await savePlenumSettings(
			ctx,
			actor(coordinator),
			a.id,
			id,
			settings({ extraAddresses: 'gast@example.org' })
		);
		const nextId = await createSuccessor(ctx, actor(coordinator), a, id);
		const next = await repo.findPlenum(ctx.db, a.id, nextId);
		expect(next?.predecessor_id).toBe(id);
		expect(next?.agenda).toBe(
			JSON.stringify(['Begrüßung', 'Rückblick auf das Jahr', 'Wahl des Koordinierungsteams'])
		);
		expect(next?.invitation_status).toBe('draft');
		expect(next?.extra_addresses).toBe('gast@example.org');
		const created = await getEvent(ctx, a.id, next!.event_id);
		expect(created?.status).toBe('draft');
		expect(created?.title).toBe(`Plenum ${year + 1}`);
		const before = isoWeekOf(localDate(event.start));
		const after = isoWeekOf(localDate(created!.start));
		expect(after.year).toBe(before.year + 1);
		expect(after.weekday).toBe(before.weekday);
		expect(Math.abs(after.week - before.week)).toBeLessThanOrEqual(1);
		expect(localTime(created!.start)).toBe('18:00');
		expect(localTime(created!.end)).toBe('20:30');
		expect(created?.location).toEqual(event.location);
		expect(created?.registration).toMatchObject({ enabled: true, capacity: 80, waitlist: true });
		await expect(createSuccessor(ctx, actor(coordinator), a, id)).rejects.toMatchObject({
			key: 'plenum.error.hasSuccessor'
		});
		expect((await plenumOverview(ctx, actor(coordinator), a.id)).plena.map((p) => p.id)).toContain(
			nextId
		);
	});

	it("a coordinator of another alliance cannot see or touch A's plenum", async () => {
		const { id, event } = await plenum(a, coordinator, 70, 'Plenum von A');
		const other = actor(coordinatorB);
		await expect(loadPlenum(ctx, other, a.id, id)).rejects.toMatchObject({ status: 403 });
		await expect(loadPlenum(ctx, other, b.id, id)).rejects.toMatchObject({ status: 404 });
		await expect(sendInvitation(ctx, other, a.id, id)).rejects.toMatchObject({ status: 403 });
		await expect(sendInvitation(ctx, other, b.id, id)).rejects.toMatchObject({ status: 404 });
		await expect(createSuccessor(ctx, other, b, id)).rejects.toMatchObject({ status: 404 });
		await expect(markAsPlenum(ctx, other, b.id, event.id)).rejects.toMatchObject({
			status: 400,
			field: 'event'
		});
		await expect(
			saveMinutes(
				ctx,
				other,
				b.id,
				id,
				{ minutes: '<p>x</p>', visibility: 'public', removeFile: false },
				null
			)
		).rejects.toMatchObject({ status: 404 });
		await expect(attendanceList(ctx, other, b.id, id)).rejects.toMatchObject({ status: 404 });
		// A partner contact of A is no coordinator either.
		await expect(loadPlenum(ctx, actor(contact), a.id, id)).rejects.toMatchObject({ status: 403 });
		expect((await plenumOverview(ctx, other, b.id)).plena).toEqual([]);
		expect((await repo.findPlenum(ctx.db, a.id, id))?.invitation_status).toBe('draft');
	});

	it('deletes the addresses of a plenum 90 days after it ended', async () => {
		const { id, event } = await plenum(a, coordinator, 5, 'Altes Plenum');
		await savePlenumSettings(
			ctx,
			actor(coordinator),
			a.id,
			id,
			settings({ extraAddresses: 'weg@example.org' })
		);
		await sendInvitation(ctx, actor(coordinator), a.id, id);
		// A data protection request finds the address and erases it (Art. 15, 17).
		expect((await plenumDataOf(ctx, a.id, 'WEG@example.org')).length).toBe(2);
		expect(await plenumDataOf(ctx, b.id, 'weg@example.org')).toEqual([]);
		expect(await erasePlenumData(ctx, a.id, 'weg@example.org')).toBe(2);
		expect(await plenumDataOf(ctx, a.id, 'weg@example.org')).toEqual([]);
		const later = new Date(Date.parse(event.end) + 91 * 86_400_000);
		expect(await deleteExpiredPlenumAddresses(ctx, later)).toBeGreaterThanOrEqual(1);
		const row = await repo.findPlenum(ctx.db, a.id, id);
		expect(row?.extra_addresses).toBe('');
		expect(row?.invited_count).toBe(4);
		expect(await repo.countDeliveries(ctx.db, a.id, id, 'invitation')).toEqual({});
	});

	it("demo: last year's plenum with agenda, attendance and public minutes; this year's prepared from it, not yet sent", async () => {
		const demo = await makeAlliance(ctx, { slug: 'plenum-demo' });
		const demoCoordinator = await makePerson(ctx, { alliance: demo, role: 'coordinator' });
		await seedPartnersDemo(ctx, demo.id);
		await seedEventsDemo(ctx, demo.id);
		expect(await seedPlenumDemo(ctx, demo)).toBe(2);
		const { plena } = await plenumOverview(ctx, actor(demoCoordinator), demo.id);
		expect(plena).toHaveLength(2);
		const [current, last] = plena;
		expect(current!.invitationStatus).toBe('draft');
		expect(last!.invitationStatus).toBe('sent');
		expect(last!.hasMinutes && last!.minutesVisibility).toBe('public');
		const lastDay = localDate(last!.start);
		expect(isoWeekOf(lastDay).weekday).toBe(4);
		expect(lastDay.slice(5, 7)).toBe('12');
		expect(localDate(current!.start).slice(0, 4)).toBe(String(Number(lastDay.slice(0, 4)) + 1));
		const row = await repo.findPlenum(ctx.db, demo.id, current!.id);
		expect(row?.predecessor_id).toBe(last!.id);
		const attendance = await attendanceList(ctx, actor(demoCoordinator), demo.id, last!.id);
		expect(attendance.items.length).toBeGreaterThan(5);
		expect(attendance.present).toBeGreaterThan(attendance.absent);
		expect(attendance.items.some((i) => i.partner !== '')).toBe(true);
		const pub = await ctx.db
			.selectFrom('plenum')
			.innerJoin('event', 'event.id', 'plenum.event_id')
			.select('event.slug')
			.where('plenum.id', '=', last!.id)
			.executeTakeFirstOrThrow();
		expect((await publicMinutes(ctx, demo.id, pub.slug))?.minutes.html).toContain('Beschlossen');
	});
});
