import { describe, expect, it } from 'vitest';
import { makePerson } from '../../../../tests/factories/accounts.ts';
import { answerConcern, listInbox } from './concern-inbox.service.ts';
import { concernStatus, submitConcern } from './concern-intake.service.ts';
import { anonymiseClosedConcerns, remindWaitingConcerns } from './concern-retention.ts';
import { saveSettings } from './concern-setup.service.ts';
import { concernStats } from './concern-stats.service.ts';
import {
	a,
	actor,
	b,
	coordinator,
	ctx,
	formFor,
	req,
	useConcernFixture
} from './concern.fixture.ts';

useConcernFixture();

describe('daily job', () => {
	it('reminds once about a concern waiting longer than the set days', async () => {
		const now = new Date();
		const old = new Date(now.getTime() - 10 * 86_400_000);
		const r = await submitConcern(ctx, a, await formFor(a, {}, old), req(old));
		if (!r.ok) throw new Error('not stored');
		await saveSettings(ctx, actor(coordinator), a.id, { retentionMonths: 12, reminderDays: 7 });
		ctx.smtp.clear();
		expect(await remindWaitingConcerns(ctx, now)).toBeGreaterThanOrEqual(1);
		const reminder = await ctx.smtp.waitFor(coordinator.email, /seit 7 Tagen/);
		expect(reminder.text).toContain(r.reference);
		ctx.smtp.clear();
		expect(await remindWaitingConcerns(ctx, now)).toBe(0);
	});

	it('anonymises closed concerns after the retention period and keeps the counts', async () => {
		const created = new Date('2025-01-10T09:00:00Z');
		const r = await submitConcern(
			ctx,
			b,
			await formFor(b, { name: 'Familie Groß', email: 'gross@example.org' }, created),
			req(created)
		);
		if (!r.ok) throw new Error('not stored');
		const coordB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		const { concerns } = await listInbox(ctx, actor(coordB), b.id, { status: 'all' });
		const id = concerns.find((c) => c.reference === r.reference)!.id;
		await answerConcern(ctx, actor(coordB), b, id, { body: 'Erledigt, danke.', close: 'on' });
		await ctx.db
			.updateTable('concern')
			.set({ closed_at: '2025-01-12T09:00:00Z', first_answer_at: '2025-01-12T09:00:00Z' })
			.where('id', '=', id)
			.execute();

		expect(await anonymiseClosedConcerns(ctx, new Date('2025-12-01T00:00:00Z'))).toBe(0);
		expect(await anonymiseClosedConcerns(ctx, new Date('2026-02-01T00:00:00Z'))).toBe(1);
		const row = await ctx.db
			.selectFrom('concern')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect([row.message, row.name, row.email, row.status_token]).toEqual(['', '', '', null]);
		expect(await concernStatus(ctx, b, r.statusUrl.split('/').pop()!)).toBeNull();
		const entries = await ctx.db
			.selectFrom('concern_entry')
			.select('id')
			.where('concern_id', '=', id)
			.execute();
		expect(entries).toEqual([]);
		const stats = await concernStats(ctx, actor(coordB), b.id, 2025);
		expect(stats.total).toMatchObject({ count: 1, answered: 1, medianDays: 2 });
	});
});
