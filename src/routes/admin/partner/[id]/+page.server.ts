import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import {
	invitePartnerContact,
	partnerContacts,
	removePartnerContact
} from '#lib/server/partners/partner-contact.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { decidePendingChange } from '#lib/server/partners/partner-self.service.ts';
import {
	contactEmailSchema,
	idSchema,
	PARTNER_KINDS,
	partnerAdminSchema
} from '#lib/server/partners/partner.schema.ts';
import {
	listTopics,
	partnerRecord,
	pendingDiff,
	profileValuesOf
} from '#lib/server/partners/partner.service.ts';
import {
	setPartnerStatus,
	updatePartnerAsCoordinator
} from '#lib/server/partners/partner-edit.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const app = getApp();
	const record = await partnerRecord(app, alliance.id, params.id);
	if (!record) error(404, { message: 'error.notFound' });
	const [topics, contacts] = await Promise.all([
		listTopics(app, alliance.id),
		partnerContacts(app, viewer, alliance.id, record.id)
	]);
	return {
		record,
		values: {
			...profileValuesOf(record),
			internalNotes: record.internal.notes,
			joinedOn: record.joinedOn ?? ''
		},
		pending: record.pending ? pendingDiff(record, topics) : null,
		topics,
		kinds: PARTNER_KINDS,
		contacts,
		created: url.searchParams.has('angelegt')
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(partnerAdminSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			updatePartnerAsCoordinator(getApp(), viewer, alliance.id, params.id, parsed.data, {
				file: fileOf(form, 'logo'),
				remove: form.get('removeLogo') === 'on'
			})
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'common.saved' };
	},

	status: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const status = form.get('status') === 'active' ? 'active' : 'inactive';
		const result = await attempt(form, () =>
			setPartnerStatus(getApp(), viewer, alliance.id, params.id, status)
		);
		if (!result.ok) return result.failure;
		return {
			ok: true,
			success: status === 'active' ? 'partners.admin.activated' : 'partners.admin.deactivated'
		};
	},

	approve: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () =>
			decidePendingChange(getApp(), viewer, alliance.id, params.id, true)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'partners.admin.approved' };
	},

	reject: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () =>
			decidePendingChange(getApp(), viewer, alliance.id, params.id, false)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'partners.admin.rejected' };
	},

	invite: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(contactEmailSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			invitePartnerContact(getApp(), viewer, {
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
	},

	removeContact: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			removePartnerContact(getApp(), viewer, alliance.id, params.id, parsed.data.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'partners.contacts.removed' };
	}
};
