import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import {
	linkFor,
	linkIn,
	makeAlliance,
	makePerson,
	type TestPerson
} from '../../../../tests/factories/accounts.ts';
import { acceptWithNewAccount } from '../accounts/invitation.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { findMembership } from '../auth/member.repository.ts';
import { RuleError } from '../auth/rule-error.ts';
import { INSTALLATION_FACTOR } from '../http/rate-limit.ts';
import {
	acceptApplication,
	declineApplication,
	listApplications,
	submitApplication,
	APPLICATIONS_PER_HOUR
} from './partner-application.service.ts';
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
import {
	applicationSchema,
	partnerAdminSchema,
	partnerProfileSchema,
	readPartnerFilters
} from './partner.schema.ts';
import {
	createPartner,
	insertPartnerRecord,
	setPartnerStatus,
	updatePartnerAsCoordinator
} from './partner-edit.service.ts';
import { listPartnersForAdmin, partnerRecord, profileValuesOf } from './partner.service.ts';
import { partnerDirectory, publicPartner } from './partner-directory.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let coordinatorB: TestPerson;
let contactA: TestPerson;
let kitaId: string;
let firmId: string;
let topicId: string;

const SECRET = 'nur-intern-0171-5550123';

async function expectRule(promise: Promise<unknown>, status: number) {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(RuleError);
	expect((error as RuleError).status).toBe(status);
}

const actor = (p: TestPerson) => ({ userId: p.userId, name: p.name, platformAdmin: false });

function admin(values: Record<string, string | string[]>) {
	return partnerAdminSchema.parse(values);
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { name: 'Bündnis für Familie Altstadt' });
	b = await makeAlliance(ctx, { name: 'Bündnis für Familie Bergdorf' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara Koord' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	contactA = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Kai Kita' });
	const now = new Date().toISOString();
	topicId = crypto.randomUUID();
	await ctx.db
		.insertInto('topic')
		.values({
			id: topicId,
			alliance_id: a.id,
			slug: 'gute-kinderbetreuung',
			name: 'Gute Kinderbetreuung',
			created_at: now,
			updated_at: now
		})
		.execute();
	kitaId = (
		await createPartner(
			ctx,
			actor(coordinator),
			a.id,
			admin({
				name: 'Kita Sonnenschein',
				kind: 'kita',
				district: 'Südfeld',
				description: 'Wir betreuen 60 Kinder.',
				internalPhone: SECRET,
				internalNotes: 'Vertrag läuft bis 2027',
				topics: [topicId]
			}),
			null
		)
	).id;
	firmId = (
		await insertPartnerRecord(ctx, a.id, {
			name: 'Öko-Bäckerei Müller',
			kind: 'company',
			district: 'Altstadt',
			internalEmail: 'chef@baeckerei.example'
		})
	).id;
	await ctx.db
		.insertInto('partner_contact')
		.values({
			id: crypto.randomUUID(),
			alliance_id: a.id,
			partner_id: kitaId,
			user_id: contactA.userId,
			created_at: now
		})
		.execute();
});
afterAll(async () => {
	await ctx.close();
});

describe('public directory', () => {
	it('filters by kind, topic, district and text, sorted A–Z, with the letter index', async () => {
		const all = await partnerDirectory(ctx, a.id, readPartnerFilters(new URLSearchParams()));
		expect(all.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein', 'Öko-Bäckerei Müller']);
		expect(all.letters.find((l) => l.letter === 'O')?.count).toBe(1);
		expect(all.districts).toEqual(['Altstadt', 'Südfeld']);

		const kitas = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('art=kita'))
		);
		expect(kitas.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein']);
		const topic = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('thema=gute-kinderbetreuung'))
		);
		expect(topic.partners.map((p) => p.id)).toEqual([kitaId]);
		const district = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('stadtteil=Altstadt'))
		);
		expect(district.partners.map((p) => p.id)).toEqual([firmId]);
		const text = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('suche=mueller'))
		);
		expect(text.partners.map((p) => p.id)).toEqual([firmId]);
		const odd = readPartnerFilters(new URLSearchParams('art=<script>&thema=gibtsnicht'));
		expect(odd.kind).toBe('');
		expect((await partnerDirectory(ctx, a.id, odd)).partners).toEqual([]);
	});

	it('pages long lists; the letter index leads to the page of each letter', async () => {
		const filters = readPartnerFilters(new URLSearchParams());
		const first = await partnerDirectory(ctx, a.id, filters, { page: 1, pageSize: 1 });
		expect(first.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein']);
		expect([first.total, first.page, first.pages]).toEqual([2, 1, 2]);
		expect(first.letters.find((l) => l.letter === 'K')).toEqual({ letter: 'K', count: 1, page: 1 });
		expect(first.letters.find((l) => l.letter === 'O')).toEqual({ letter: 'O', count: 1, page: 2 });
		const second = await partnerDirectory(ctx, a.id, filters, { page: 2, pageSize: 1 });
		expect(second.partners.map((p) => p.name)).toEqual(['Öko-Bäckerei Müller']);
		// Past the end: the last page.
		expect((await partnerDirectory(ctx, a.id, filters, { page: 9, pageSize: 1 })).page).toBe(2);
		// Without a page (the topic pages): everyone.
		expect((await partnerDirectory(ctx, a.id, filters)).partners).toHaveLength(2);
	});

	it('never carries internal contact data or notes', async () => {
		const all = await partnerDirectory(ctx, a.id, readPartnerFilters(new URLSearchParams()));
		const one = await publicPartner(ctx, a.id, 'kita-sonnenschein');
		const text = JSON.stringify({ all, one });
		expect(one?.name).toBe('Kita Sonnenschein');
		expect(text).not.toContain(SECRET);
		expect(text).not.toContain('Vertrag läuft');
		expect(text).not.toContain('chef@baeckerei.example');
		expect(text).not.toMatch(/internal/);
	});

	it('keeps alliances apart and hides inactive partners', async () => {
		expect(await publicPartner(ctx, b.id, 'kita-sonnenschein')).toBeNull();
		await setPartnerStatus(ctx, actor(coordinator), a.id, firmId, 'inactive');
		expect(await publicPartner(ctx, a.id, 'oeko-baeckerei-mueller')).toBeNull();
		await setPartnerStatus(ctx, actor(coordinator), a.id, firmId, 'active');
		expect(await publicPartner(ctx, a.id, 'oeko-baeckerei-mueller')).not.toBeNull();
	});
});

describe('coordinators', () => {
	it('edit partners; only coordinators of the same alliance may', async () => {
		const record = await partnerRecord(ctx, a.id, firmId);
		const values = { ...profileValuesOf(record!), website: 'www.baeckerei.example' };
		await updatePartnerAsCoordinator(
			ctx,
			actor(coordinator),
			a.id,
			firmId,
			admin({ ...values, internalNotes: 'Spendet Brot' }),
			{ file: null, remove: false }
		);
		const after = await partnerRecord(ctx, a.id, firmId);
		expect(after?.website).toBe('https://www.baeckerei.example');
		expect(after?.internal.notes).toBe('Spendet Brot');
		await expectRule(listPartnersForAdmin(ctx, actor(coordinatorB), a.id), 403);
		await expectRule(listPartnersForAdmin(ctx, actor(contactA), a.id), 403);
		await expectRule(setPartnerStatus(ctx, actor(coordinatorB), a.id, firmId, 'inactive'), 403);
	});

	it('rejects bad input with field messages', () => {
		const result = partnerAdminSchema.safeParse({
			name: 'X',
			kind: 'zirkus',
			website: 'keine adresse',
			publicEmail: 'kaputt@',
			postalCode: '123'
		});
		expect(result.success).toBe(false);
		const fields = result.error!.issues.map((i) => i.path.join('.'));
		expect(fields).toEqual(
			expect.arrayContaining(['name', 'kind', 'website', 'publicEmail', 'postalCode'])
		);
	});
});

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

describe('Bündnispartner werden', () => {
	const application = (overrides: Record<string, string> = {}) =>
		applicationSchema.parse({
			organisation: 'Familienzentrum Hafenkante',
			kind: 'institution',
			contactName: 'Hanna Hafen',
			email: 'Hanna@Hafenkante.example',
			contribution: 'Wir bieten Elterncafés und Beratung an.',
			consentPrinciples: 'on',
			consentPrivacy: 'on',
			...overrides
		});

	it('requires both consents', () => {
		const result = applicationSchema.safeParse({
			organisation: 'Verein',
			kind: 'association',
			contactName: 'Vera',
			email: 'vera@example.org',
			contribution: 'Hausaufgabenhilfe für alle',
			consentPrivacy: 'on'
		});
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]?.message).toBe('partners.apply.error.consentPrinciples');
	});

	it('records the application and its consents, confirms by mail; accept invites the contact', async () => {
		ctx.smtp.clear();
		const sent = await submitApplication(ctx, {
			allianceId: a.id,
			client: '10.0.0.1',
			data: application(),
			link: linkFor(ctx, a)
		});
		expect(sent.ok).toBe(true);
		const confirmation = await ctx.smtp.waitFor('hanna@hafenkante.example', /Bewerbung/);
		expect(confirmation.text).toContain('Guten Tag Hanna Hafen');
		expect(confirmation.text).toContain('Familienzentrum Hafenkante');

		const [first] = await listApplications(ctx, actor(coordinator), a.id);
		expect(first?.status).toBe('pending');
		expect(Date.parse(first!.consentPrinciplesAt)).toBeGreaterThan(Date.now() - 60_000);
		expect(Date.parse(first!.consentPrivacyAt)).toBeGreaterThan(Date.now() - 60_000);
		await expectRule(listApplications(ctx, actor(contactA), a.id), 403);

		const accepted = await acceptApplication(ctx, actor(coordinator), {
			allianceId: a.id,
			id: first!.id,
			note: '',
			link: linkFor(ctx, a)
		});
		const record = await partnerRecord(ctx, a.id, accepted.partnerId);
		expect(record?.internal.email).toBe('hanna@hafenkante.example');
		expect(record?.contribution).toContain('Elterncafés');
		const invitation = await ctx.smtp.waitFor('hanna@hafenkante.example', /Einladung/);
		expect(invitation.text).toContain('/einladung/');
		await expectRule(
			acceptApplication(ctx, actor(coordinator), {
				allianceId: a.id,
				id: first!.id,
				note: '',
				link: linkFor(ctx, a)
			}),
			409
		);
	});

	it('decline sends a friendly mail with the coordinator’s words', async () => {
		ctx.smtp.clear();
		const sent = await submitApplication(ctx, {
			allianceId: a.id,
			client: '10.0.0.2',
			data: application({ organisation: 'Spielhalle Glück', email: 'info@glueck.example' }),
			link: linkFor(ctx, a)
		});
		if (!sent.ok) throw new Error('not sent');
		await declineApplication(ctx, actor(coordinator), {
			allianceId: a.id,
			id: sent.id,
			note: 'Unser Bündnis nimmt nur gemeinnützige Partner auf.',
			link: linkFor(ctx, a)
		});
		const mail = await ctx.smtp.waitFor('info@glueck.example', /Ihre Bewerbung bei/);
		expect(mail.text).toContain('leider nicht annehmen');
		expect(mail.text).toContain('nur gemeinnützige Partner');
	});

	it('limits applications per address', async () => {
		let last: { ok: boolean } = { ok: true };
		for (let i = 0; i <= APPLICATIONS_PER_HOUR; i++) {
			last = await submitApplication(ctx, {
				allianceId: a.id,
				client: '10.0.0.99',
				data: application({ email: `spam${i}@example.org` }),
				link: linkFor(ctx, a)
			});
		}
		expect(last.ok).toBe(false);
	});

	it('limits applications per address across all alliances of the installation too', async () => {
		const send = async (alliance: Alliance, i: number) =>
			submitApplication(ctx, {
				allianceId: alliance.id,
				client: '10.0.7.7',
				data: application({ email: `rundreise${i}@example.org` }),
				link: linkFor(ctx, alliance)
			});
		const others = [await makeAlliance(ctx), await makeAlliance(ctx), await makeAlliance(ctx)];
		let sent = 0;
		for (const alliance of others) {
			for (let i = 0; i < APPLICATIONS_PER_HOUR; i++) {
				if ((await send(alliance, sent + i)).ok) sent++;
			}
		}
		// Every alliance alone would take five; the installation takes twice that from one address.
		expect(sent).toBe(APPLICATIONS_PER_HOUR * INSTALLATION_FACTOR);
	});
});
