import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';
import { PROJECT_STATUSES, projectSchema } from '#lib/server/projects/project.schema.ts';
import { addProjectFile, removeProjectFile } from '#lib/server/projects/project-files.service.ts';
import { projectChoices, projectForEdit } from '#lib/server/projects/project-admin.service.ts';
import { removeProject, saveProject } from '#lib/server/projects/project-edit.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireEditor(locals, url);
	const app = getApp();
	const result = await orErrorPage(projectForEdit(app, viewer, alliance.id, params.id));
	return {
		edit: result,
		choices: await projectChoices(app, alliance.id),
		statuses: PROJECT_STATUSES
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, projectSchema, async ({ data }) => {
			await saveProject(getApp(), viewer, alliance.id, params.id, data);
			return { ok: true, success: 'common.saved' };
		});
	},
	addFile: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, async ({ form }) => {
			await addProjectFile(getApp(), viewer, alliance.id, params.id, fileOf(form, 'file'), {
				title: String(form.get('docTitle') ?? '').slice(0, 200),
				alt: String(form.get('alt') ?? '').slice(0, 300)
			});
			return { ok: true, success: 'projects.files.added' };
		});
	},
	removeFile: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			await removeProjectFile(getApp(), viewer, alliance.id, params.id, data.id);
			return { ok: true, success: 'projects.files.removed' };
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireEditor(locals, url);
		return formAction(null, async () => {
			await removeProject(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/projekte`);
		});
	}
};
