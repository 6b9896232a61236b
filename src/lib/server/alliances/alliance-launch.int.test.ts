import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makePerson, signedIn } from '../../../../tests/factories/accounts.ts';
import { allianceSiteLink } from '../accounts/site-link.ts';
import { newAllianceSchema } from '../platform/platform.schema.ts';
import { createAllianceWithCoordinator } from '../platform/platform.service.ts';
import { getLegalPage } from '../content/page.service.ts';
import { withoutPlaceholders } from '../content/privacy-text.ts';
import { getAlliance } from './alliance.service.ts';
import { updateAlliance } from './alliance.repository.ts';
import {
	confirmPrivacy,
	goLive,
	launchState,
	regeneratePrivacy
} from './alliance-launch.service.ts';
import type { Alliance } from './alliance.types.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

async function fresh(id: string): Promise<Alliance> {
	const a = await getAlliance(ctx, id);
	if (!a) throw new Error('gone');
	return a;
}

describe('an alliance goes public when it is ready', () => {
	it('a new alliance of the platform area starts not public, with legal pages free of placeholders; the checklist gates going live', async () => {
		const operator = await makePerson(ctx, { platformAdmin: true });
		const created = await createAllianceWithCoordinator(ctx, {
			actor: { userId: operator.userId, name: operator.name, platformAdmin: true },
			headers: await signedIn(ctx, operator),
			alliance: newAllianceSchema.parse({
				name: 'Lokales Bündnis für Familie Neustadt',
				slug: 'neustadt',
				coordinatorEmail: 'k@neustadt.example'
			}),
			linkFor: (a) => allianceSiteLink('https://plattform.example', a, 'de')
		});
		expect(created.liveSince).toBeNull();
		const coordinator = await makePerson(ctx, { alliance: created, role: 'coordinator' });
		const actor = { userId: coordinator.userId, platformAdmin: false };

		for (const kind of ['imprint', 'privacy'] as const) {
			const html = (await getLegalPage(ctx, created.id, kind))?.bodyHtml ?? '';
			expect(html).not.toContain('Bitte ergänzen');
			expect(html).not.toContain('pflegen Sie in den Einstellungen');
			expect(html).not.toMatch(/Newsletter/i);
		}

		let state = await launchState(ctx, created);
		expect(state.live).toBe(false);
		expect(state.ready).toBe(false);
		expect(state.items.filter((i) => !i.done).map((i) => i.key)).toEqual([
			'imprint',
			'contact',
			'privacy',
			'logo'
		]);
		await expect(goLive(ctx, created, actor)).rejects.toMatchObject({
			key: 'launch.error.notReady'
		});

		// A registration-enabled event makes the privacy text speak of registrations.
		await ctx.db
			.insertInto('calendar_setting')
			.values({
				alliance_id: created.id,
				public_submissions: 0,
				registration_retention_days: 14,
				updated_at: new Date().toISOString()
			})
			.execute();
		await updateAlliance(ctx.db, created.id, {
			contact_email: 'kontakt@neustadt.example',
			imprint: JSON.stringify({
				provider: 'Stadt Neustadt – Familienbüro',
				representative: '',
				address: 'Markt 1\n54321 Neustadt',
				email: 'familie@neustadt.example',
				phone: '',
				register: '',
				responsible: 'Nina Neu, Markt 1, 54321 Neustadt'
			})
		});
		await regeneratePrivacy(ctx, await fresh(created.id), actor, new Date('2026-12-06T12:00:00Z'));
		const privacy = (await getLegalPage(ctx, created.id, 'privacy'))?.bodyHtml ?? '';
		expect(privacy).toContain('Stadt Neustadt – Familienbüro, Markt 1, 54321 Neustadt');
		expect(privacy).toContain('Kontaktformular');
		expect(privacy).toContain('Bündnispartner werden');
		expect(privacy).not.toContain('Termin melden'); // public submissions are switched off here
		expect(privacy).not.toContain('Anmeldung zu Veranstaltungen'); // no event takes registrations
		expect(privacy).not.toMatch(/Newsletter/i);
		expect(privacy).toContain('Dezember 2026');

		state = await launchState(ctx, await fresh(created.id));
		expect(state.items.filter((i) => !i.done).map((i) => i.key)).toEqual(['privacy', 'logo']);
		// Other people of other alliances may not act here.
		const stranger = await makePerson(ctx);
		await expect(
			confirmPrivacy(ctx, await fresh(created.id), {
				userId: stranger.userId,
				platformAdmin: false
			})
		).rejects.toMatchObject({ status: 403 });

		await confirmPrivacy(ctx, await fresh(created.id), actor);
		state = await launchState(ctx, await fresh(created.id));
		expect(state.ready).toBe(true); // the logo is recommended, not required
		await goLive(ctx, await fresh(created.id), actor);
		const live = await fresh(created.id);
		expect(live.liveSince).not.toBeNull();
		expect(live.contentVersion).toBeGreaterThan(created.contentVersion);
		expect((await launchState(ctx, live)).live).toBe(true);
	});

	it('visitors never see the old templates’ notes and placeholders', () => {
		const old = `<p>Die Pflichtangaben nach § 5 Digitale-Dienste-Gesetz (DDG) … pflegen Sie in den Einstellungen des Bündnisses.</p>\n<p>Träger: <strong>[Bitte ergänzen: Wer trägt das Bündnis?]</strong></p><p>Bildnachweise: <strong>[Bitte ergänzen: Fotos]</strong></p>`;
		const shown = withoutPlaceholders(old);
		expect(shown).not.toContain('Bitte ergänzen');
		expect(shown).not.toContain('pflegen Sie');
		expect(shown).not.toContain('Bildnachweise');
		expect(shown).toContain('Träger:');
	});
});
