import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import { isMembersOnlyFile } from '../intern/intern.service.ts';
import { internalMinutes, publicMinutes, saveMinutes } from './plenum-minutes.service.ts';
import { announceMinutes } from './plenum-send.service.ts';
import {
	a,
	actor,
	b,
	contact,
	coordinator,
	coordinatorB,
	ctx,
	plenum,
	repo,
	runSendJobs,
	usePlenumFixture
} from './plenum.fixture.ts';

usePlenumFixture();

describe('the plenum', () => {
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
			AppError
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
});
