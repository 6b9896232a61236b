import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { withPrefix } from '#lib/server/content/links.ts';
import { requireAlliance, isEditor } from '#lib/server/auth/permissions.ts';
import { getLegalPage } from '#lib/server/content/page.service.ts';
import { withoutPlaceholders } from '#lib/server/content/privacy-text.ts';
import { allianceJsonLd } from '#lib/server/seo/structured-data.ts';

/** Impressum: the structured data from the alliance settings, then the page text. */
export const load: PageServerLoad = async ({ locals }) => {
	const alliance = requireAlliance(locals);
	const page = await getLegalPage(getApp(), alliance.id, 'imprint');
	const i = alliance.imprint;
	return {
		allianceName: alliance.name,
		contactEmail: alliance.contact.email,
		imprint: i,
		complete: Boolean(i.provider && i.address && (i.email || i.phone) && i.responsible),
		// Notes and "[Bitte ergänzen …]" marks of old templates are for the editors only.
		bodyHtml: withPrefix(
			isEditor(locals.viewer) ? (page?.bodyHtml ?? '') : withoutPlaceholders(page?.bodyHtml ?? ''),
			locals.prefix
		),
		pageId: page?.id ?? null,
		canEdit: isEditor(locals.viewer),
		jsonLd: allianceJsonLd(getApp().publicUrl, alliance, locals.prefix)
	};
};
