import type { ServiceContext } from '../context.ts';
import { assertSameAlliance } from '../access/access.service.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { storeImage } from '../uploads/upload-store.service.ts';
import type { PartnerKind } from './partner.table.ts';
import * as repo from './partner.repository.ts';
import type { PartnerAdminInput } from './partner.schema.ts';
import { slugify, textToHtml } from './partner-text.ts';
import type { PartnerProfileValues } from './partner.types.ts';

/* Coordinators create, edit and (de)activate partner records; seeds and other services insert
 * through insertPartnerRecord. */

type ReadCtx = Pick<ServiceContext, 'db'>;

type WriteCtx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

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

/** Stores a logo upload; null when none was sent. Throws a AppError for a bad file. */
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
	if (!stored.ok) throw new AppError('INVALID', stored.error, 'logo');
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
	if (!existing) throw new AppError('NOT_FOUND', 'error.notFound');
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
	if (!existing) throw new AppError('NOT_FOUND', 'error.notFound');
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
