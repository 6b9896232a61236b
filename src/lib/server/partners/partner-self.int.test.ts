import { describe, expect, it } from 'vitest';
import { linkFor, linkIn } from '../../../../tests/factories/accounts.ts';
import { acceptWithNewAccount } from '../accounts/invitation.service.ts';
import { findMembership } from '../auth/member.repository.ts';
import {
	invitePartnerContact,
	partnerContacts,
	partnerIdsOf,
	removePartnerContact
} from './partner-contact.service.ts';
import {
	decidePendingChange,
	ownPartnerRecord,
	savePartnerSettings,
	updateOwnProfile
} from './partner-self.service.ts';
import { partnerProfileSchema } from './partner.schema.ts';
import { listPartnersForAdmin, partnerRecord, profileValuesOf } from './partner.service.ts';
import { publicPartner } from './partner-directory.service.ts';
import {
	SECRET,
	a,
	actor,
	contactA,
	coordinator,
	coordinatorB,
	ctx,
	expectRule,
	firmId,
	kitaId,
	usePartnerFixture
} from './partner.fixture.ts';

usePartnerFixture();

describe('partner self-service', () => {
	it('a contact sees and edits their own partner, without the coordinators’ notes', async () => {
		const own = await ownPartnerRecord(ctx, actor(contactA), a.id, kitaId);
		expect(own.internal.phone).toBe(SECRET);
		expect(own.internal.notes).toBe('');
		const values = { ...profileValuesOf(own), contribution: 'Wir öffnen samstags.' };
		const saved = await updateOwnProfile(
			ctx,
			actor(contactA),
			a.id,
			kitaId,
			partnerProfileSchema.parse(values),
			null
		);
		expect(saved.pending).toBe(false);
		expect((await publicPartner(ctx, a.id, 'kita-sonnenschein'))?.contribution).toBe(
			'Wir öffnen samstags.'
		);
	});

	it('a contact never sees or changes another partner', async () => {
		await expectRule(ownPartnerRecord(ctx, actor(contactA), a.id, firmId), 404);
		const record = await partnerRecord(ctx, a.id, firmId);
		await expectRule(
			updateOwnProfile(
				ctx,
				actor(contactA),
				a.id,
				firmId,
				partnerProfileSchema.parse({ ...profileValuesOf(record!), name: 'Übernommen' }),
				null
			),
			404
		);
		await expectRule(partnerContacts(ctx, actor(contactA), a.id, firmId), 404);
		await expectRule(ownPartnerRecord(ctx, actor(coordinatorB), a.id, kitaId), 403);
		expect((await partnerRecord(ctx, a.id, firmId))?.name).toBe('Öko-Bäckerei Müller');
	});

	it('with approval switched on, a change waits until a coordinator approves it', async () => {
		await savePartnerSettings(ctx, actor(coordinator), a.id, { changesNeedApproval: true });
		const own = await ownPartnerRecord(ctx, actor(contactA), a.id, kitaId);
		const saved = await updateOwnProfile(
			ctx,
			actor(contactA),
			a.id,
			kitaId,
			partnerProfileSchema.parse({ ...profileValuesOf(own), name: 'Kita Sonnenschein e. V.' }),
			null
		);
		expect(saved.pending).toBe(true);
		expect((await publicPartner(ctx, a.id, 'kita-sonnenschein'))?.name).toBe('Kita Sonnenschein');
		const list = await listPartnersForAdmin(ctx, actor(coordinator), a.id);
		expect(list.find((p) => p.id === kitaId)?.hasPending).toBe(true);
		await expectRule(decidePendingChange(ctx, actor(contactA), a.id, kitaId, true), 403);
		await decidePendingChange(ctx, actor(coordinator), a.id, kitaId, true);
		expect((await publicPartner(ctx, a.id, 'kita-sonnenschein'))?.name).toBe(
			'Kita Sonnenschein e. V.'
		);
		expect((await partnerRecord(ctx, a.id, kitaId))?.pending).toBeNull();
		await savePartnerSettings(ctx, actor(coordinator), a.id, { changesNeedApproval: false });
	});

	it('a contact invites a colleague, who is linked to the same partner on joining', async () => {
		ctx.smtp.clear();
		const email = 'kollegin@kita.example';
		const result = await invitePartnerContact(ctx, actor(contactA), {
			allianceId: a.id,
			partnerId: kitaId,
			email,
			link: linkFor(ctx, a)
		});
		expect(result.invited).toBe(true);
		const mail = await ctx.smtp.waitFor(email, /Einladung/);
		const invitationId = linkIn(mail.text, `${linkFor(ctx, a).siteUrl}/einladung/`)
			.split('/')
			.pop()!;
		const { userId } = await acceptWithNewAccount(ctx, {
			invitationId,
			allianceId: a.id,
			name: 'Ina Kollegin',
			password: 'ein-gutes-passwort-2',
			headers: new Headers({ 'user-agent': 'vitest' })
		});
		expect((await findMembership(ctx.db, a.id, userId))?.role).toBe('partner');
		expect(await partnerIdsOf(ctx, a.id, { userId, email })).toEqual([kitaId]);
		const overview = await partnerContacts(ctx, actor(contactA), a.id, kitaId);
		expect(overview.contacts.map((c) => c.name)).toContain('Ina Kollegin');
		await expectRule(
			invitePartnerContact(ctx, actor(contactA), {
				allianceId: a.id,
				partnerId: firmId,
				email: 'x@example.org',
				link: linkFor(ctx, a)
			}),
			404
		);
		const ina = overview.contacts.find((c) => c.name === 'Ina Kollegin')!;
		await removePartnerContact(ctx, actor(coordinator), a.id, kitaId, ina.id);
		expect(await partnerIdsOf(ctx, a.id, { userId, email: 'andere@example.org' })).toEqual([]);
	});
});
