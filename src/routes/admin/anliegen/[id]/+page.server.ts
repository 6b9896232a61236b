import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireConcernInbox } from '#lib/server/auth/permissions.ts';
import {
	addNote,
	answerConcern,
	assignConcern,
	concernDetail,
	routeConcern,
	setConcernStatus
} from '#lib/server/concerns/concern-inbox.service.ts';
import {
	answerSchema,
	assignSchema,
	noteSchema,
	routeSchema,
	statusSchema
} from '#lib/server/concerns/concern.schema.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireConcernInbox(locals, url);
	return orErrorPage(concernDetail(getApp(), viewer, alliance.id, params.id));
};

export const actions: Actions = {
	assign: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return formAction(request, assignSchema, async ({ data: d }) => {
			await assignConcern(getApp(), viewer, alliance.id, params.id, d.userId);
			return { success: 'concerns.admin.assigned.saved' };
		});
	},
	route: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return formAction(request, routeSchema, async ({ data: d }) => {
			await routeConcern(getApp(), viewer, alliance, params.id, d.target, locals.prefix);
			return { success: 'concerns.admin.routed' };
		});
	},
	status: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return formAction(request, statusSchema, async ({ data: d }) => {
			await setConcernStatus(getApp(), viewer, alliance.id, params.id, d.status);
			return { success: 'concerns.admin.statusSaved' };
		});
	},
	note: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return formAction(request, noteSchema, async ({ data: d }) => {
			await addNote(getApp(), viewer, alliance.id, params.id, d.note);
			return { success: 'concerns.admin.noteSaved' };
		});
	},
	answer: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return formAction(request, answerSchema, async ({ data: d }) => {
			await answerConcern(getApp(), viewer, alliance, params.id, d, locals.prefix);
			return { success: 'concerns.admin.answered' };
		});
	}
};
