import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { z } from 'zod';
import { getApp } from '#lib/server/app.ts';
import { requireConcernInbox } from '#lib/server/auth/permissions.ts';
import { isAppError } from '#lib/server/app-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
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
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireConcernInbox(locals, url);
	try {
		return await concernDetail(getApp(), viewer, alliance.id, params.id);
	} catch (e) {
		if (isAppError(e)) error(e.status, e.key);
		throw e;
	}
};

async function act<S extends z.ZodType>(
	request: Request,
	schema: S,
	run: (data: z.infer<S>) => Promise<void>,
	success: string
) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(schema, form);
	if (!parsed.ok) return parsed.failure;
	try {
		await run(parsed.data);
	} catch (e) {
		if (isAppError(e)) return ruleFailure(e, form);
		throw e;
	}
	return { success };
}

export const actions: Actions = {
	assign: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return act(
			request,
			assignSchema,
			(d) => assignConcern(getApp(), viewer, alliance.id, params.id, d.userId),
			'concerns.admin.assigned.saved'
		);
	},
	route: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return act(
			request,
			routeSchema,
			(d) => routeConcern(getApp(), viewer, alliance, params.id, d.target, locals.prefix),
			'concerns.admin.routed'
		);
	},
	status: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return act(
			request,
			statusSchema,
			(d) => setConcernStatus(getApp(), viewer, alliance.id, params.id, d.status),
			'concerns.admin.statusSaved'
		);
	},
	note: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return act(
			request,
			noteSchema,
			(d) => addNote(getApp(), viewer, alliance.id, params.id, d.note),
			'concerns.admin.noteSaved'
		);
	},
	answer: async ({ locals, url, request, params }) => {
		const { alliance, viewer } = requireConcernInbox(locals, url);
		return act(
			request,
			answerSchema,
			(d) => answerConcern(getApp(), viewer, alliance, params.id, d, locals.prefix),
			'concerns.admin.answered'
		);
	}
};
