import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { teamMemberSchema } from '#lib/server/team/team.schema.ts';
import { saveTeamMember } from '#lib/server/team/team.service.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	requireCoordinator(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(teamMemberSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveTeamMember(getApp(), viewer, alliance.id, null, parsed.data, {
				photo: fileOf(form, 'photo')
			})
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/team`);
	}
};
