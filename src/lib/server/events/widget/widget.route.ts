import type { Alliance } from '../../alliances/alliance.types.ts';
import type { ServiceContext } from '../../context.ts';
import { translate } from '../../../i18n/index.ts';
import { listPartnerChoices } from '../../partners/partner.service.ts';
import { ownPartners } from '../../partners/partner-self.service.ts';
import { listTopics } from '../../topics/topic.service.ts';
import { WIDGET_DEFAULT, WIDGET_MAX, widgetSnippet } from './widget.ts';

/**
 * The snippet generator (/admin/termine/widget, /intern/termine/widget): a GET form (partner,
 * topic, number, sizing) whose answer is the code to paste and a preview. Partner contacts
 * choose among their own partners only.
 */
export async function widgetGenerator(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Alliance,
	viewer: { userId: string; email: string },
	url: URL,
	/** the alliance's public base URL (http/site-url.ts) */
	siteUrl: string,
	locale: string,
	options: { staff: boolean }
) {
	const partners = options.staff
		? (await listPartnerChoices(ctx, alliance.id)).filter((p) => p.status === 'active')
		: await ownPartners(ctx, alliance.id, viewer);
	const topics = await listTopics(ctx, alliance.id);
	const params = url.searchParams;
	const partner =
		partners.find((p) => p.slug === params.get('partner'))?.slug ??
		(options.staff ? '' : (partners[0]?.slug ?? ''));
	const topic = topics.find((t) => t.slug === params.get('thema'))?.slug ?? '';
	const n = Number(params.get('anzahl'));
	const limit = Number.isInteger(n) && n >= 1 && n <= WIDGET_MAX ? n : WIDGET_DEFAULT;
	const autoSize = params.get('groesse') === 'auto';
	const query = new URLSearchParams();
	if (partner) query.set('partner', partner);
	if (topic) query.set('thema', topic);
	query.set('anzahl', String(limit));
	const snippet = widgetSnippet({
		siteUrl,
		origin: new URL(siteUrl).origin,
		query,
		limit,
		autoSize,
		title: translate(locale === 'en' ? 'en' : 'de', 'widget.iframeTitle', { name: alliance.name })
	});
	return {
		partners: partners.map((p) => ({ value: p.slug, label: p.name })),
		topics: topics.map((t) => ({ value: t.slug, label: t.name })),
		chosen: { partner, topic, limit, autoSize },
		mayChooseAll: options.staff,
		snippet
	};
}
