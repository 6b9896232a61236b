import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	getProfile,
	patronPhotoAlt,
	updateProfile
} from '#lib/server/alliances/alliance-profile.service.ts';
import { profileFormValues, profileSchema } from '#lib/server/alliances/alliance.schema.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

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

const fileOf = (form: FormData, name: string) => {
	const value = form.get(name);
	return value instanceof File && value.size > 0 ? value : null;
};

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'upload.requestTooLarge', {});
		const parsed = parseForm(profileSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await updateProfile(getApp(), viewer, alliance.id, parsed.data, {
				logo: fileOf(form, 'logo'),
				patronPhoto: fileOf(form, 'patronPhoto')
			});
		} catch (error) {
			if (isAppError(error)) return ruleFailure(error, form);
			throw error;
		}
		return { ok: true, success: 'admin.profile.saved' };
	}
};
