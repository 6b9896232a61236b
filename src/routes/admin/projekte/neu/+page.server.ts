import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { PROJECT_STATUSES, projectSchema } from '#lib/server/projects/project.schema.ts';
import { projectChoices } from '#lib/server/projects/project-admin.service.ts';
import { saveProject } from '#lib/server/projects/project-edit.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	return { choices: await projectChoices(getApp(), alliance.id), statuses: PROJECT_STATUSES };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, projectSchema, async ({ data }) => {
			const result = await saveProject(getApp(), viewer, alliance.id, null, data);
			redirect(303, `${locals.prefix}/admin/projekte/${result.id}`);
		});
	}
};
