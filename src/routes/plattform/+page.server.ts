import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { allianceSiteLink } from '#lib/server/accounts/site-link.ts';
import { requirePlatformAdmin } from '#lib/server/auth/permissions.ts';
import {
	deleteAllianceSchema,
	inviteCoordinatorSchema,
	newAllianceSchema
} from '#lib/server/platform/platform.schema.ts';
import { deleteAllianceForGood } from '#lib/server/platform/alliance-delete.service.ts';
import {
	createAllianceWithCoordinator,
	inviteCoordinator,
	listAllAlliances
} from '#lib/server/platform/platform.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePlatformAdmin(locals, url);
	const alliances = await listAllAlliances(getApp(), viewer);
	return {
		alliances: alliances.map((a) => ({
			id: a.id,
			name: a.name,
			slug: a.slug,
			town: a.town,
			domain: a.domain,
			live: a.liveSince !== null,
			site: allianceSiteLink(getApp().publicUrl, a, locals.locale).siteUrl
		}))
	};
};

export const actions: Actions = {
	create: async ({ request, locals, url }) => {
		const viewer = requirePlatformAdmin(locals, url);
		return formAction(request, newAllianceSchema, async ({ data }) => {
			const alliance = await createAllianceWithCoordinator(getApp(), {
				actor: viewer,
				headers: request.headers,
				alliance: data,
				linkFor: (a) => allianceSiteLink(getApp().publicUrl, a, locals.locale)
			});
			return {
				success: 'admin.platform.created',
				params: { name: alliance.name, email: data.coordinatorEmail }
			};
		});
	},

	invite: async ({ request, locals, url }) => {
		const viewer = requirePlatformAdmin(locals, url);
		return formAction(request, inviteCoordinatorSchema, async ({ data }) => {
			await inviteCoordinator(getApp(), {
				actor: viewer,
				headers: request.headers,
				allianceId: data.allianceId,
				email: data.email,
				linkFor: (a) => allianceSiteLink(getApp().publicUrl, a, locals.locale)
			});
			return { success: 'admin.platform.invited', params: { email: data.email } };
		});
	},

	delete: async ({ request, locals, url }) => {
		const viewer = requirePlatformAdmin(locals, url);
		return formAction(request, deleteAllianceSchema, async ({ data }) => {
			const { name } = await deleteAllianceForGood(getApp(), {
				actor: viewer,
				allianceId: data.allianceId,
				confirmSlug: data.confirm
			});
			return { success: 'launch.platform.deleted', params: { name } };
		});
	}
};
