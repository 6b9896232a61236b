import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { teamMemberSchema } from '#lib/server/team/team.schema.ts';
import { getTeamMember, removeTeamMember, saveTeamMember } from '#lib/server/team/team.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await attempt({}, () => getTeamMember(getApp(), viewer, alliance.id, params.id));
	if (!result.ok) return { member: null };
	return { member: result.value };
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(teamMemberSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveTeamMember(getApp(), viewer, alliance.id, params.id, parsed.data, {
				photo: fileOf(form, 'photo'),
				removePhoto: form.get('removePhoto') === 'on'
			})
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'common.saved' };
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () =>
			removeTeamMember(getApp(), viewer, alliance.id, params.id)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/team`);
	}
};
