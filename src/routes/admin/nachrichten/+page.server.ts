import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
import {
	RETENTION_DAYS,
	deleteMessage,
	listMessages,
	messageActionSchema,
	setMessageDone
} from '#lib/server/contact/contact-inbox.service.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const onlyNew = url.searchParams.get('nur') === 'neu';
	return {
		messages: await listMessages(getApp(), viewer, alliance.id, { onlyNew }),
		onlyNew,
		retentionDays: RETENTION_DAYS
	};
};

async function act(request: Request, run: (id: string) => Promise<void>, success: string) {
	const form = await readForm(request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(messageActionSchema, form);
	if (!parsed.ok) return parsed.failure;
	try {
		await run(parsed.data.id);
	} catch (error) {
		if (isRuleError(error)) return ruleFailure(error, form);
		throw error;
	}
	return { success };
}

export const actions: Actions = {
	done: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return act(
			request,
			(id) => setMessageDone(getApp(), viewer, alliance.id, id, true),
			'admin.messages.updated'
		);
	},
	reopen: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return act(
			request,
			(id) => setMessageDone(getApp(), viewer, alliance.id, id, false),
			'admin.messages.updated'
		);
	},
	delete: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return act(
			request,
			(id) => deleteMessage(getApp(), viewer, alliance.id, id),
			'admin.messages.deleted'
		);
	}
};
