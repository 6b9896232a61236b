import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { pendingApplicationCount } from '#lib/server/partners/partner-application.service.ts';
import { partnerSettings, savePartnerSettings } from '#lib/server/partners/partner-self.service.ts';
import { pagePartnersForAdmin } from '#lib/server/partners/partner.service.ts';

/** The partners by name, 50 per page, searchable (?q=, ?seite=). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
	const rawPage = url.searchParams.get('seite') ?? '1';
	if (!/^\d{1,5}$/.test(rawPage)) error(404, { message: 'error.notFound' });
	const app = getApp();
	const [partners, settings, openApplications] = await Promise.all([
		pagePartnersForAdmin(app, viewer, alliance.id, { q, page: Number(rawPage) }),
		partnerSettings(app, alliance.id),
		pendingApplicationCount(app, alliance.id)
	]);
	const link = (page: number) => {
		const p = new URLSearchParams();
		if (q) p.set('q', q);
		if (page > 1) p.set('seite', String(page));
		const s = p.toString();
		return `/admin/partner${s ? `?${s}` : ''}`;
	};
	return {
		q,
		partners: partners.items,
		total: partners.total,
		all: partners.all,
		page: partners.page,
		pages: partners.pages,
		previous: partners.page > 1 ? link(partners.page - 1) : null,
		next: partners.page < partners.pages ? link(partners.page + 1) : null,
		settings,
		openApplications
	};
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
