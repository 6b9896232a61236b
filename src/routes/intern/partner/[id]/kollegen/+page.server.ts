import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireEditPartner, requirePartnerContact } from '#lib/server/auth/permissions.ts';
import {
	invitePartnerContact,
	partnerContacts,
	partnerIdsOf
} from '#lib/server/partners/partner-contact.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { ownPartnerRecord } from '#lib/server/partners/partner-self.service.ts';
import { contactEmailSchema } from '#lib/server/partners/partner.schema.ts';

/** A partner contact invites colleagues (role 'partner', same partner). */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requirePartnerContact(locals, url);
	const app = getApp();
	requireEditPartner(viewer, params.id, await partnerIdsOf(app, alliance.id, viewer));
	const { record, contacts } = await orErrorPage(
		(async () => ({
			record: await ownPartnerRecord(app, viewer, alliance.id, params.id),
			contacts: await partnerContacts(app, viewer, alliance.id, params.id)
		}))()
	);
	return {
		partner: { id: record.id, name: record.name },
		contacts: {
			people: contacts.contacts.map((c) => ({ id: c.id, name: c.name, email: c.email })),
			pending: contacts.pending.map((p) => ({ id: p.id, email: p.email }))
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requirePartnerContact(locals, url);
		const app = getApp();
		requireEditPartner(viewer, params.id, await partnerIdsOf(app, alliance.id, viewer));
		return formAction(request, contactEmailSchema, async ({ data }) => {
			const result = await invitePartnerContact(app, viewer, {
				allianceId: alliance.id,
				partnerId: params.id,
				email: data.email,
				link: linkOf(locals, alliance)
			});
			return {
				ok: true,
				success: result.linked ? 'partners.contacts.linked' : 'partners.contacts.invited'
			};
		});
	}
};
