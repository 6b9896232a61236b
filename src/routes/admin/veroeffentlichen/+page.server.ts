import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formAction } from '#lib/server/http/action.ts';
import { getLegalPage } from '#lib/server/content/page.service.ts';
import { getAlliance } from '#lib/server/alliances/alliance.service.ts';
import {
	confirmPrivacy,
	goLive,
	launchState,
	regeneratePrivacy
} from '#lib/server/alliances/alliance-launch.service.ts';

/** The go-live checklist: what is still open before visitors see the site, and "go live". */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance: resolved } = requireCoordinator(locals, url);
	const app = getApp();
	// Read again: after an action in this request the resolved alliance is the one before it.
	const alliance = (await getAlliance(app, resolved.id)) ?? resolved;
	const privacy = await getLegalPage(app, alliance.id, 'privacy');
	return { state: await launchState(app, alliance), privacyPageId: privacy?.id ?? null };
};

export const actions: Actions = {
	regenerate: async ({ locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await regeneratePrivacy(getApp(), alliance, viewer);
			return { success: 'launch.admin.regenerated' };
		});
	},
	confirmPrivacy: async ({ locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await confirmPrivacy(getApp(), alliance, viewer);
			return { success: 'launch.admin.privacyConfirmed' };
		});
	},
	goLive: async ({ locals, url }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await goLive(getApp(), alliance, viewer);
			return { success: 'launch.admin.wentLive' };
		});
	}
};
