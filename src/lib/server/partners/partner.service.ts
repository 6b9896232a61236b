import type { ServiceContext } from '../context.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { compareNames, htmlToPlain } from './partner-text.ts';
import type {
	PartnerListItem,
	PartnerProfileValues,
	PartnerRecord,
	PendingChange,
	PublicPartner
} from './partner.types.ts';
import type { TopicRef } from '../topics/topic.types.ts';
import * as repo from './partner.repository.ts';

/*
 * Partners: mapping rows to records, the coordinators' list and one record, and the fields a
 * pending change would alter. The public directory is in partner-directory.service.ts, creating
 * and editing records in partner-edit.service.ts, self-service (partner contacts) in
 * partner-self.service.ts, applications in partner-application.service.ts, contacts and
 * invitations in partner-contact.service.ts.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;

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

/** Partners per page of the coordinators' list. */
export const ADMIN_PAGE_SIZE = 50;

/**
 * One page of the coordinators' partner list, searched by name, district or kind: an alliance
 * with a thousand partners is not one table of a thousand rows (issue 14: 450 KB and 33 ms).
 */
export async function pagePartnersForAdmin(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	options: { q?: string; page?: number } = {}
): Promise<{ items: PartnerListItem[]; total: number; all: number; page: number; pages: number }> {
	const list = await listPartnersForAdmin(ctx, actor, allianceId);
	const words = (options.q ?? '').toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
	const found = words.length
		? list.filter((p) => {
				const text = `${p.name} ${p.district}`.toLocaleLowerCase('de');
				return words.every((w) => text.includes(w));
			})
		: list;
	const pages = Math.max(1, Math.ceil(found.length / ADMIN_PAGE_SIZE));
	const page = Math.min(Math.max(1, options.page ?? 1), pages);
	return {
		items: found.slice((page - 1) * ADMIN_PAGE_SIZE, page * ADMIN_PAGE_SIZE),
		total: found.length,
		all: list.length,
		page,
		pages
	};
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

/**
 * Every partner of the alliance (applications and former partners included) as a choice of the
 * staff's forms (organiser, import, widget): the routes that offer them have checked that the
 * viewer is staff.
 */
export async function listPartnerChoices(
	ctx: ReadCtx,
	allianceId: string
): Promise<{ id: string; slug: string; name: string; status: string }[]> {
	const rows = await repo.findPartnersForAdmin(ctx.db, allianceId);
	return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, status: r.status }));
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
