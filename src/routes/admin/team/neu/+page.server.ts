import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { teamMemberSchema } from '#lib/server/team/team.schema.ts';
import { saveTeamMember } from '#lib/server/team/team.service.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	requireCoordinator(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, teamMemberSchema, async ({ data, form }) => {
			await saveTeamMember(getApp(), viewer, alliance.id, null, data, {
				photo: fileOf(form, 'photo')
			});
			redirect(303, `${locals.prefix}/admin/team`);
		});
	}
};
