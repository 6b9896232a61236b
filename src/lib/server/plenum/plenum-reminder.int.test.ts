import { describe, expect, it } from 'vitest';
import { registrationFormSchema } from '../events/registration/registration.schema.ts';
import { register } from '../events/registration/register.service.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import { attendanceCsv, attendanceList, saveAttendance } from './plenum-attendance.service.ts';
import { sendInvitation, startDueReminders } from './plenum-send.service.ts';
import { plenumRemindersJob } from './plenum-reminders.job.ts';
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
	usePlenumFixture
} from './plenum.fixture.ts';

usePlenumFixture();

let ip = 0;

describe('the plenum', () => {
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
});
