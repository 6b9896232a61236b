import type { LayoutServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { isCoordinator, requireInternal } from '#lib/server/auth/permissions.ts';
import { ownPartners } from '#lib/server/partners/partner-self.service.ts';

/**
 * The internal area: partner contacts and the alliance's coordinators and editors.
 * Each page below checks its own permission again.
 */
export const load: LayoutServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireInternal(locals, url);
	return {
		intern: {
			name: viewer.name,
			coordinator: isCoordinator(viewer),
			partners: await ownPartners(getApp(), alliance.id, viewer)
		}
	};
};
