import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';
import { PROJECT_STATUSES, projectSchema } from '#lib/server/projects/project.schema.ts';
import {
	addProjectFile,
	projectChoices,
	projectForEdit,
	removeProject,
	removeProjectFile,
	saveProject
} from '#lib/server/projects/project.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireEditor(locals, url);
	const app = getApp();
	const result = await attempt({}, () => projectForEdit(app, viewer, alliance.id, params.id));
	if (!result.ok) return { edit: null, choices: null, statuses: PROJECT_STATUSES };
	return {
		edit: result.value,
		choices: await projectChoices(app, alliance.id),
		statuses: PROJECT_STATUSES
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(projectSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveProject(getApp(), viewer, alliance.id, params.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'common.saved' };
	},
	addFile: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const result = await attempt(form, () =>
			addProjectFile(getApp(), viewer, alliance.id, params.id, fileOf(form, 'file'), {
				title: String(form.get('docTitle') ?? '').slice(0, 200),
				alt: String(form.get('alt') ?? '').slice(0, 300)
			})
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'projects.files.added' };
	},
	removeFile: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			removeProjectFile(getApp(), viewer, alliance.id, params.id, parsed.data.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'projects.files.removed' };
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		const result = await attempt({}, () => removeProject(getApp(), viewer, alliance.id, params.id));
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/projekte`);
	}
};
