import type { ServiceContext } from '../context.ts';
import type { PartnerFilters } from './partner.schema.ts';
import { compareNames, fold, indexLetter } from './partner-text.ts';
import type { PartnerDirectory, PublicPartner } from './partner.types.ts';
import type { TopicRef } from '../topics/topic.types.ts';
import { toPublicPartner } from './partner.service.ts';
import * as repo from './partner.repository.ts';
import { VersionedMemo } from '../cache/versioned-memo.ts';

/* Partners in public: the directory, one profile, partners by id (public data only). */

type ReadCtx = Pick<ServiceContext, 'db'>;

function topicsByPartner(
	rows: Awaited<ReturnType<typeof repo.findPartnerTopics>>
): Map<string, TopicRef[]> {
	const map = new Map<string, TopicRef[]>();
	for (const r of rows) {
		const list = map.get(r.partner_id) ?? [];
		list.push({ id: r.id, slug: r.slug, name: r.name });
		map.set(r.partner_id, list);
	}
	return map;
}

// ---------- public ----------

function matchesText(p: PublicPartner, words: string[]): boolean {
	if (!words.length) return true;
	const hay = fold(
		[p.name, p.district, p.city, p.contribution, p.descriptionHtml.replace(/<[^>]*>/g, ' ')]
			.concat(p.topics.map((t) => t.name))
			.join(' ')
	);
	return words.every((w) => hay.includes(w));
}

/** Partners per page of the public directory (long lists cost bytes on every visit). */
export const DIRECTORY_PAGE_SIZE = 60;

interface DirectoryBase {
	/** Every active partner with its topics, A–Z */
	partners: PublicPartner[];
	topics: TopicRef[];
	districts: string[];
}

async function readDirectoryBase(ctx: ReadCtx, allianceId: string): Promise<DirectoryBase> {
	const [topics, districts, rows, partnerTopics] = await Promise.all([
		repo.findTopics(ctx.db, allianceId),
		repo.findDistricts(ctx.db, allianceId),
		repo.findActivePublicPartners(ctx.db, allianceId),
		repo.findPartnerTopics(ctx.db, allianceId, null)
	]);
	const byPartner = topicsByPartner(partnerTopics);
	return {
		partners: rows
			.map((row) => toPublicPartner(row, byPartner.get(row.id) ?? []))
			.sort((a, b) => compareNames(a.name, b.name)),
		topics,
		districts: districts.map((d) => d.district)
	};
}

/**
 * The active partners change only with the alliance's content: with its content version the
 * directory reads and sorts them once per version (1,000 partners: 4 ms of queries and 2 ms of
 * sorting by German collation per render before), then filters and pages in memory.
 */
const directoryMemo = new VersionedMemo<DirectoryBase>(8 * 1024 * 1024);

/** The public directory: active partners, filtered by kind, topic, district and text, A–Z. */
export async function partnerDirectory(
	ctx: ReadCtx,
	allianceId: string,
	filters: PartnerFilters,
	/** A page of the directory (1-based); without it, every partner */
	paging: { page?: number; pageSize?: number; contentVersion?: number } = {}
): Promise<PartnerDirectory> {
	const base =
		paging.contentVersion === undefined
			? await readDirectoryBase(ctx, allianceId)
			: await directoryMemo.get(allianceId, paging.contentVersion, () =>
					readDirectoryBase(ctx, allianceId)
				);
	const { topics, districts } = base;
	const topic = filters.topic ? topics.find((t) => t.slug === filters.topic) : undefined;
	const words = fold(filters.q).split(/\s+/).filter(Boolean);
	const partners =
		filters.topic && !topic
			? []
			: base.partners.filter(
					(p) =>
						(!filters.kind || p.kind === filters.kind) &&
						(!filters.district || p.district === filters.district) &&
						(!topic || p.topics.some((t) => t.id === topic.id)) &&
						matchesText(p, words)
				);
	const pageSize = paging.page
		? (paging.pageSize ?? DIRECTORY_PAGE_SIZE)
		: Math.max(1, partners.length);
	const pages = Math.max(1, Math.ceil(partners.length / pageSize));
	const page = Math.min(Math.max(1, paging.page ?? 1), pages);
	const counts = new Map<string, { count: number; page: number }>();
	partners.forEach((p, i) => {
		const letter = indexLetter(p.name);
		const seen = counts.get(letter);
		if (seen) seen.count++;
		else counts.set(letter, { count: 1, page: Math.floor(i / pageSize) + 1 });
	});
	const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'].map((letter) => ({
		letter,
		count: counts.get(letter)?.count ?? 0,
		page: counts.get(letter)?.page ?? 1
	}));
	return {
		partners: partners.slice((page - 1) * pageSize, page * pageSize),
		total: partners.length,
		page,
		pages,
		letters,
		districts,
		topics
	};
}

/** One active partner's public profile, or null. */
export async function publicPartner(
	ctx: ReadCtx,
	allianceId: string,
	slug: string
): Promise<PublicPartner | null> {
	const row = await repo.findActivePublicPartnerBySlug(ctx.db, allianceId, slug);
	if (!row) return null;
	const topics = await repo.findPartnerTopics(ctx.db, allianceId, [row.id]);
	return toPublicPartner(row, topics);
}

/** Active partners by id (for projects, working groups, topics), public data only. */
export async function publicPartnersByIds(
	ctx: ReadCtx,
	allianceId: string,
	ids: string[]
): Promise<PublicPartner[]> {
	const rows = await repo.findActivePublicPartnersByIds(ctx.db, allianceId, ids);
	const byPartner = topicsByPartner(
		await repo.findPartnerTopics(
			ctx.db,
			allianceId,
			rows.map((r) => r.id)
		)
	);
	return rows.map((row) => toPublicPartner(row, byPartner.get(row.id) ?? []));
}
