import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireInternal } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(postSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			createPost(getApp(), viewer, alliance.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/intern/pinnwand/${result.value.id}?neu`);
	}
};
