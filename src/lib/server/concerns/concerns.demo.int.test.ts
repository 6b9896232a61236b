import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../tests/factories/events.ts';
import { listInbox } from './concern-inbox.service.ts';
import { listRouted } from './concern-routed.service.ts';
import { concernStats } from './concern-stats.service.ts';
import { CONCERN_STATUSES } from './concern.table.ts';
import { seedConcernsDemo } from './concerns.demo.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => ctx.close());

it('demo concerns: every status, one routed to the demo partner, figures from last year', async () => {
	const alliance = await makeAlliance(ctx);
	const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
	const contact = await makePerson(ctx, { alliance, role: 'partner' });
	const partner = await makePartner(ctx, alliance.id, 'Kita Sonnenschein');
	await linkPartnerContact(ctx, alliance.id, partner.id, contact.userId);
	const now = new Date('2026-12-06T12:00:00Z');
	await seedConcernsDemo(
		ctx.db,
		alliance.id,
		{ coordinator: coordinator.userId, partner: contact.userId },
		now
	);
	const actor = { userId: coordinator.userId, platformAdmin: false };
	const { concerns } = await listInbox(ctx, actor, alliance.id, { status: 'all' });
	expect(new Set(concerns.map((c) => c.status))).toEqual(new Set(CONCERN_STATUSES));
	const routed = await listRouted(
		ctx,
		{ userId: contact.userId, platformAdmin: false },
		alliance.id
	);
	expect(routed).toHaveLength(1);
	expect(routed[0]?.status).toBe('forwarded');
	const stats = await concernStats(ctx, actor, alliance.id, 2025);
	expect(stats.total.count).toBe(2);
});
