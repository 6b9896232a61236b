import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import {
	getProfile,
	patronPhotoAlt,
	updateProfile
} from '#lib/server/alliances/alliance-profile.service.ts';
import { profileFormValues, profileSchema } from '#lib/server/alliances/alliance.schema.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const profile = await getProfile(getApp(), viewer, alliance.id);
	return {
		values: profileFormValues(profile),
		welcomeHtml: profile.welcomeHtml,
		logoId: profile.logoId,
		patronPhotoId: profile.patron.photoId,
		patronPhotoAlt: await patronPhotoAlt(getApp(), profile)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		// A body that cannot be read here is nearly always one over the size limit.
		const upload = { request, fileField: 'logo', tooLarge: 'upload.requestTooLarge' };
		return formAction(upload, profileSchema, async ({ data, form }) => {
			await updateProfile(getApp(), viewer, alliance.id, data, {
				logo: fileOf(form, 'logo'),
				patronPhoto: fileOf(form, 'patronPhoto')
			});
			return { ok: true, success: 'admin.profile.saved' };
		});
	}
};
