import type { LayoutServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { currentNavigation } from '#lib/server/content/page.service.ts';
import { brandLogo, siteAddress } from '#lib/server/alliances/brand.service.ts';
import { isEditor, isCoordinator, isAllianceMember } from '#lib/server/auth/permissions.ts';

/** Data every page needs: the alliance's face (name, colours, logo), navigation and who is signed in. */
export const load: LayoutServerLoad = async ({ locals }) => {
	const { alliance, viewer, prefix, locale } = locals;
	// Not yet public: visitors see the holding page only (no navigation), the team sees a banner.
	const preview =
		alliance && alliance.liveSince === null
			? isAllianceMember(viewer)
				? ('team' as const)
				: ('holding' as const)
			: null;
	const [nav, logo] = alliance
		? await Promise.all([
				preview !== 'holding' ? currentNavigation(getApp(), alliance) : Promise.resolve([]),
				brandLogo(getApp(), alliance)
			])
		: [[], null];
	return {
		locale,
		prefix,
		preview,
		site: alliance
			? {
					name: alliance.name,
					shortName: alliance.shortName,
					logoId: alliance.logoId,
					logo,
					url: siteAddress(getApp(), alliance, prefix),
					colors: alliance.colors,
					contact: alliance.contact,
					socialLinks: alliance.socialLinks,
					contentVersion: alliance.contentVersion
				}
			: null,
		nav,
		viewer: viewer
			? {
					name: viewer.name,
					role: viewer.role,
					canEdit: isEditor(viewer),
					canCoordinate: isCoordinator(viewer)
				}
			: null
	};
};
