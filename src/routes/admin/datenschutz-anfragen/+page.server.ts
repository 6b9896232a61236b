import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { parseForm } from '#lib/server/http/forms.ts';
import { privacyEraseSchema, privacyLookupSchema } from '#lib/server/privacy/privacy.schema.ts';
import { erasePerson, lookUpPerson, recentRequests } from '#lib/server/privacy/privacy.service.ts';
import { RETENTION_RULES } from '#lib/server/privacy/retention.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	return {
		retention: RETENTION_RULES,
		requests: await recentRequests(getApp(), alliance.id, viewer)
	};
};

export const actions: Actions = {
	search: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, privacyLookupSchema, async ({ data }) => {
			const counts = await lookUpPerson(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				email: data.email
			});
			return { email: data.email, counts };
		});
	},

	erase: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, privacyLookupSchema, async ({ data, form }) => {
			const parsed = parseForm(privacyEraseSchema, form);
			if (!parsed.ok) {
				// Without the confirmation: show the findings again, with the message at the checkbox.
				const counts = await lookUpPerson(getApp(), {
					allianceId: alliance.id,
					actor: viewer,
					email: data.email
				});
				return fail(400, {
					...parsed.failure.data,
					message: 'privacyRequests.error.confirm',
					email: data.email,
					counts
				});
			}
			const erased = await erasePerson(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				email: parsed.data.email
			});
			const total = Object.values(erased).reduce((sum, n) => sum + n, 0);
			return { success: 'privacyRequests.erased', params: { count: total }, erased };
		});
	}
};
