import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
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
	const result = await attempt({}, () => groupForEdit(app, viewer, alliance.id, params.id));
	if (!result.ok) return { edit: null, topics: [], accounts: [], meetings: [] };
	const [topics, accounts, meetings] = await Promise.all([
		listTopicRefs(app, alliance.id),
		accountChoices(app, alliance.id),
		meetingsOf(app, viewer, alliance.id, params.id)
	]);
	return { edit: result.value, topics, accounts, meetings };
};

export const actions: Actions = {
	save: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(workingGroupSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveGroup(getApp(), viewer, alliance.id, params.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'common.saved' };
	},
	addMember: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(memberSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			addMember(getApp(), viewer, alliance.id, params.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'groups.member.added' };
	},
	removeMember: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(idSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			removeMember(getApp(), viewer, alliance.id, params.id, parsed.data.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'groups.member.removed' };
	},
	newMeeting: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(meetingSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveMeeting(getApp(), viewer, alliance.id, params.id, null, parsed.data)
		);
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/treffen/${result.value.id}`);
	},
	delete: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () => removeGroup(getApp(), viewer, alliance.id, params.id));
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/arbeitsgruppen`);
	}
};
