import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import {
	invitePartnerContact,
	partnerContacts,
	removePartnerContact
} from '#lib/server/partners/partner-contact.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { decidePendingChange } from '#lib/server/partners/partner-self.service.ts';
import {
	contactEmailSchema,
	PARTNER_KINDS,
	partnerAdminSchema
} from '#lib/server/partners/partner.schema.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';
import {
	partnerRecord,
	pendingDiff,
	profileValuesOf
} from '#lib/server/partners/partner.service.ts';
import {
	setPartnerStatus,
	updatePartnerAsCoordinator
} from '#lib/server/partners/partner-edit.service.ts';
import { listTopicRefs } from '#lib/server/topics/topic.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const app = getApp();
	const record = await partnerRecord(app, alliance.id, params.id);
	if (!record) error(404, { message: 'error.notFound' });
	const [topics, contacts] = await Promise.all([
		listTopicRefs(app, alliance.id),
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
		return formAction(request, partnerAdminSchema, async ({ data, form }) => {
			await updatePartnerAsCoordinator(getApp(), viewer, alliance.id, params.id, data, {
				file: fileOf(form, 'logo'),
				remove: form.get('removeLogo') === 'on'
			});
			return { ok: true, success: 'common.saved' };
		});
	},

	status: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const status = form.get('status') === 'active' ? 'active' : 'inactive';
			await setPartnerStatus(getApp(), viewer, alliance.id, params.id, status);
			return {
				ok: true,
				success: status === 'active' ? 'partners.admin.activated' : 'partners.admin.deactivated'
			};
		});
	},

	approve: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await decidePendingChange(getApp(), viewer, alliance.id, params.id, true);
			return { ok: true, success: 'partners.admin.approved' };
		});
	},

	reject: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await decidePendingChange(getApp(), viewer, alliance.id, params.id, false);
			return { ok: true, success: 'partners.admin.rejected' };
		});
	},

	invite: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, contactEmailSchema, async ({ data }) => {
			const result = await invitePartnerContact(getApp(), viewer, {
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
	},

	removeContact: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			await removePartnerContact(getApp(), viewer, alliance.id, params.id, data.id);
			return { ok: true, success: 'partners.contacts.removed' };
		});
	}
};
