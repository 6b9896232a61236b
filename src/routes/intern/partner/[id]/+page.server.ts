import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditPartner, requirePartnerContact } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import {
	ownPartnerRecord,
	partnerSettings,
	updateOwnProfile
} from '#lib/server/partners/partner-self.service.ts';
import { PARTNER_KINDS, partnerProfileSchema } from '#lib/server/partners/partner.schema.ts';
import { profileValuesOf } from '#lib/server/partners/partner.service.ts';
import { listTopicRefs } from '#lib/server/topics/topic.service.ts';

/** A partner contact edits their own partner's profile; anybody else's gives 404. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requirePartnerContact(locals, url);
	const app = getApp();
	requireEditPartner(viewer, params.id, await partnerIdsOf(app, alliance.id, viewer));
	const result = await attempt({}, () => ownPartnerRecord(app, viewer, alliance.id, params.id));
	if (!result.ok) error(404, { message: 'error.notFound' });
	const record = result.value;
	const [topics, settings] = await Promise.all([
		listTopicRefs(app, alliance.id),
		partnerSettings(app, alliance.id)
	]);
	return {
		record: {
			id: record.id,
			slug: record.slug,
			name: record.name,
			logoId: record.logoId,
			pendingAt: record.pending?.at ?? null
		},
		values: profileValuesOf(record),
		topics,
		kinds: PARTNER_KINDS,
		needsApproval:
			settings.changesNeedApproval && !viewer.platformAdmin && viewer.role === 'partner'
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requirePartnerContact(locals, url);
		const app = getApp();
		requireEditPartner(viewer, params.id, await partnerIdsOf(app, alliance.id, viewer));
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(partnerProfileSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			updateOwnProfile(app, viewer, alliance.id, params.id, parsed.data, fileOf(form, 'logo'))
		);
		if (!result.ok) return result.failure;
		return {
			ok: true,
			success: result.value.pending ? 'partners.intern.savedPending' : 'partners.intern.saved'
		};
	}
};
