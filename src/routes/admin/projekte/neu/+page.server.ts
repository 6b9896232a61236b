import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import { PROJECT_STATUSES, projectSchema } from '#lib/server/projects/project.schema.ts';
import { projectChoices, saveProject } from '#lib/server/projects/project.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	return { choices: await projectChoices(getApp(), alliance.id), statuses: PROJECT_STATUSES };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(projectSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveProject(getApp(), viewer, alliance.id, null, parsed.data)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/projekte/${result.value.id}`);
	}
};
