import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireConcernInbox } from '#lib/server/auth/permissions.ts';
import { listInbox } from '#lib/server/concerns/concern-inbox.service.ts';
import { inboxFilterSchema } from '#lib/server/concerns/concern.schema.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireConcernInbox(locals, url);
	const filter = inboxFilterSchema.parse(Object.fromEntries(url.searchParams));
	const inbox = await listInbox(getApp(), viewer, alliance.id, {
		status: filter.status,
		categoryId: filter.kategorie,
		assigned: filter.zustaendig
	});
	return {
		...inbox,
		filter: {
			status: filter.status ?? 'open',
			kategorie: filter.kategorie ?? '',
			zustaendig: filter.zustaendig ?? ''
		}
	};
};
