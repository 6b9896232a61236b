import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { acceptInvitationSchema } from '#lib/server/accounts/account.schema.ts';
import {
	acceptAsSignedIn,
	acceptWithNewAccount,
	describeInvitation
} from '#lib/server/accounts/invitation.service.ts';
import { applyAuthCookies } from '#lib/server/auth/auth-cookies.ts';
import { requireAlliance, requireUser } from '#lib/server/auth/permissions.ts';

/*
 * The link from an invitation mail. The invitation id is the secret: whoever has it sees the
 * alliance, the role and the address it is for, and can create the account for that address.
 */

/** Where a new member starts: partner contacts in their own area, the team in the admin area. */
const welcome = (prefix: string, role: string) =>
	role === 'partner' ? `${prefix}/intern` : `${prefix}/admin?willkommen=1`;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const alliance = requireAlliance(locals);
	const invitation = await describeInvitation(getApp(), {
		invitationId: params.id.slice(0, 100),
		allianceId: alliance.id
	});
	const viewer = locals.viewer;
	return {
		invitation: {
			state: invitation.state,
			email: invitation.email,
			role: invitation.role,
			allianceName: invitation.allianceName,
			accountExists: invitation.accountExists
		},
		signedIn: viewer
			? {
					name: viewer.name,
					email: viewer.email,
					isRecipient: viewer.email.toLowerCase() === invitation.email.toLowerCase()
				}
			: null,
		here: url.pathname
	};
};

export const actions: Actions = {
	/** A new person: name + password, then signed in and on to the admin area. */
	register: async ({ request, locals, params, cookies }) => {
		const alliance = requireAlliance(locals);
		return formAction(request, acceptInvitationSchema, async ({ data }) => {
			const accepted = await acceptWithNewAccount(getApp(), {
				invitationId: params.id.slice(0, 100),
				allianceId: alliance.id,
				name: data.name,
				password: data.password,
				headers: request.headers
			});
			applyAuthCookies(cookies, accepted.setCookies);
			redirect(303, welcome(locals.prefix, accepted.role));
		});
	},

	/** Someone who already has an account and is signed in with the invited address. */
	accept: async ({ request, locals, params, url }) => {
		const alliance = requireAlliance(locals);
		const viewer = requireUser(locals, url);
		return formAction(request, async () => {
			const { role } = await acceptAsSignedIn(getApp(), {
				invitationId: params.id.slice(0, 100),
				allianceId: alliance.id,
				viewer,
				headers: request.headers
			});
			redirect(303, welcome(locals.prefix, role));
		});
	}
};
