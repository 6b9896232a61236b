import { describe, expect, it } from 'vitest';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { berlinDay } from '../../../../tests/factories/events.ts';
import { getEvent } from '../events/core/event.service.ts';
import { localDate, localTime } from '../events/core/time-zone.ts';
import { attendanceList } from './plenum-attendance.service.ts';
import { isoWeekOf } from './plenum-dates.ts';
import { publicMinutes, saveMinutes } from './plenum-minutes.service.ts';
import { deleteExpiredPlenumAddresses, erasePlenumData, plenumDataOf } from './plenum-retention.ts';
import { sendInvitation } from './plenum-send.service.ts';
import { seedEventsDemo } from '../events/demo/events.demo.ts';
import { seedPartnersDemo } from '../partners/partners.demo.ts';
import { seedPlenumDemo } from './plenum.demo.ts';
import {
	createSuccessor,
	loadPlenum,
	markAsPlenum,
	plenumOverview,
	savePlenumSettings
} from './plenum.service.ts';
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
	settings,
	usePlenumFixture
} from './plenum.fixture.ts';

usePlenumFixture();

describe('the plenum', () => {
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
