import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { pendingApplicationCount } from '#lib/server/partners/partner-application.service.ts';
import { partnerSettings, savePartnerSettings } from '#lib/server/partners/partner-self.service.ts';
import { listPartnersForAdmin } from '#lib/server/partners/partner.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const app = getApp();
	const [partners, settings, openApplications] = await Promise.all([
		listPartnersForAdmin(app, viewer, alliance.id),
		partnerSettings(app, alliance.id),
		pendingApplicationCount(app, alliance.id)
	]);
	return { partners, settings, openApplications };
};

export const actions: Actions = {
	settings: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			await savePartnerSettings(getApp(), viewer, alliance.id, {
				changesNeedApproval: form.get('changesNeedApproval') === 'on'
			});
			return { ok: true, success: 'partners.admin.settingsSaved' };
		});
	}
};
