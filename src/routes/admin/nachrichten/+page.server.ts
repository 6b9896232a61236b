import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireConcernInbox } from '#lib/server/auth/permissions.ts';

/** The old contact-message inbox: its messages are concerns now (/admin/anliegen). */
export const load: PageServerLoad = ({ locals, url }) => {
	requireConcernInbox(locals, url);
	redirect(308, `${locals.prefix}/admin/anliegen`);
};
