import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import {
	acceptApplication,
	declineApplication,
	getApplication
} from '#lib/server/partners/partner-application.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { decisionSchema } from '#lib/server/partners/partner.schema.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await orErrorPage(getApplication(getApp(), viewer, alliance.id, params.id));
	return { application: result };
};

export const actions: Actions = {
	accept: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, decisionSchema.omit({ id: true }), async ({ data }) => {
			await acceptApplication(getApp(), viewer, {
				allianceId: alliance.id,
				id: params.id,
				note: data.note,
				link: linkOf(locals, alliance)
			});
			return { ok: true, success: 'partners.applications.accepted' };
		});
	},

	decline: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, decisionSchema.omit({ id: true }), async ({ data }) => {
			await declineApplication(getApp(), viewer, {
				allianceId: alliance.id,
				id: params.id,
				note: data.note,
				link: linkOf(locals, alliance)
			});
			return { ok: true, success: 'partners.applications.declined' };
		});
	}
};
