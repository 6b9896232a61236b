import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isCoordinator, requireInternal } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { meeting, meetingGroupName } from '#lib/server/working-groups/meeting.service.ts';

/** One meeting with agenda and minutes: members of its group (and coordinators) only. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	const app = getApp();
	try {
		const m = await meeting(app, viewer, alliance.id, params.id);
		return {
			meeting: m,
			groupName: await meetingGroupName(app, alliance.id, m.groupId),
			canEdit: isCoordinator(viewer)
		};
	} catch (e) {
		if (isAppError(e)) error(e.status === 403 ? 403 : 404, { message: e.key });
		throw e;
	}
};
