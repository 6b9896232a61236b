import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
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
	const result = await orErrorPage(pinboardPost(getApp(), viewer, alliance.id, params.id));
	return { ...result, created: url.searchParams.has('neu'), today: today() };
};

export const actions: Actions = {
	reply: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireInternal(locals, url);
		return formAction(request, replySchema, async ({ data }) => {
			await replyToPost(getApp(), viewer, alliance, params.id, data);
			return { ok: true, success: 'pinboard.reply.sent' };
		});
	},
	remove: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireInternal(locals, url);
		return formAction(null, async () => {
			await removePost(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/intern/pinnwand?entfernt`);
		});
	}
};
