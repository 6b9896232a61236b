import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { profileSchema } from '#lib/server/intern/intern.schema.ts';
import { memberDirectory, ownProfile, saveOwnProfile } from '#lib/server/intern/intern.service.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';

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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(profileSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveOwnProfile(getApp(), viewer, alliance.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'intern.directory.saved' };
	}
};
