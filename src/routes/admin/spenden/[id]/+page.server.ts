import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { purposeFormValues } from '#lib/server/donations/donation-format.ts';
import { purposeSchema } from '#lib/server/donations/donation.schema.ts';
import {
	deletePurpose,
	purposesForAdmin,
	updatePurpose
} from '#lib/server/donations/donation.service.ts';

/** One donation purpose: edit or delete; another alliance's is a 404. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const purposes = await purposesForAdmin(getApp(), viewer, alliance.id);
	const purpose = purposes.find((p) => p.id === params.id);
	if (!purpose) error(404, 'error.notFound');
	return {
		id: purpose.id,
		title: purpose.title,
		purpose: purposeFormValues(purpose),
		created: url.searchParams.has('neu')
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, purposeSchema, async ({ data }) => {
			await updatePurpose(getApp(), viewer, alliance.id, params.id, data);
			return { ok: true, success: 'donate.admin.saved' };
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await deletePurpose(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/spenden?geloescht`);
		});
	}
};
