import type { Actions, PageServerLoad } from './$types';
import { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import { requireConcernInbox } from '#lib/server/auth/permissions.ts';
import {
	addCategory,
	concernSettings,
	deleteTemplate,
	listCategories,
	listTemplates,
	saveSettings,
	saveTemplate,
	updateCategory
} from '#lib/server/concerns/concern-setup.service.ts';
import {
	categorySchema,
	idSchema,
	settingsSchema,
	templateSchema
} from '#lib/server/concerns/concern.schema.ts';
import { formAction } from '#lib/server/http/action.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireConcernInbox(locals, url);
	const app = getApp();
	return {
		categories: await listCategories(app, alliance.id, true),
		templates: await listTemplates(app, viewer, alliance.id),
		settings: await concernSettings(app.db, alliance.id)
	};
};

/** Every form of this page answers "saved". */
function saved<S extends z.ZodType>(
	request: Request,
	schema: S,
	run: (data: z.infer<S>) => Promise<unknown>
) {
	return formAction(request, schema, async ({ data }) => {
		await run(data);
		return { success: 'concerns.settings.saved' };
	});
}

const categoryEdit = categorySchema.extend(idSchema.shape);
const archive = idSchema.extend({ archived: z.enum(['0', '1']) });

export const actions: Actions = {
	addCategory: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return saved(request, categorySchema, (d) => addCategory(getApp(), viewer, alliance.id, d));
	},
	saveCategory: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return saved(request, categoryEdit, (d) =>
			updateCategory(getApp(), viewer, alliance.id, d.id, { name: d.name, position: d.position })
		);
	},
	archiveCategory: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return saved(request, archive, (d) =>
			updateCategory(getApp(), viewer, alliance.id, d.id, { archived: d.archived === '1' })
		);
	},
	addTemplate: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return saved(request, templateSchema, (d) =>
			saveTemplate(getApp(), viewer, alliance.id, null, d)
		);
	},
	deleteTemplate: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return saved(request, idSchema, (d) => deleteTemplate(getApp(), viewer, alliance.id, d.id));
	},
	settings: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return saved(request, settingsSchema, (d) => saveSettings(getApp(), viewer, alliance.id, d));
	}
};
