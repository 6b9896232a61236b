import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { newPasswordSchema } from '#lib/server/accounts/account.schema.ts';
import { isResetTokenValid, setNewPassword } from '#lib/server/accounts/password-reset.service.ts';
import { allowAnyone } from '#lib/server/auth/permissions.ts';

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
		return formAction(request, newPasswordSchema, async ({ data }) => {
			const result = await setNewPassword(getApp(), data);
			if (!result.ok) throw new AppError('INVALID', 'accounts.newPassword.invalidLink');
			redirect(303, `${locals.prefix}/anmelden?hinweis=passwort`);
		});
	}
};
