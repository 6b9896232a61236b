import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditPartner, requirePartnerContact } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import {
	invitePartnerContact,
	partnerContacts,
	partnerIdsOf
} from '#lib/server/partners/partner-contact.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import { ownPartnerRecord } from '#lib/server/partners/partner-self.service.ts';
import { contactEmailSchema } from '#lib/server/partners/partner.schema.ts';

/** A partner contact invites colleagues (role 'partner', same partner). */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requirePartnerContact(locals, url);
	const app = getApp();
	requireEditPartner(viewer, params.id, await partnerIdsOf(app, alliance.id, viewer));
	const result = await attempt({}, async () => ({
		record: await ownPartnerRecord(app, viewer, alliance.id, params.id),
		contacts: await partnerContacts(app, viewer, alliance.id, params.id)
	}));
	if (!result.ok) return { partner: null, contacts: null };
	const { record, contacts } = result.value;
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(contactEmailSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			invitePartnerContact(app, viewer, {
				allianceId: alliance.id,
				partnerId: params.id,
				email: parsed.data.email,
				link: linkOf(locals, alliance)
			})
		);
		if (!result.ok) return result.failure;
		return {
			ok: true,
			success: result.value.linked ? 'partners.contacts.linked' : 'partners.contacts.invited'
		};
	}
};
