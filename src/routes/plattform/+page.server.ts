import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allianceSiteLink } from '#lib/server/accounts/site-link.ts';
import { requirePlatformAdmin } from '#lib/server/auth/permissions.ts';
import { isRuleError } from '#lib/server/auth/rule-error.ts';
import { ruleFailure } from '#lib/server/auth/rule-failure.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(newAllianceSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			const alliance = await createAllianceWithCoordinator(getApp(), {
				actor: viewer,
				headers: request.headers,
				alliance: parsed.data,
				linkFor: (a) => allianceSiteLink(getApp().publicUrl, a, locals.locale)
			});
			return {
				success: 'admin.platform.created',
				params: { name: alliance.name, email: parsed.data.coordinatorEmail }
			};
		} catch (error) {
			if (isRuleError(error)) return ruleFailure(error, form);
			throw error;
		}
	},

	invite: async ({ request, locals, url }) => {
		const viewer = requirePlatformAdmin(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(inviteCoordinatorSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			await inviteCoordinator(getApp(), {
				actor: viewer,
				headers: request.headers,
				allianceId: parsed.data.allianceId,
				email: parsed.data.email,
				linkFor: (a) => allianceSiteLink(getApp().publicUrl, a, locals.locale)
			});
			return { success: 'admin.platform.invited', params: { email: parsed.data.email } };
		} catch (error) {
			if (isRuleError(error)) return ruleFailure(error, form);
			throw error;
		}
	},

	delete: async ({ request, locals, url }) => {
		const viewer = requirePlatformAdmin(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(deleteAllianceSchema, form);
		if (!parsed.ok) return parsed.failure;
		try {
			const { name } = await deleteAllianceForGood(getApp(), {
				actor: viewer,
				allianceId: parsed.data.allianceId,
				confirmSlug: parsed.data.confirm
			});
			return { success: 'launch.platform.deleted', params: { name } };
		} catch (error) {
			if (isRuleError(error)) return ruleFailure(error, form);
			throw error;
		}
	}
};
