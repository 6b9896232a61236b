import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	invitationIdSchema,
	inviteSchema,
	memberIdSchema,
	memberRoleSchema
} from '#lib/server/accounts/account.schema.ts';
import { cancelInvitation, inviteMember } from '#lib/server/accounts/invitation.service.ts';
import { changeMemberRole, listPeople, removeMember } from '#lib/server/accounts/member.service.ts';
import { siteLink } from '#lib/server/accounts/site-link.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const people = await listPeople(getApp(), viewer, alliance.id);
	return { ...people, me: viewer.userId };
};

/** Runs a service call; a broken rule becomes a form message, anything else stays an error. */
async function attempt<T>(form: FormData, run: () => Promise<T>) {
	try {
		await run();
		return null;
	} catch (error) {
		if (isRuleError(error)) return ruleFailure(error, form);
		throw error;
	}
}

export const actions: Actions = {
	invite: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(inviteSchema, form);
		if (!parsed.ok) return parsed.failure;
		const failed = await attempt(form, () =>
			inviteMember(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				email: parsed.data.email,
				role: parsed.data.role,
				link: siteLink(siteUrlOf(locals), alliance, locals.locale)
			})
		);
		return failed ?? { success: 'accounts.people.invited', params: { email: parsed.data.email } };
	},

	cancel: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(invitationIdSchema, form);
		if (!parsed.ok) return parsed.failure;
		const failed = await attempt(form, () =>
			cancelInvitation(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				invitationId: parsed.data.invitationId
			})
		);
		return failed ?? { success: 'accounts.people.canceled' };
	},

	role: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(memberRoleSchema, form);
		if (!parsed.ok) return parsed.failure;
		const failed = await attempt(form, () =>
			changeMemberRole(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				memberId: parsed.data.memberId,
				role: parsed.data.role
			})
		);
		return failed ?? { success: 'accounts.people.roleChanged' };
	},

	remove: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(memberIdSchema, form);
		if (!parsed.ok) return parsed.failure;
		const failed = await attempt(form, () =>
			removeMember(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				memberId: parsed.data.memberId
			})
		);
		return failed ?? { success: 'accounts.people.removed' };
	}
};
