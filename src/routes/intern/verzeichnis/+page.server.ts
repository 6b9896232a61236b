import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { profileSchema } from '#lib/server/intern/intern.schema.ts';
import { memberDirectory, ownProfile, saveOwnProfile } from '#lib/server/intern/intern.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	const [entries, profile] = await Promise.all([
		memberDirectory(app, viewer, alliance.id),
		ownProfile(app, viewer, alliance.id)
	]);
	return { entries, profile };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireInternal(locals, url);
		return formAction(request, profileSchema, async ({ data }) => {
			await saveOwnProfile(getApp(), viewer, alliance.id, data);
			return { ok: true, success: 'intern.directory.saved' };
		});
	}
};
