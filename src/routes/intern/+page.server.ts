import type { PageServerLoad } from './$types';
import { requireInternal } from '#lib/server/auth/permissions.ts';

export const load: PageServerLoad = ({ locals, url }) => {
	requireInternal(locals, url);
	// TODO(lead): link "Ihre Termine" to the calendar's partner view once it exists.
	return {};
};
