import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { teamMemberSchema } from '#lib/server/team/team.schema.ts';
import { getTeamMember, removeTeamMember, saveTeamMember } from '#lib/server/team/team.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await orErrorPage(getTeamMember(getApp(), viewer, alliance.id, params.id));
	return { member: result };
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, teamMemberSchema, async ({ data, form }) => {
			await saveTeamMember(getApp(), viewer, alliance.id, params.id, data, {
				photo: fileOf(form, 'photo'),
				removePhoto: form.get('removePhoto') === 'on'
			});
			return { ok: true, success: 'common.saved' };
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await removeTeamMember(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/team`);
		});
	}
};
