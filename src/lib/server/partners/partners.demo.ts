import type { ServiceContext } from '../context.ts';
import { findUserByEmail } from '../auth/member.repository.ts';
import { insertTeamMember } from '../team/team.repository.ts';
import { ensureDefaultTopics } from '../topics/topic.service.ts';
import { DEMO_PARTNERS, DEMO_TEAM, postalCodeOf } from './partners.demo-data.ts';
import * as repo from './partner.repository.ts';
import { insertPartnerRecord } from './partner-edit.service.ts';
import { seedPartnerWorkDemo } from './partners.demo-work.ts';
import { slugify } from './partner-text.ts';

/** The demo partner contact (see demo/demo-logins.ts) speaks for this partner. */
export const DEMO_CONTACT_EMAIL = 'partner@musterstadt.example';
export const DEMO_CONTACT_PARTNER = 'Familienzentrum Am Hafen';

function mailbox(name: string): string {
	return slugify(name)
		.replace(/^(dr|pfarrer|pastorin)-/, '')
		.replace(/-/g, '.');
}

/**
 * The partner network of the demo alliance "Musterstadt": 36 partners of every kind, the
 * coordination team (current and past terms), the demo partner contact's link to
 * "Familienzentrum Am Hafen", three working groups with meetings and minutes, four projects,
 * announcements and library folders. Each part is only added when it is missing.
 */
export async function seedPartnersDemo(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<{ partners: Record<string, string> }> {
	const existing = await repo.findPartnersForAdmin(ctx.db, allianceId);
	if (existing.length) {
		const partners = Object.fromEntries(existing.map((p) => [p.name, p.id]));
		await seedPartnerWorkDemo(ctx, allianceId, partners);
		return { partners };
	}
	const topics = await ensureDefaultTopics(ctx, allianceId);
	const topicId = new Map(topics.map((t) => [t.slug, t.id]));
	const partners: Record<string, string> = {};
	for (const p of DEMO_PARTNERS) {
		const domain = slugify(p.name).split('-').slice(0, 3).join('-');
		const { id } = await insertPartnerRecord(ctx, allianceId, {
			name: p.name,
			kind: p.kind,
			description: p.description,
			contribution: p.contribution,
			street: p.street,
			postalCode: p.street ? postalCodeOf(p.district) : '',
			city: p.street ? 'Musterstadt' : '',
			district: p.district,
			website: p.kind === 'individual' ? '' : `https://www.${domain}.example`,
			publicEmail: p.kind === 'individual' ? '' : `kontakt@${domain}.example`,
			publicPhone: p.kind === 'individual' ? '' : (p.phone ?? ''),
			internalContactName: p.contact,
			internalEmail: `${mailbox(p.contact)}@${domain}.example`,
			internalPhone: `0123 987 ${String(Object.keys(partners).length + 10).padStart(2, '0')}`,
			internalNotes: 'Beispieldaten – nur für Koordinatorinnen und Koordinatoren sichtbar.',
			joinedOn: p.joined,
			topics: p.topics.map((slug) => topicId.get(slug)).filter((id): id is string => !!id)
		});
		partners[p.name] = id;
	}

	for (const [index, m] of DEMO_TEAM.entries()) {
		await insertTeamMember(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			name: m.name,
			role: m.role,
			organisation: m.organisation,
			photo_id: null,
			term_from: m.termFrom,
			term_to: m.termTo,
			position: index
		});
	}

	const contact = await findUserByEmail(ctx.db, DEMO_CONTACT_EMAIL);
	const partnerId = partners[DEMO_CONTACT_PARTNER];
	if (contact && partnerId) {
		await repo.insertContact(ctx.db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			partner_id: partnerId,
			user_id: contact.id,
			created_at: new Date().toISOString()
		});
	}
	await seedPartnerWorkDemo(ctx, allianceId, partners);
	return { partners };
}
