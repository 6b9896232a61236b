import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { idSchema } from '#lib/server/http/id.schema.ts';
import { listTopicRefs } from '#lib/server/topics/topic.service.ts';
import { meetingsOf, saveMeeting } from '#lib/server/working-groups/meeting.service.ts';
import {
	meetingSchema,
	memberSchema,
	workingGroupSchema
} from '#lib/server/working-groups/working-group.schema.ts';
import {
	accountChoices,
	addMember,
	groupForEdit,
	removeGroup,
	removeMember,
	saveGroup
} from '#lib/server/working-groups/working-group.service.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const app = getApp();
	const result = await orErrorPage(groupForEdit(app, viewer, alliance.id, params.id));
	const [topics, accounts, meetings] = await Promise.all([
		listTopicRefs(app, alliance.id),
		accountChoices(app, alliance.id),
		meetingsOf(app, viewer, alliance.id, params.id)
	]);
	return { edit: result, topics, accounts, meetings };
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, workingGroupSchema, async ({ data }) => {
			await saveGroup(getApp(), viewer, alliance.id, params.id, data);
			return { ok: true, success: 'common.saved' };
		});
	},
	addMember: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, memberSchema, async ({ data }) => {
			await addMember(getApp(), viewer, alliance.id, params.id, data);
			return { ok: true, success: 'groups.member.added' };
		});
	},
	removeMember: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, idSchema, async ({ data }) => {
			await removeMember(getApp(), viewer, alliance.id, params.id, data.id);
			return { ok: true, success: 'groups.member.removed' };
		});
	},
	newMeeting: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, meetingSchema, async ({ data }) => {
			const result = await saveMeeting(getApp(), viewer, alliance.id, params.id, null, data);
			redirect(303, `${locals.prefix}/admin/treffen/${result.id}`);
		});
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await removeGroup(getApp(), viewer, alliance.id, params.id);
			redirect(303, `${locals.prefix}/admin/arbeitsgruppen`);
		});
	}
};
