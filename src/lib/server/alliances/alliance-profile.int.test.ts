import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { AppError } from '../app-error.ts';
import { zodErrors } from '../http/forms.ts';
import { getProfile, patronPhotoAlt, updateProfile } from './alliance-profile.service.ts';
import { profileFormValues, profileSchema } from './alliance.schema.ts';
import { getAlliance } from './alliance.service.ts';
import type { Alliance } from './alliance.types.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

/** What the profile form posts for this alliance, with some fields changed. */
function posted(alliance: Alliance, changes: Record<string, string> = {}) {
	return { ...profileFormValues(alliance), ...changes };
}

function parse(values: Record<string, string>) {
	const result = profileSchema.safeParse(values);
	if (!result.success) throw new Error(JSON.stringify(zodErrors(result.error)));
	return result.data;
}

function errorsOf(values: Record<string, string>) {
	const result = profileSchema.safeParse(values);
	if (result.success) return {};
	return zodErrors(result.error);
}

async function tinyPng(): Promise<File> {
	const bytes = await sharp({
		create: { width: 20, height: 10, channels: 3, background: '#1f5f8b' }
	})
		.png()
		.toBuffer();
	return new File([new Uint8Array(bytes)], 'logo.png', { type: 'image/png' });
}

describe('alliance profile', () => {
	it('saves every part of the profile, marks the content as changed and records who did it', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const input = parse(
			posted(alliance, {
				name: 'Lokales Bündnis für Familie Herne',
				shortName: 'Bündnis Herne',
				town: 'Herne',
				foundingYear: '2005',
				colorPrimary: '#1A5A8B',
				colorAccent: '#8a2f12',
				patronName: 'Dr. Frank Dudda',
				patronRole: 'Oberbürgermeister',
				patronText: 'Familien sind das Herz unserer Stadt.',
				motto: 'Familie ist, wo Leben beginnt',
				mottoSource: 'Unbekannt',
				welcomeHtml: '<p>Willkommen!</p><script>alert(1)</script>',
				contactEmail: 'Info@Buendnis-Herne.de',
				contactPhone: '02323 16-0',
				contactAddress: 'Rathausplatz 1\n44623 Herne',
				social_0_label: 'Instagram',
				social_0_url: 'https://instagram.com/buendnisherne',
				imprintProvider: 'Stadt Herne',
				imprintResponsible: 'Petra Muster',
				bankHolder: 'Förderverein Bündnis Herne e. V.',
				bankIban: 'de89370400440532013000',
				bankBic: 'cobadeffxxx',
				bankPurpose: 'Spende Bündnis'
			})
		);
		const before = alliance.contentVersion;
		const saved = await updateProfile(ctx, coordinator, alliance.id, input, {
			logo: await tinyPng()
		});
		expect(saved.name).toBe('Lokales Bündnis für Familie Herne');
		expect(saved.shortName).toBe('Bündnis Herne');
		expect(saved.foundingYear).toBe(2005);
		expect(saved.colors).toEqual({ primary: '#1a5a8b', accent: '#8a2f12' });
		expect(saved.patron).toMatchObject({ name: 'Dr. Frank Dudda', role: 'Oberbürgermeister' });
		expect(saved.welcomeHtml).toBe('<p>Willkommen!</p>');
		expect(saved.contact.email).toBe('info@buendnis-herne.de');
		expect(saved.socialLinks).toEqual([
			{ label: 'Instagram', url: 'https://instagram.com/buendnisherne' }
		]);
		expect(saved.imprint.provider).toBe('Stadt Herne');
		expect(saved.bank).toEqual({
			holder: 'Förderverein Bündnis Herne e. V.',
			iban: 'DE89 3704 0044 0532 0130 00',
			bic: 'COBADEFFXXX',
			bank: '',
			purpose: 'Spende Bündnis'
		});
		expect(saved.logoId).toMatch(/[0-9a-f-]{36}/);
		expect(saved.contentVersion).toBeGreaterThan(before);

		const audit = await ctx.db
			.selectFrom('audit_log')
			.select(['action', 'entity', 'user_id'])
			.where('alliance_id', '=', alliance.id)
			.where('entity', '=', 'alliance')
			.execute();
		expect(audit).toEqual([{ action: 'update', entity: 'alliance', user_id: coordinator.userId }]);
	});

	it('keeps the description typed for the patron photo, shows it back and lets it be changed', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const alt = 'Dr. Miriam Hoffmann lacht, im Hintergrund das Rathaus';
		const saved = await updateProfile(
			ctx,
			coordinator,
			alliance.id,
			parse(posted(alliance, { patronName: 'Dr. Miriam Hoffmann', patronPhotoAlt: alt })),
			{ patronPhoto: await tinyPng() }
		);
		expect(saved.patron.photoId).toBeTruthy();
		expect(await patronPhotoAlt(ctx, saved)).toBe(alt);

		// Saved again without a new photo: the description can be changed …
		const changed = 'Dr. Miriam Hoffmann am Schreibtisch';
		const again = await updateProfile(
			ctx,
			coordinator,
			alliance.id,
			parse(posted(saved, { patronName: 'Dr. Miriam Hoffmann', patronPhotoAlt: changed }))
		);
		expect(again.patron.photoId).toBe(saved.patron.photoId);
		expect(await patronPhotoAlt(ctx, again)).toBe(changed);

		// … but not emptied while the photo stays.
		const error = await updateProfile(
			ctx,
			coordinator,
			alliance.id,
			parse(posted(again, { patronName: 'Dr. Miriam Hoffmann', patronPhotoAlt: '' }))
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AppError);
		expect((error as AppError).key).toBe('admin.profile.error.altRequired');
		expect(await patronPhotoAlt(ctx, (await getAlliance(ctx, alliance.id))!)).toBe(changed);
	});

	it('turns plain text from the no-JavaScript textarea into paragraphs', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const saved = await updateProfile(
			ctx,
			coordinator,
			alliance.id,
			parse(posted(alliance, { welcomeHtml: 'Hallo <Familien>!\n\nZweiter Absatz' }))
		);
		expect(saved.welcomeHtml).toBe('<p>Hallo &lt;Familien&gt;!</p><p>Zweiter Absatz</p>');
	});

	it('refuses colours without enough contrast against white, with a clear message', () => {
		const errors = errorsOf({
			name: 'Bündnis',
			colorPrimary: '#ffdd00',
			colorAccent: '#777777'
		});
		expect(errors.colorPrimary?.key).toBe('admin.profile.error.contrast');
		expect(errors.colorAccent?.key).toBe('admin.profile.error.contrast');
		expect(
			errorsOf({ name: 'B', colorPrimary: 'blau', colorAccent: '#1f5f8b' }).colorPrimary?.key
		).toBe('error.color');
		// #767676 is the lightest grey that reaches 4.5:1.
		expect(errorsOf({ name: 'B', colorPrimary: '#767676', colorAccent: '#1f5f8b' })).toEqual({});
	});

	it('checks the IBAN with its check digits and wants holder and IBAN together', () => {
		const base = { name: 'B', colorPrimary: '#1f5f8b', colorAccent: '#a3431d' };
		expect(
			errorsOf({ ...base, bankHolder: 'Verein', bankIban: 'DE89 3704 0044 0532 0130 01' }).bankIban
				?.key
		).toBe('admin.profile.error.iban');
		expect(errorsOf({ ...base, bankIban: 'DE89 3704 0044 0532 0130 00' }).bankHolder?.key).toBe(
			'admin.profile.error.bankIncomplete'
		);
		expect(
			errorsOf({
				...base,
				bankHolder: 'Verein',
				bankIban: 'DE89370400440532013000',
				bankBic: 'XYZ'
			}).bankBic?.key
		).toBe('admin.profile.error.bic');
		expect(errorsOf({ ...base, bankHolder: 'Verein', bankIban: 'DE89370400440532013000' })).toEqual(
			{}
		);
	});

	it('wants social links as label + https address', () => {
		const base = { name: 'B', colorPrimary: '#1f5f8b', colorAccent: '#a3431d' };
		const errors = errorsOf({
			...base,
			social_0_label: 'Facebook',
			social_0_url: 'http://facebook.com/x',
			social_1_url: 'https://example.org',
			social_2_label: 'Nur Text',
			social_3_label: 'Böse',
			social_3_url: 'javascript:alert(1)'
		});
		expect(errors.social_0_url?.key).toBe('admin.profile.error.https');
		expect(errors.social_1_label?.key).toBe('admin.profile.error.socialLabel');
		expect(errors.social_2_url?.key).toBe('admin.profile.error.socialUrl');
		expect(errors.social_3_url?.key).toBe('admin.profile.error.https');
	});

	it('a refused save leaves the saved profile untouched', async () => {
		const alliance = await makeAlliance(ctx);
		const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
		const broken = new File([new Uint8Array([1, 2, 3, 4])], 'logo.png', { type: 'image/png' });
		await expect(
			updateProfile(ctx, coordinator, alliance.id, parse(posted(alliance, { name: 'Neu' })), {
				logo: broken
			})
		).rejects.toMatchObject({ key: 'upload.wrongType', field: 'logo' });
		await expect(
			updateProfile(ctx, coordinator, alliance.id, parse(posted(alliance, { name: 'Neu' })), {
				patronPhoto: await tinyPng()
			})
		).rejects.toMatchObject({ key: 'admin.profile.error.altRequired' });
		const after = await getAlliance(ctx, alliance.id);
		expect(after?.name).toBe(alliance.name);
		expect(after?.contentVersion).toBe(alliance.contentVersion);
	});

	it('a coordinator of alliance A cannot read or edit the profile of alliance B; editors cannot either', async () => {
		const a = await makeAlliance(ctx);
		const b = await makeAlliance(ctx);
		const coordinatorA = await makePerson(ctx, { alliance: a, role: 'coordinator' });
		const editorB = await makePerson(ctx, { alliance: b, role: 'editor' });
		for (const [actor, target] of [
			[coordinatorA, b],
			[editorB, b]
		] as const) {
			const error = await updateProfile(
				ctx,
				actor,
				target.id,
				parse(posted(target, { name: 'Übernommen' }))
			).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(AppError);
			expect((error as AppError).status).toBe(403);
			await expect(getProfile(ctx, actor, target.id)).rejects.toBeInstanceOf(AppError);
		}
		expect((await getAlliance(ctx, b.id))?.name).toBe(b.name);
	});
});
