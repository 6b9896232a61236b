import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { AppError } from '../app-error.ts';
import { getAlliance } from '../alliances/alliance.service.ts';
import { involvedTextsSchema, type InvolvedKey } from './involved.schema.ts';
import { involvedTexts, saveInvolvedTexts } from './involved.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

const defaults: Record<InvolvedKey, string> = {
	intro: 'Vorschlag Einleitung',
	actions: 'Vorschlag Aktionen',
	donate: 'Vorschlag Spenden',
	partner: 'Vorschlag Partner',
	share: 'Vorschlag Weitersagen',
	events: 'Vorschlag Termine'
};
const form = (values: Partial<Record<InvolvedKey, string>>) =>
	involvedTextsSchema.parse({ ...defaults, ...values });

describe('"Machen Sie mit" texts', () => {
	it('coordinators write their own texts; empty or unchanged ones fall back to the default', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const before = (await getAlliance(ctx, alliance.id))!.contentVersion;
		await saveInvolvedTexts(
			ctx,
			coordinator,
			alliance.id,
			form({ intro: '  Herzlich willkommen in Musterstadt!  ', donate: '' }),
			defaults
		);
		expect(await involvedTexts(ctx, alliance.id)).toEqual({
			intro: 'Herzlich willkommen in Musterstadt!'
		});
		expect((await getAlliance(ctx, alliance.id))!.contentVersion).toBeGreaterThan(before);

		// Emptied again: the default shows.
		await saveInvolvedTexts(ctx, coordinator, alliance.id, form({ intro: '' }), defaults);
		expect(await involvedTexts(ctx, alliance.id)).toEqual({});
	});

	it('only coordinators of the alliance may change them, and only their own alliance', async () => {
		const a = await makeAlliance(ctx);
		const b = await makeAlliance(ctx);
		const editor = await makePerson(ctx, { alliance: a, role: 'editor' });
		const otherCoordinator = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		for (const actor of [editor, otherCoordinator]) {
			const error = await saveInvolvedTexts(
				ctx,
				actor,
				a.id,
				form({ intro: 'Fremder Text' }),
				defaults
			).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(AppError);
		}
		expect(await involvedTexts(ctx, a.id)).toEqual({});
		const own = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		await saveInvolvedTexts(ctx, own, b.id, form({ share: 'Sagen Sie es weiter!' }), defaults);
		expect(await involvedTexts(ctx, a.id)).toEqual({});
		expect(await involvedTexts(ctx, b.id)).toEqual({ share: 'Sagen Sie es weiter!' });
	});

	it('refuses a text longer than 1000 characters', () => {
		expect(involvedTextsSchema.safeParse({ intro: 'x'.repeat(1001) }).success).toBe(false);
	});
});
