import type { DB } from '../db/db.ts';
import type { SearchKind } from './search.table.ts';

/* SQL that reads every public, searchable thing of an alliance for the index. */

/** Offers unconfirmed this long are hidden from families (offers/offer.service.ts: 24 months). */
const OFFER_HIDDEN_AFTER_DAYS = 730;

/** One public thing as the index needs it, before its words are stemmed. */
export interface SearchSource {
	kind: SearchKind;
	refId: string;
	title: string;
	/** Text the words come from (HTML allowed: the service strips it) */
	body: string;
	/** Short text shown under the title in the results */
	excerpt: string;
	path: string;
	sortDate: string | null;
}

/** Every public, searchable thing of one alliance. */
export async function readSources(
	db: DB,
	allianceId: string,
	now: string
): Promise<SearchSource[]> {
	const hiddenBefore = new Date(
		Date.parse(now) - OFFER_HIDDEN_AFTER_DAYS * 86_400_000
	).toISOString();
	const [pages, news, events, partners, projects, topics, groups, documents, offers] =
		await Promise.all([
			db
				.selectFrom('page as p')
				.leftJoin('page as parent', 'parent.id', 'p.parent_id')
				.select([
					'p.id',
					'p.slug',
					'p.title',
					'p.summary',
					'p.body_html',
					'p.updated_at',
					'parent.slug as parent_slug'
				])
				.where('p.alliance_id', '=', allianceId)
				.where('p.kind', '=', 'page')
				.where('p.published', '=', 1)
				.execute(),
			db
				.selectFrom('news_post')
				.select(['id', 'slug', 'title', 'summary', 'body_html', 'published_at'])
				.where('alliance_id', '=', allianceId)
				.where('published_at', 'is not', null)
				.where('published_at', '<=', now)
				.execute(),
			db
				.selectFrom('event')
				.select([
					'id',
					'slug',
					'title',
					'summary',
					'description_html',
					'place_name',
					'district',
					'organiser_name',
					'start_utc'
				])
				.where('alliance_id', '=', allianceId)
				.where('status', 'in', ['published', 'cancelled'])
				.execute(),
			db
				.selectFrom('partner')
				.select(['id', 'slug', 'name', 'description_html', 'contribution', 'district', 'city'])
				.where('alliance_id', '=', allianceId)
				.where('status', '=', 'active')
				.execute(),
			db
				.selectFrom('project')
				.select(['id', 'slug', 'title', 'summary', 'description_html', 'goals', 'results'])
				.where('alliance_id', '=', allianceId)
				.where('published', '=', 1)
				.execute(),
			db
				.selectFrom('topic')
				.select(['id', 'slug', 'name', 'summary', 'description_html'])
				.where('alliance_id', '=', allianceId)
				.execute(),
			db
				.selectFrom('working_group')
				.select(['id', 'slug', 'name', 'summary', 'description_html'])
				.where('alliance_id', '=', allianceId)
				.execute(),
			db
				.selectFrom('file')
				.select(['id', 'title', 'original_name', 'description', 'created_at'])
				.where('alliance_id', '=', allianceId)
				.where('kind', '=', 'document')
				.where('listed', '=', 1)
				.execute(),
			db
				.selectFrom('offer')
				.select(['id', 'slug', 'name', 'summary', 'description', 'search_text'])
				.where('alliance_id', '=', allianceId)
				.where('status', '=', 'published')
				.where('last_checked_at', '>=', hiddenBefore)
				.execute()
		]);
	const out: SearchSource[] = [];
	for (const p of pages) {
		out.push({
			kind: 'page',
			refId: p.id,
			title: p.title,
			body: `${p.summary} ${p.body_html}`,
			excerpt: p.summary,
			path: p.parent_slug ? `/${p.parent_slug}/${p.slug}` : `/${p.slug}`,
			sortDate: null
		});
	}
	for (const n of news) {
		out.push({
			kind: 'news',
			refId: n.id,
			title: n.title,
			body: `${n.summary} ${n.body_html}`,
			excerpt: n.summary,
			path: `/neuigkeiten/${n.slug}`,
			sortDate: n.published_at
		});
	}
	for (const e of events) {
		out.push({
			kind: 'event',
			refId: e.id,
			title: e.title,
			body: `${e.summary} ${e.description_html} ${e.place_name} ${e.district} ${e.organiser_name}`,
			excerpt: e.summary,
			path: `/termine/${e.slug}`,
			sortDate: e.start_utc
		});
	}
	for (const p of partners) {
		out.push({
			kind: 'partner',
			refId: p.id,
			title: p.name,
			body: `${p.description_html} ${p.contribution} ${p.district} ${p.city}`,
			excerpt: p.contribution,
			path: `/partner/${p.slug}`,
			sortDate: null
		});
	}
	for (const p of projects) {
		out.push({
			kind: 'project',
			refId: p.id,
			title: p.title,
			body: `${p.summary} ${p.description_html} ${p.goals} ${p.results}`,
			excerpt: p.summary,
			path: `/projekte/${p.slug}`,
			sortDate: null
		});
	}
	for (const t of topics) {
		out.push({
			kind: 'topic',
			refId: t.id,
			title: t.name,
			body: `${t.summary} ${t.description_html}`,
			excerpt: t.summary,
			path: `/themen/${t.slug}`,
			sortDate: null
		});
	}
	for (const g of groups) {
		out.push({
			kind: 'group',
			refId: g.id,
			title: g.name,
			body: `${g.summary} ${g.description_html}`,
			excerpt: g.summary,
			path: `/arbeitsgruppen/${g.slug}`,
			sortDate: null
		});
	}
	for (const d of documents) {
		out.push({
			kind: 'document',
			refId: d.id,
			title: d.title || d.original_name,
			body: d.description,
			excerpt: d.description,
			path: `/dateien/${d.id}`,
			sortDate: null
		});
	}
	for (const o of offers) {
		out.push({
			kind: 'offer',
			refId: o.id,
			title: o.name,
			// search_text adds the provider, Lebenslagen, languages and place (already folded).
			body: `${o.summary} ${o.description} ${o.search_text}`,
			excerpt: o.summary,
			path: `/angebote/${o.slug}`,
			sortDate: null
		});
	}
	return out;
}
