import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import {
	acceptApplication,
	declineApplication,
	getApplication
} from '#lib/server/partners/partner-application.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import { decisionSchema } from '#lib/server/partners/partner.schema.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await attempt({}, () => getApplication(getApp(), viewer, alliance.id, params.id));
	if (!result.ok) return { application: null };
	return { application: result.value };
};

export const actions: Actions = {
	accept: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		form.set('id', params.id);
		const parsed = parseForm(decisionSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			acceptApplication(getApp(), viewer, {
				allianceId: alliance.id,
				id: params.id,
				note: parsed.data.note,
				link: linkOf(locals, alliance)
			})
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'partners.applications.accepted' };
	},

	decline: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		form.set('id', params.id);
		const parsed = parseForm(decisionSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			declineApplication(getApp(), viewer, {
				allianceId: alliance.id,
				id: params.id,
				note: parsed.data.note,
				link: linkOf(locals, alliance)
			})
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'partners.applications.declined' };
	}
};
