import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { siteUrlOf } from '#lib/server/http/site-url.ts';
import { offerBooklet } from '#lib/server/offers/offer-booklet.service.ts';
import { translate } from '#lib/i18n/index.ts';

/** The printable Familienwegweiser (all Lebenslagen, or ?lebenslage=<slug>) as a PDF. */
export const GET: RequestHandler = async ({ locals, url }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const category = (url.searchParams.get('lebenslage') ?? '').trim().slice(0, 100);
	const locale = locals.locale;
	const booklet = await offerBooklet(getApp(), alliance, {
		category,
		siteUrl: siteUrlOf(locals),
		t: (key, params) => translate(locale, key, params),
		lang: locale === 'de' ? 'de-DE' : 'en',
		color: /^#[0-9a-f]{6}$/i.test(alliance.colors.primary) ? alliance.colors.primary : undefined
	});
	if (!booklet) error(404, 'error.notFound');
	return new Response(new Uint8Array(booklet.bytes), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="${booklet.filename}"`,
			'cache-control': 'public, max-age=300',
			// German or English by the visitor's language cookie: caches keep one per language.
			vary: 'Cookie'
		}
	});
};
