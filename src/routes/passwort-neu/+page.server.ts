import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { newPasswordSchema } from '#lib/server/accounts/account.schema.ts';
import { isResetTokenValid, setNewPassword } from '#lib/server/accounts/password-reset.service.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	allowAnyone(locals);
	const token = (url.searchParams.get('token') ?? '').slice(0, 200);
	// Checked before the person types anything, so an old link says so at once.
	const valid = token !== '' && (await isResetTokenValid(getApp(), token));
	return { token, valid };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		allowAnyone(locals);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(newPasswordSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await setNewPassword(getApp(), parsed.data);
		if (!result.ok) return formError(400, 'accounts.newPassword.invalidLink', form);
		redirect(303, `${locals.prefix}/anmelden?hinweis=passwort`);
	}
};
