import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makePerson, signedIn } from '../../../../tests/factories/accounts.ts';
import { allianceSiteLink } from '../accounts/site-link.ts';
import { newAllianceSchema } from '../platform/platform.schema.ts';
import { createAllianceWithCoordinator } from '../platform/platform.service.ts';
import { getLegalPage } from '../content/page.service.ts';
import { DEFAULT_RETENTION_MONTHS } from '../concerns/concern-setup.service.ts';
import { UNCONFIRMED_IDEA_HOURS } from '../ideas/idea-retention.ts';
import {
	privacyFeatureKeys,
	privacyHtml,
	withoutPlaceholders,
	type PrivacyFeatures
} from '../content/privacy-text.ts';
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
		// The ideas board is open on every site; surveys only once one is published.
		expect(privacy).toContain('Auf unserer Ideenseite');
		expect(privacy).not.toContain('An unseren Umfragen');
		expect(privacy).toContain('12 Monate nach dem Abschluss Ihres Anliegens');
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

describe('the privacy text covers the ideas board, surveys and concerns as used', () => {
	const input = {
		allianceName: 'Lokales Bündnis für Familie Neustadt',
		imprint: {
			provider: 'Stadt Neustadt',
			representative: '',
			address: 'Markt 1\n54321 Neustadt',
			email: 'familie@neustadt.example',
			phone: '',
			register: '',
			responsible: ''
		},
		contactEmail: 'kontakt@neustadt.example',
		date: new Date('2026-12-07T12:00:00Z')
	};
	const base: PrivacyFeatures = {
		registrations: false,
		registrationRetentionDays: 30,
		submissions: false,
		applications: true,
		newsletter: false
	};
	const section = (html: string, title: string) =>
		html.split(/<h2>/).find((part) => part.includes(`. ${title}</h2>`)) ?? '';

	it('mentions the ideas board only where it is used, with what it keeps and for how long', () => {
		const without = privacyHtml(input, { ...base, ideas: false });
		expect(without).not.toContain('Ideen für Familien');
		expect(without).not.toContain('Das unterstütze ich');
		expect(privacyFeatureKeys({ ...base, ideas: false })).not.toContain('ideas');

		const html = privacyHtml(input, { ...base, ideas: true });
		const ideas = section(html, 'Ideen für Familien');
		expect(ideas).toContain('ohne Benutzerkonto');
		expect(ideas).toContain('Art. 6 Abs. 1 lit. a DSGVO');
		// Supporters: the address is kept as a hash only (idea-support.service.ts).
		expect(ideas).toContain('nur als Prüfsumme');
		// Kept as long as the idea exists (privacy/retention.ts); a rejected idea loses its address
		// at once (idea-admin.service.ts); unconfirmed proposals go after the period of the job
		// (ideas/idea-retention.ts, the number written in the text).
		expect(ideas).toContain('solange die Idee besteht');
		expect(ideas).toContain(
			`Bestätigen Sie Ihre Adresse nicht innerhalb von ${UNCONFIRMED_IDEA_HOURS} Stunden, löschen wir Ihren Vorschlag wieder`
		);
		expect(ideas).toContain('Lehnen wir eine Idee ab, löschen wir Ihre E-Mail-Adresse sofort');
		expect(privacyFeatureKeys({ ...base, ideas: true })).toContain('ideas');
	});

	it('mentions surveys only where they are used: anonymous, no addresses of invited people, moderated free texts', () => {
		const without = privacyHtml(input, { ...base, surveys: false });
		expect(without).not.toContain('Umfrage');
		expect(privacyFeatureKeys({ ...base, surveys: false })).not.toContain('surveys');

		const html = privacyHtml(input, { ...base, surveys: true });
		const surveys = section(html, 'Umfragen');
		expect(surveys).toContain('anonym');
		expect(surveys).toContain('keine Adressen von eingeladenen Personen');
		expect(surveys).toContain('freigegeben');
		// Answers go with the survey (ON DELETE CASCADE); nothing deletes them before.
		expect(surveys).toContain('bis wir die Umfrage löschen');
		expect(privacyFeatureKeys({ ...base, surveys: true })).toContain('surveys');
		// Both together, before the accounts section.
		const both = privacyHtml(input, { ...base, ideas: true, surveys: true });
		expect(both.indexOf('Ideen für Familien</h2>')).toBeLessThan(both.indexOf('Umfragen</h2>'));
		expect(both.indexOf('Umfragen</h2>')).toBeLessThan(both.indexOf('Benutzerkonten</h2>'));
	});

	it('describes the contact form as the concerns it is, anonymised after the alliance’s period', () => {
		const contact = section(privacyHtml(input, base), 'Kontaktformular und E-Mail');
		expect(contact).toContain('auch ohne Namen');
		expect(contact).toContain('Telefonnummer');
		expect(contact).toContain('nicht Ihren Namen und Ihre Kontaktdaten'); // routed concerns
		expect(contact).toContain(
			`${DEFAULT_RETENTION_MONTHS} Monate nach dem Abschluss Ihres Anliegens anonymisieren wir es`
		);
		const six = section(
			privacyHtml(input, { ...base, concernRetentionMonths: 6 }),
			'Kontaktformular und E-Mail'
		);
		expect(six).toContain('6 Monate nach dem Abschluss');
		const one = section(
			privacyHtml(input, { ...base, concernRetentionMonths: 1 }),
			'Kontaktformular und E-Mail'
		);
		expect(one).toContain('Einen Monat nach dem Abschluss');
	});
});
