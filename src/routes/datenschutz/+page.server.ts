import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { withPrefix } from '#lib/server/content/links.ts';
import { requireAlliance, isEditor } from '#lib/server/auth/permissions.ts';
import { getLegalPage } from '#lib/server/content/page.service.ts';
import { withoutPlaceholders } from '#lib/server/content/privacy-text.ts';

/** The privacy policy (Datenschutzerklärung), a page the coordinators complete. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const page = await getLegalPage(getApp(), alliance.id, 'privacy');
	return {
		allianceName: alliance.name,
		title: page?.title ?? '',
		// Notes and "[Bitte ergänzen …]" marks of old templates are for the editors only.
		bodyHtml: withPrefix(
			isEditor(locals.viewer) ? (page?.bodyHtml ?? '') : withoutPlaceholders(page?.bodyHtml ?? ''),
			locals.prefix
		),
		pageId: page?.id ?? null,
		canEdit: isEditor(locals.viewer)
	};
};
