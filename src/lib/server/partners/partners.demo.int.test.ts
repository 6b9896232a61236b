import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { listTeam } from '../team/team.service.ts';
import { publicProjects } from '../projects/project-public.service.ts';
import { visibleMeetings } from '../working-groups/meeting.service.ts';
import { partnerIdsOf } from './partner-contact.service.ts';
import { readPartnerFilters } from './partner.schema.ts';
import { partnerDirectory } from './partner-directory.service.ts';
import { PARTNER_KINDS } from './partner.schema.ts';
import { DEMO_CONTACT_EMAIL, seedPartnersDemo } from './partners.demo.ts';

let ctx: TestContext;
let a: Alliance;

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	await makePerson(ctx, { alliance: a, role: 'partner', email: DEMO_CONTACT_EMAIL });
});
afterAll(async () => {
	await ctx.close();
});

describe('partner demo data', () => {
	it('seeds partners of every kind, the team and the demo contact, once', async () => {
		const first = await seedPartnersDemo(ctx, a.id);
		const again = await seedPartnersDemo(ctx, a.id);
		expect(Object.keys(again.partners).length).toBe(Object.keys(first.partners).length);
		const directory = await partnerDirectory(ctx, a.id, readPartnerFilters(new URLSearchParams()));
		expect(directory.total).toBeGreaterThanOrEqual(35);
		expect(new Set(directory.partners.map((p) => p.kind))).toEqual(new Set(PARTNER_KINDS));
		expect(directory.districts).toEqual([
			'Altstadt',
			'Am Hafen',
			'Eichenau',
			'Nordviertel',
			'Südfeld'
		]);
		const team = await listTeam(ctx, a.id);
		expect(team.current.length + team.past.length).toBe(6);
		expect(team.past.length).toBeGreaterThan(0);
		const user = await ctx.db
			.selectFrom('user')
			.select('id')
			.where('email', '=', DEMO_CONTACT_EMAIL)
			.executeTakeFirstOrThrow();
		const own = await partnerIdsOf(ctx, a.id, { userId: user.id, email: DEMO_CONTACT_EMAIL });
		expect(own).toEqual([first.partners['Familienzentrum Am Hafen']]);
		const groups = await ctx.db
			.selectFrom('working_group')
			.select('id')
			.where('alliance_id', '=', a.id)
			.execute();
		expect(groups).toHaveLength(3);
		const meetings = await ctx.db
			.selectFrom('meeting')
			.select(['minutes'])
			.where('alliance_id', '=', a.id)
			.execute();
		expect(meetings.filter((m) => m.minutes).length).toBeGreaterThanOrEqual(3);
		expect(await publicProjects(ctx, a.id)).toHaveLength(4);
		expect(await publicProjects(ctx, a.id, { goodPractice: true })).toHaveLength(1);
		const visible = await visibleMeetings(ctx, { userId: user.id, platformAdmin: false }, a.id);
		expect(visible.upcoming.length).toBe(2);
	});
});
