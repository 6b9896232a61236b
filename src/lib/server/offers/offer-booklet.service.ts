import type { ServiceContext } from '../context.ts';
import { renderPdf, type PdfBlock } from '../pdf/pdf-document.ts';
import { ageText, costLabel } from '../../offers/format.ts';
import { listCategories } from './offer-category.service.ts';
import * as repo from './offer.repository.ts';
import { HIDDEN_AFTER_MONTHS, hydrate, monthsBefore } from './offer.service.ts';
import type { Offer, OfferCategory, OfferLocation, OpeningHours } from './offer.types.ts';

/*
 * The printable Familienwegweiser: every published offer that families may see (checked within
 * 24 months), or those of one Lebenslage, as a PDF booklet for the town hall's counter, the
 * midwife's waiting room or a family without internet. A title page with the alliance's name,
 * then one section per Lebenslage; each offer with provider, address, opening hours as text,
 * cost, languages and contact, and its address on the web (from the configured site URL).
 */

type BookletTranslate = (key: string, params?: Record<string, string | number>) => string;

export interface BookletOptions {
	/** A Lebenslage's slug, or '' for all */
	category: string;
	/** The alliance's public base URL from the configuration (siteUrlOf), no trailing slash */
	siteUrl: string;
	t: BookletTranslate;
	/** BCP 47 language of the labels, e.g. de-DE */
	lang: string;
	color?: string;
}

export interface Booklet {
	filename: string;
	bytes: Buffer;
}

/** Every offer of the booklet at most once per Lebenslage; more is not printed. */
const MAX_OFFERS = 2000;

/** "Montag–Freitag: 09:00–12:00 Uhr" per line; consecutive days with the same times joined. */
function hoursLines(t: BookletTranslate, hours: readonly OpeningHours[]): string[] {
	const perDay = [1, 2, 3, 4, 5, 6, 7].map((d) =>
		hours
			.filter((h) => h.weekday === d)
			.sort((a, b) => a.opens.localeCompare(b.opens))
			.map((h) => t('offers.time', { from: h.opens, to: h.closes }))
			.join(', ')
	);
	const lines: string[] = [];
	for (let i = 0; i < 7; i++) {
		const times = perDay[i];
		if (!times) continue;
		let j = i;
		while (j + 1 < 7 && perDay[j + 1] === times) j++;
		const days =
			j > i ? `${t(`offers.day.${i + 1}`)}–${t(`offers.day.${j + 1}`)}` : t(`offers.day.${i + 1}`);
		lines.push(`${days}: ${times}`);
		i = j;
	}
	return lines;
}

function address(l: OfferLocation): string {
	return [l.name, l.street, `${l.postalCode} ${l.city}`.trim(), l.district ? `(${l.district})` : '']
		.filter(Boolean)
		.join(', ');
}

function offerBlocks(o: Offer, options: BookletOptions): PdfBlock[] {
	const { t } = options;
	const rows: [string, string][] = [
		[t('offers.detail.provider'), o.provider.name],
		[t('offers.detail.forWhom'), ageText(t, o.minAgeMonths, o.maxAgeMonths)]
	];
	for (const l of o.locations) {
		rows.push([t('offers.booklet.address'), address(l)]);
		const hours = hoursLines(t, l.hours);
		rows.push([
			t('offers.detail.hours'),
			[hours.length ? hours.join('; ') : t('offers.detail.noHours'), l.hoursNote]
				.filter(Boolean)
				.join(' – ')
		]);
		if (l.wheelchair) rows.push([t('offers.detail.accessibility'), t('offers.detail.wheelchair')]);
	}
	rows.push(
		[t('offers.detail.cost'), [costLabel(t, o.costKind), o.costText].filter(Boolean).join(' – ')],
		[t('offers.detail.languages'), o.languages.map((code) => t(`offers.lang.${code}`)).join(', ')],
		[t('offers.detail.access'), o.access.map((a) => t(`offers.access.${a}`)).join(', ')],
		[t('offers.detail.contact'), o.contactName],
		[t('offers.detail.phone'), o.phone],
		[t('offers.detail.email'), o.email],
		[t('offers.detail.website'), o.url || o.provider.url],
		[t('offers.booklet.online'), `${options.siteUrl}/angebote/${o.slug}`]
	);
	return [
		{ kind: 'heading', level: 3, text: o.name },
		...(o.summary ? [{ kind: 'paragraph' as const, text: o.summary }] : []),
		{ kind: 'facts', rows },
		...(o.outdated
			? [{ kind: 'paragraph' as const, text: t('offers.outdatedLong'), muted: true }]
			: [])
	];
}

/** The booklet as PDF; null when the Lebenslage does not exist. */
export async function offerBooklet(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: { id: string; name: string },
	options: BookletOptions,
	now = new Date()
): Promise<Booklet | null> {
	const { t } = options;
	const categories = await listCategories(ctx, alliance.id);
	const only = options.category
		? (categories.find((c) => c.slug === options.category) ?? null)
		: null;
	if (options.category && !only) return null;
	const { rows } = await repo.searchOffers(ctx.db, alliance.id, {
		statuses: ['published'],
		checkedSince: monthsBefore(now, HIDDEN_AFTER_MONTHS),
		categoryId: only?.id,
		limit: MAX_OFFERS,
		offset: 0
	});
	const offers = await hydrate(ctx, alliance.id, rows, now);

	const sections: { category: OfferCategory | null; offers: Offer[] }[] = (
		only ? [only] : categories
	).map((category) => ({
		category,
		offers: offers.filter((o) => o.categories.some((c) => c.id === category.id))
	}));
	const without = only ? [] : offers.filter((o) => o.categories.length === 0);
	if (without.length) sections.push({ category: null, offers: without });
	const filled = sections.filter((s) => s.offers.length);

	const date = new Intl.DateTimeFormat(options.lang, {
		dateStyle: 'long',
		timeZone: 'Europe/Berlin'
	}).format(now);
	const title = only
		? t('offers.booklet.titleCategory', { name: only.name })
		: t('offers.booklet.title');
	const blocks: PdfBlock[] = [
		{ kind: 'paragraph', text: alliance.name, muted: true },
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: t('offers.booklet.intro') },
		{ kind: 'facts', rows: [[t('offers.booklet.asOf'), date]] },
		{
			kind: 'paragraph',
			text: t('offers.booklet.onlineText', { url: `${options.siteUrl}/angebote` })
		},
		{ kind: 'rule' }
	];
	if (!filled.length) blocks.push({ kind: 'paragraph', text: t('offers.booklet.empty') });
	if (filled.length > 1) {
		blocks.push(
			{ kind: 'heading', level: 2, text: t('offers.booklet.contents') },
			{
				kind: 'list',
				items: filled.map(
					(s) =>
						`${s.category?.name ?? t('offers.booklet.other')} (${
							s.offers.length === 1
								? t('offers.tileCountOne')
								: t('offers.tileCount', { n: s.offers.length })
						})`
				)
			}
		);
	}
	for (const s of filled) {
		blocks.push({ kind: 'pageBreak' });
		blocks.push({ kind: 'heading', level: 2, text: s.category?.name ?? t('offers.booklet.other') });
		if (s.category?.description)
			blocks.push({ kind: 'paragraph', text: s.category.description, muted: true });
		s.offers.forEach((o, i) => {
			if (i > 0) blocks.push({ kind: 'rule' });
			blocks.push(...offerBlocks(o, options));
		});
	}
	const bytes = await renderPdf(
		{
			title: `${title} – ${alliance.name}`,
			lang: options.lang,
			author: alliance.name,
			subject: title,
			footer: `${title} – ${alliance.name}`,
			pageLabel: t('offers.booklet.page'),
			color: options.color
		},
		blocks
	);
	return {
		filename: only ? `familienwegweiser-${only.slug}.pdf` : 'familienwegweiser.pdf',
		bytes
	};
}
