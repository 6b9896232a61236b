import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { patronPhotoAlt } from '#lib/server/alliances/alliance-profile.service.ts';
import { listAlliances } from '#lib/server/alliances/alliance.service.ts';
import { latestNews } from '#lib/server/content/news-read.service.ts';
import { nextHighlights } from '#lib/server/events/calendar/highlights.service.ts';
import { listCategories } from '#lib/server/offers/offer-category.service.ts';
import { allianceJsonLd } from '#lib/server/seo/structured-data.ts';
import { pageOnly } from '#lib/page-only.ts';

/** Home: the alliance's welcome, patron, motto, news and next events; or, on a multi-alliance
 *  instance without an alliance, the list of alliances. */
export const load: PageServerLoad = async ({ locals }) => {
	if (!locals.alliance) {
		const alliances = await listAlliances(getApp());
		return {
			events: [],
			news: [],
			lebenslagen: [],
			home: null,
			alliances: alliances.map((a) => ({ slug: a.slug, name: a.name, town: a.town })),
			jsonLd: null
		};
	}
	const a = locals.alliance;
	const [news, events, lebenslagen, photoAlt] = await Promise.all([
		latestNews(getApp(), a.id, 3),
		nextHighlights(getApp(), a.id, 4),
		listCategories(getApp(), a.id),
		patronPhotoAlt(getApp(), a)
	]);
	// Rendered on the server only (the home page ships no JavaScript): not serialised into it.
	return pageOnly({
		events: events.map((e) => ({
			title: e.title,
			path: e.path,
			start: e.start,
			allDay: e.allDay,
			cancelled: e.cancelled,
			placeName: e.placeName,
			district: e.district
		})),
		lebenslagen: lebenslagen.map((c) => ({ slug: c.slug, name: c.name })),
		news: news.map((n) => ({
			title: n.title,
			summary: n.summary,
			path: n.path,
			publishedAt: n.publishedAt
		})),
		home: {
			name: a.name,
			welcomeHtml: a.welcomeHtml,
			motto: a.motto,
			mottoSource: a.mottoSource,
			foundingYear: a.foundingYear,
			patron: { ...a.patron, photoAlt }
		},
		alliances: [],
		jsonLd: allianceJsonLd(getApp().publicUrl, a, locals.prefix)
	});
};
