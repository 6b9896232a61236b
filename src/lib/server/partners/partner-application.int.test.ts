import { describe, expect, it } from 'vitest';
import { linkFor, makeAlliance } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { INSTALLATION_FACTOR } from '../http/rate-limit.ts';
import {
	acceptApplication,
	declineApplication,
	listApplications,
	submitApplication,
	APPLICATIONS_PER_HOUR
} from './partner-application.service.ts';
import { applicationSchema } from './partner.schema.ts';
import { partnerRecord } from './partner.service.ts';
import {
	a,
	actor,
	contactA,
	coordinator,
	ctx,
	expectRule,
	usePartnerFixture
} from './partner.fixture.ts';

usePartnerFixture();

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
