import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import { replySchema } from '#lib/server/pinboard/pinboard.schema.ts';
import {
	pinboardPost,
	removePost,
	replyToPost,
	today
} from '#lib/server/pinboard/pinboard.service.ts';

/** One post with the reply form; another alliance's post (or an expired one) is a 404. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const result = await attempt({}, () => pinboardPost(getApp(), viewer, alliance.id, params.id));
	if (!result.ok) error(404, 'error.notFound');
	return { ...result.value, created: url.searchParams.has('neu'), today: today() };
};

export const actions: Actions = {
	reply: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireInternal(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(replySchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			replyToPost(getApp(), viewer, alliance, params.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'pinboard.reply.sent' };
	},
	remove: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireInternal(locals, url);
		await attempt({}, () => removePost(getApp(), viewer, alliance.id, params.id));
		redirect(303, `${locals.prefix}/intern/pinnwand?entfernt`);
	}
};
