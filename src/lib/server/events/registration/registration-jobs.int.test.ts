import { describe, expect, it } from 'vitest';
import { berlin } from '../../../../../tests/factories/events.ts';
import { setEventStatus } from '../core/event-status.service.ts';
import { cancelOccurrence } from '../core/occurrence.service.ts';
import { notifyCancelledRegistrations } from './registration-cancel-notice.ts';
import { deleteExpiredRegistrationData } from './registration-retention.ts';
import { register } from './register.service.ts';
import {
	ctx,
	alliance,
	site,
	coordinator,
	now,
	client,
	form,
	makeEvent,
	title,
	useRegistrationFixture
} from '../../../../../tests/support/registration-fixture.ts';

useRegistrationFixture();

describe('cancelled events', () => {
	it('tell everyone registered, once, with the reason; a cancelled date of a series only its people', async () => {
		const single = await makeEvent({
			title: title('Sommerfest'),
			start: berlin('2026-12-18', '15:00'),
			end: berlin('2026-12-18', '18:00')
		});
		await register(
			ctx,
			site,
			alliance.id,
			single.slug,
			form({ email: 'fest1@example.org', name: 'Petra Fest' }),
			client(),
			now
		);
		await register(
			ctx,
			site,
			alliance.id,
			single.slug,
			form({ email: 'fest2@example.org' }),
			client(),
			now
		);
		const series = await makeEvent({
			title: title('Spielgruppe'),
			start: berlin('2026-12-01', '10:00'),
			end: berlin('2026-12-01', '11:00'),
			rrule: 'FREQ=WEEKLY;COUNT=4'
		});
		await register(
			ctx,
			site,
			alliance.id,
			series.slug,
			form({ email: 'week2@example.org', occurrence: berlin('2026-12-08', '10:00') }),
			client(),
			now
		);
		await register(
			ctx,
			site,
			alliance.id,
			series.slug,
			form({ email: 'week3@example.org', occurrence: berlin('2026-12-15', '10:00') }),
			client(),
			now
		);
		ctx.smtp.clear();
		expect(await notifyCancelledRegistrations(ctx, now)).toBe(0);

		await setEventStatus(ctx, coordinator, alliance.id, single.id, 'cancelled', {
			note: 'Die Wiese ist überschwemmt.',
			now
		});
		await cancelOccurrence(
			ctx,
			coordinator,
			alliance.id,
			series.id,
			berlin('2026-12-08', '10:00'),
			{ note: 'Die Leiterin ist krank.', now }
		);
		expect(await notifyCancelledRegistrations(ctx, now)).toBe(3);
		const fest = await ctx.smtp.waitFor('fest1@example.org', /fällt aus/);
		expect(fest.text).toContain('Guten Tag Petra Fest');
		expect(fest.text).toContain('Die Wiese ist überschwemmt.');
		await ctx.smtp.waitFor('fest2@example.org', /fällt aus/);
		const week = await ctx.smtp.waitFor('week2@example.org', /fällt aus/);
		expect(week.text).toContain('Dienstag, 8. Dezember 2026');
		expect(week.text).toContain('Die Leiterin ist krank.');
		expect(ctx.smtp.mails.some((m) => m.to.includes('week3@example.org'))).toBe(false);
		// Once only.
		expect(await notifyCancelledRegistrations(ctx, now)).toBe(0);
	});
});

describe('retention', () => {
	it('deletes personal data the configured number of days after the event, keeping the counts', async () => {
		const event = await makeEvent(
			{
				title: title('Herbstplenum'),
				start: berlin('2026-11-25', '18:00'),
				end: berlin('2026-11-25', '20:00')
			},
			{ enabled: 'on', retentionDays: '14' }
		);
		await register(
			ctx,
			site,
			alliance.id,
			event.slug,
			form({ email: 'keep@example.org', adults: '2' }),
			client(),
			now
		);
		const rows = () =>
			ctx.db
				.selectFrom('event_registration')
				.selectAll()
				.where('event_id', '=', event.id)
				.execute();
		// 13 days after the end: still there.
		await deleteExpiredRegistrationData(
			ctx,
			new Date(Date.parse(berlin('2026-11-25', '20:00')) + 13 * 86_400_000)
		);
		expect((await rows())[0]!.email).toBe('keep@example.org');
		// 14 days after: gone, but the number of persons stays.
		await deleteExpiredRegistrationData(
			ctx,
			new Date(Date.parse(berlin('2026-11-25', '20:00')) + 14 * 86_400_000)
		);
		const [row] = await rows();
		expect(row).toMatchObject({
			name: '',
			email: '',
			note: '',
			token_hash: null,
			adults: 2,
			status: 'confirmed'
		});
		expect(row!.anonymized_at).not.toBeNull();
	});
});
