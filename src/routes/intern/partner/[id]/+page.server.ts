import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireEditPartner, requirePartnerContact } from '#lib/server/auth/permissions.ts';
import { partnerIdsOf } from '#lib/server/partners/partner-contact.service.ts';
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
	const record = await orErrorPage(ownPartnerRecord(app, viewer, alliance.id, params.id));
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
		return formAction(request, partnerProfileSchema, async ({ data, form }) => {
			const result = await updateOwnProfile(
				app,
				viewer,
				alliance.id,
				params.id,
				data,
				fileOf(form, 'logo')
			);
			return {
				ok: true,
				success: result.pending ? 'partners.intern.savedPending' : 'partners.intern.saved'
			};
		});
	}
};
