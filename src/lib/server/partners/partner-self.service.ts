import { assertSameAlliance } from '../access/access.service.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { assertCanManagePartner, partnerIdsOf } from './partner-contact.service.ts';
import * as repo from './partner.repository.ts';
import type { PartnerProfileInput } from './partner.schema.ts';
import { applyProfile, storeLogo } from './partner-edit.service.ts';
import { partnerRecord } from './partner.service.ts';
import { publicPartnersByIds } from './partner-directory.service.ts';
import type { PartnerProfileValues, PartnerRecord } from './partner.types.ts';

/*
 * Partner self-service: a partner's contacts keep its profile current. When the coordinators
 * ask for it (setting "changes need approval"), a change waits as pending_changes until a
 * coordinator approves it; otherwise it is public at once.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry' | 'uploadDir'>;

export async function partnerSettings(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<{ changesNeedApproval: boolean }> {
	const row = await repo.findSetting(ctx.db, allianceId);
	return { changesNeedApproval: row?.changes_need_approval === 1 };
}

export async function savePartnerSettings(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	settings: { changesNeedApproval: boolean }
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	await repo.upsertSetting(ctx.db, allianceId, settings.changesNeedApproval);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'partner_setting',
		summary: settings.changesNeedApproval ? 'Änderungen mit Freigabe' : 'Änderungen ohne Freigabe'
	});
}

/**
 * The record as the partner's own contact sees it: internal contact data yes, the
 * coordinators' notes no. 404 for anybody who does not speak for this partner.
 */
export async function ownPartnerRecord(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	partnerId: string
): Promise<PartnerRecord> {
	const as = await assertCanManagePartner(ctx, actor, allianceId, partnerId);
	const record = await partnerRecord(ctx, allianceId, partnerId);
	if (!record || (as === 'contact' && record.status !== 'active')) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	if (as === 'contact') record.internal.notes = '';
	return record;
}

/** Saves a partner contact's change: at once, or as a pending change when approval is needed. */
export async function updateOwnProfile(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	partnerId: string,
	input: PartnerProfileInput,
	logoFile: File | null
): Promise<{ pending: boolean }> {
	const as = await assertCanManagePartner(ctx, actor, allianceId, partnerId);
	const existing = await repo.findPartnerById(ctx.db, allianceId, partnerId);
	if (!existing || (as === 'contact' && existing.status !== 'active')) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await assertSameAlliance(ctx, allianceId, [
		{ kind: 'topic', field: 'topics', ids: input.topics }
	]);
	const logoId = await storeLogo(ctx, allianceId, actor.userId, logoFile, input.name);
	const values: PartnerProfileValues & { logoId?: string } = {
		...input,
		...(logoId ? { logoId } : {})
	};
	const { changesNeedApproval } = await partnerSettings(ctx, allianceId);
	if (changesNeedApproval && as === 'contact') {
		await repo.updatePartner(ctx.db, allianceId, partnerId, {
			pending_changes: JSON.stringify(values),
			pending_at: new Date().toISOString(),
			pending_by: actor.userId
		});
		await recordAudit(ctx, {
			allianceId,
			userId: actor.userId,
			action: 'propose',
			entity: 'partner',
			entityId: partnerId,
			summary: input.name
		});
		return { pending: true };
	}
	await applyProfile(ctx, allianceId, partnerId, values, logoId ? { id: logoId } : null);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'partner',
		entityId: partnerId,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
	return { pending: false };
}

/** A coordinator takes over (approve) or discards (reject) a partner's pending change. */
export async function decidePendingChange(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	partnerId: string,
	approve: boolean
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const record = await partnerRecord(ctx, allianceId, partnerId);
	if (!record) throw new AppError('NOT_FOUND', 'error.notFound');
	if (!record.pending) throw new AppError('CONFLICT', 'partners.error.noPending');
	if (approve) {
		const values = record.pending.values as PartnerProfileValues & { logoId?: string };
		await applyProfile(
			ctx,
			allianceId,
			partnerId,
			values,
			values.logoId ? { id: values.logoId } : null
		);
	}
	await repo.updatePartner(ctx.db, allianceId, partnerId, {
		pending_changes: null,
		pending_at: null,
		pending_by: null
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: approve ? 'approve' : 'reject',
		entity: 'partner',
		entityId: partnerId,
		summary: record.name
	});
	if (approve) await contentChanged(ctx, allianceId);
}

/** The active partners a person speaks for (public data only), for the internal area. */
export async function ownPartners(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	viewer: { userId: string; email: string }
): Promise<{ id: string; slug: string; name: string }[]> {
	const ids = await partnerIdsOf(ctx, allianceId, viewer);
	const partners = await publicPartnersByIds(ctx, allianceId, ids);
	return partners.map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
}
