import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { teamMemberSchema } from './team.schema.ts';
import { listTeam, removeTeamMember, saveTeamMember } from './team.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let partner: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	partner = await makePerson(ctx, { alliance: a, role: 'partner' });
});
afterAll(async () => {
	await ctx.close();
});

describe('coordination team', () => {
	it('keeps current and past terms apart', async () => {
		const save = (v: Record<string, string>) =>
			saveTeamMember(ctx, actor(coordinator), a.id, null, teamMemberSchema.parse(v), {
				photo: null
			});
		await save({ name: 'Greta Gegenwart', role: 'Sprecherin', termFrom: '2024-01-01' });
		await save({ name: 'Vera Vergangen', termFrom: '2019-01-01', termTo: '2022-12-31' });
		await save({ name: 'Zacharias Zukunft', termFrom: '2099-01-01' });
		const team = await listTeam(ctx, a.id, '2026-06-01');
		expect(team.current.map((m) => m.name)).toEqual(['Greta Gegenwart']);
		expect(team.past.map((m) => m.name)).toEqual(['Vera Vergangen']);
		expect(team.all).toHaveLength(3);
		expect((await listTeam(ctx, b.id)).all).toEqual([]);
	});

	it('refuses a term that ends before it starts, and non-coordinators', async () => {
		const bad = teamMemberSchema.safeParse({
			name: 'Anna',
			termFrom: '2025-01-01',
			termTo: '2024-01-01'
		});
		expect(bad.success).toBe(false);
		expect(bad.error?.issues[0]?.message).toBe('team.error.termOrder');
		const error = await saveTeamMember(
			ctx,
			actor(partner),
			a.id,
			null,
			teamMemberSchema.parse({ name: 'Eindringling' }),
			{ photo: null }
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AppError);
		const [first] = (await listTeam(ctx, a.id)).all;
		const other = await removeTeamMember(ctx, actor(coordinator), b.id, first!.id).catch(
			(e: unknown) => e
		);
		expect(other).toBeInstanceOf(AppError);
	});
});
