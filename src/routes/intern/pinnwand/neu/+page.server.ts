import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { postSchema } from '#lib/server/pinboard/pinboard.schema.ts';
import { createPost, today } from '#lib/server/pinboard/pinboard.service.ts';

/** A member pins an offer or a request. */
export const load: PageServerLoad = ({ locals, url }) => {
	requireInternal(locals, url);
	const inFourWeeks = new Date(Date.now() + 28 * 86_400_000);
	return { min: today(), defaultEnd: today(inFourWeeks) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireInternal(locals, url);
		return formAction(request, postSchema, async ({ data }) => {
			const result = await createPost(getApp(), viewer, alliance.id, data);
			redirect(303, `${locals.prefix}/intern/pinnwand/${result.id}?neu`);
		});
	}
};
