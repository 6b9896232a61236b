import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
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
import { siteUrlOf } from '#lib/server/http/site-url.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const people = await listPeople(getApp(), viewer, alliance.id);
	return { ...people, me: viewer.userId };
};

export const actions: Actions = {
	invite: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, inviteSchema, async ({ data }) => {
			await inviteMember(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				email: data.email,
				role: data.role,
				link: siteLink(siteUrlOf(locals), alliance, locals.locale)
			});
			return { success: 'accounts.people.invited', params: { email: data.email } };
		});
	},

	cancel: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, invitationIdSchema, async ({ data }) => {
			await cancelInvitation(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				invitationId: data.invitationId
			});
			return { success: 'accounts.people.canceled' };
		});
	},

	role: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, memberRoleSchema, async ({ data }) => {
			await changeMemberRole(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				memberId: data.memberId,
				role: data.role
			});
			return { success: 'accounts.people.roleChanged' };
		});
	},

	remove: async ({ request, locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, memberIdSchema, async ({ data }) => {
			await removeMember(getApp(), {
				allianceId: alliance.id,
				actor: viewer,
				headers: request.headers,
				memberId: data.memberId
			});
			return { success: 'accounts.people.removed' };
		});
	}
};
