import type { ServiceContext } from '../context.ts';
import { assertSameAlliance } from '../access/access.service.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { RuleError } from '../auth/rule-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { storeImage } from '../uploads/upload.service.ts';
import type { PartnerKind } from './partner.table.ts';
import * as repo from './partner.repository.ts';
import type { PartnerAdminInput, PartnerFilters } from './partner.schema.ts';
import {
	compareNames,
	fold,
	htmlToPlain,
	indexLetter,
	slugify,
	textToHtml
} from './partner-text.ts';
import type {
	PartnerDirectory,
	PartnerListItem,
	PartnerProfileValues,
	PartnerRecord,
	PendingChange,
	PublicPartner,
	TopicRef
} from './partner.types.ts';

/*
 * Partners: the public directory and profile pages, and the coordinators' records.
 * Self-service (partner contacts) is in partner-self.service.ts, applications in
 * partner-application.service.ts, contacts and invitations in partner-contact.service.ts.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

export function toPublicPartner(row: repo.PublicPartnerRow, topics: TopicRef[]): PublicPartner {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		kind: row.kind,
		descriptionHtml: row.description_html,
		contribution: row.contribution,
		logoId: row.logo_id,
		street: row.street,
		postalCode: row.postal_code,
		city: row.city,
		district: row.district,
		website: row.website,
		publicEmail: row.public_email,
		publicPhone: row.public_phone,
		joinedOn: row.joined_on,
		topics
	};
}

function parsePending(row: repo.PartnerRow): PendingChange | null {
	if (!row.pending_changes) return null;
	try {
		return {
			values: JSON.parse(row.pending_changes) as PartnerProfileValues,
			at: row.pending_at ?? '',
			byUserId: row.pending_by
		};
	} catch {
		return null;
	}
}

export function toPartnerRecord(row: repo.PartnerRow, topics: TopicRef[]): PartnerRecord {
	return {
		...toPublicPartner(row, topics),
		internal: {
			contactName: row.internal_contact_name,
			email: row.internal_email,
			phone: row.internal_phone,
			notes: row.internal_notes
		},
		status: row.status,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		pending: parsePending(row)
	};
}

/** The form values of a record (descriptions as plain text). */
export function profileValuesOf(record: PartnerRecord): PartnerProfileValues {
	return {
		name: record.name,
		kind: record.kind,
		description: htmlToPlain(record.descriptionHtml),
		contribution: record.contribution,
		street: record.street,
		postalCode: record.postalCode,
		city: record.city,
		district: record.district,
		website: record.website,
		publicEmail: record.publicEmail,
		publicPhone: record.publicPhone,
		internalContactName: record.internal.contactName,
		internalEmail: record.internal.email,
		internalPhone: record.internal.phone,
		topics: record.topics.map((t) => t.id)
	};
}

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

/** The public directory: active partners, filtered by kind, topic, district and text, A–Z. */
/** Partners per page of the public directory (long lists cost bytes on every visit). */
export const DIRECTORY_PAGE_SIZE = 60;

export async function partnerDirectory(
	ctx: ReadCtx,
	allianceId: string,
	filters: PartnerFilters,
	/** A page of the directory (1-based); without it, every partner */
	paging: { page?: number; pageSize?: number } = {}
): Promise<PartnerDirectory> {
	const [topics, districts] = await Promise.all([
		repo.findTopics(ctx.db, allianceId),
		repo.findDistricts(ctx.db, allianceId)
	]);
	const topic = filters.topic ? topics.find((t) => t.slug === filters.topic) : undefined;
	let partners: PublicPartner[] = [];
	if (!filters.topic || topic) {
		const rows = await repo.findActivePublicPartners(ctx.db, allianceId, {
			kind: filters.kind,
			district: filters.district,
			topicId: topic?.id ?? null
		});
		// Few partners left after filtering: fetch only their topics; many: one query for all.
		const ids = rows.length > 300 ? null : rows.map((r) => r.id);
		const byPartner = topicsByPartner(await repo.findPartnerTopics(ctx.db, allianceId, ids));
		const words = fold(filters.q).split(/\s+/).filter(Boolean);
		partners = rows
			.map((row) => toPublicPartner(row, byPartner.get(row.id) ?? []))
			.filter((p) => matchesText(p, words))
			.sort((a, b) => compareNames(a.name, b.name));
	}
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
		districts: districts.map((d) => d.district),
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

export async function listTopics(ctx: ReadCtx, allianceId: string): Promise<TopicRef[]> {
	return repo.findTopics(ctx.db, allianceId);
}

// ---------- records (coordinators; self-service goes through partner-self.service.ts) ----------

/** The whole record. Callers have checked that the viewer may see it (canEditPartner). */
export async function partnerRecord(
	ctx: ReadCtx,
	allianceId: string,
	partnerId: string
): Promise<PartnerRecord | null> {
	const row = await repo.findPartnerById(ctx.db, allianceId, partnerId);
	if (!row) return null;
	const topics = await repo.findPartnerTopics(ctx.db, allianceId, [row.id]);
	return toPartnerRecord(row, topics);
}

export async function listPartnersForAdmin(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<PartnerListItem[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const rows = await repo.findPartnersForAdmin(ctx.db, allianceId);
	return rows
		.map((r) => ({
			id: r.id,
			slug: r.slug,
			name: r.name,
			kind: r.kind,
			district: r.district,
			status: r.status,
			hasPending: !!r.pending_at
		}))
		.sort((a, b) => compareNames(a.name, b.name));
}

export async function uniqueSlug(ctx: ReadCtx, allianceId: string, name: string): Promise<string> {
	const base = slugify(name, 'partner');
	let slug = base;
	for (let n = 2; await repo.slugTaken(ctx.db, allianceId, slug); n++) slug = `${base}-${n}`;
	return slug;
}

export interface NewPartner {
	name: string;
	kind: PartnerKind;
	description?: string;
	contribution?: string;
	street?: string;
	postalCode?: string;
	city?: string;
	district?: string;
	website?: string;
	publicEmail?: string;
	publicPhone?: string;
	internalContactName?: string;
	internalEmail?: string;
	internalPhone?: string;
	internalNotes?: string;
	joinedOn?: string | null;
	topics?: string[];
	logoId?: string | null;
}

/** Inserts a partner without a permission check: for services that checked already, and seeds. */
export async function insertPartnerRecord(
	ctx: ReadCtx,
	allianceId: string,
	input: NewPartner
): Promise<{ id: string; slug: string }> {
	const id = crypto.randomUUID();
	const slug = await uniqueSlug(ctx, allianceId, input.name);
	const now = new Date().toISOString();
	await repo.insertPartner(ctx.db, {
		id,
		alliance_id: allianceId,
		slug,
		name: input.name,
		kind: input.kind,
		description_html: textToHtml(input.description ?? ''),
		contribution: input.contribution ?? '',
		logo_id: input.logoId ?? null,
		street: input.street ?? '',
		postal_code: input.postalCode ?? '',
		city: input.city ?? '',
		district: input.district ?? '',
		website: input.website ?? '',
		public_email: input.publicEmail ?? '',
		public_phone: input.publicPhone ?? '',
		internal_contact_name: input.internalContactName ?? '',
		internal_email: input.internalEmail ?? '',
		internal_phone: input.internalPhone ?? '',
		internal_notes: input.internalNotes ?? '',
		joined_on: input.joinedOn || now.slice(0, 10),
		created_at: now,
		updated_at: now,
		pending_changes: null,
		pending_at: null,
		pending_by: null
	});
	if (input.topics?.length) {
		await repo.replacePartnerTopics(ctx.db, allianceId, id, input.topics);
	}
	return { id, slug };
}

/** Stores a logo upload; null when none was sent. Throws a RuleError for a bad file. */
export async function storeLogo(
	ctx: WriteCtx,
	allianceId: string,
	userId: string,
	file: File | null,
	partnerName: string
): Promise<string | null> {
	if (!file || file.size === 0) return null;
	const stored = await storeImage(ctx, allianceId, userId, file, {
		alt: `Logo: ${partnerName}`,
		maxWidth: 800
	});
	if (!stored.ok) throw new RuleError(stored.error, 400, 'logo');
	return stored.file.id;
}

export async function createPartner(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	input: PartnerAdminInput,
	logo: File | null
): Promise<{ id: string; slug: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'topic', field: 'topics', ids: input.topics }
	]);
	const logoId = await storeLogo(ctx, allianceId, actor.userId, logo, input.name);
	const created = await insertPartnerRecord(ctx, allianceId, { ...input, logoId });
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'create',
		entity: 'partner',
		entityId: created.id,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
	return created;
}

/** Writes profile values onto a partner (no permission check: callers check). */
export async function applyProfile(
	ctx: ReadCtx,
	allianceId: string,
	partnerId: string,
	values: PartnerProfileValues & { internalNotes?: string; joinedOn?: string },
	logo: { id: string | null } | null
): Promise<void> {
	await repo.updatePartner(ctx.db, allianceId, partnerId, {
		name: values.name,
		kind: values.kind,
		description_html: textToHtml(values.description),
		contribution: values.contribution,
		street: values.street,
		postal_code: values.postalCode,
		city: values.city,
		district: values.district,
		website: values.website,
		public_email: values.publicEmail,
		public_phone: values.publicPhone,
		internal_contact_name: values.internalContactName,
		internal_email: values.internalEmail,
		internal_phone: values.internalPhone,
		...(values.internalNotes !== undefined ? { internal_notes: values.internalNotes } : {}),
		...(values.joinedOn !== undefined ? { joined_on: values.joinedOn || null } : {}),
		...(logo ? { logo_id: logo.id } : {}),
		updated_at: new Date().toISOString()
	});
	await repo.replacePartnerTopics(ctx.db, allianceId, partnerId, values.topics);
}

export async function updatePartnerAsCoordinator(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	partnerId: string,
	input: PartnerAdminInput,
	logo: { file: File | null; remove: boolean }
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const existing = await repo.findPartnerById(ctx.db, allianceId, partnerId);
	if (!existing) throw new RuleError('error.notFound', 404);
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'topic', field: 'topics', ids: input.topics }
	]);
	const logoId = await storeLogo(ctx, allianceId, actor.userId, logo.file, input.name);
	await applyProfile(
		ctx,
		allianceId,
		partnerId,
		input,
		logoId ? { id: logoId } : logo.remove ? { id: null } : null
	);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'partner',
		entityId: partnerId,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
}

/** Deactivated partners disappear from public pages; their record and contacts stay. */
export async function setPartnerStatus(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	partnerId: string,
	status: 'active' | 'inactive'
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const existing = await repo.findPartnerById(ctx.db, allianceId, partnerId);
	if (!existing) throw new RuleError('error.notFound', 404);
	await repo.updatePartner(ctx.db, allianceId, partnerId, {
		status,
		updated_at: new Date().toISOString()
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: status === 'active' ? 'activate' : 'deactivate',
		entity: 'partner',
		entityId: partnerId,
		summary: existing.name
	});
	await contentChanged(ctx, allianceId);
}

/** The fields a pending change would alter, old and new, for the coordinators' review. */
export function pendingDiff(
	record: PartnerRecord,
	topics: TopicRef[]
): { at: string; rows: { field: string; old: string; new: string }[] } | null {
	if (!record.pending) return null;
	const before = profileValuesOf(record);
	const after = record.pending.values;
	const topicNames = (ids: string[]) =>
		ids
			.map((id) => topics.find((t) => t.id === id)?.name ?? '')
			.filter(Boolean)
			.join(', ');
	const rows: { field: string; old: string; new: string }[] = [];
	for (const key of Object.keys(before) as (keyof PartnerProfileValues)[]) {
		const oldValue = key === 'topics' ? topicNames(before.topics) : String(before[key] ?? '');
		const newValue = key === 'topics' ? topicNames(after.topics ?? []) : String(after[key] ?? '');
		if (oldValue !== newValue) rows.push({ field: key, old: oldValue, new: newValue });
	}
	if ((after as { logoId?: string }).logoId) rows.push({ field: 'logo', old: '', new: '✓' });
	return { at: record.pending.at, rows };
}
