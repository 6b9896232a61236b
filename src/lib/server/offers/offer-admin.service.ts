import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './offer.repository.ts';
import * as redirectRepo from './offer-redirect.repository.ts';
import { mergedValues } from './offer-merge.ts';
import { hydrate, offerById, valuesOf } from './offer.service.ts';
import { insertOfferValues, updateInTransaction, updateOfferValues } from './offer-write.ts';
import type { OfferStatus } from './offer.table.ts';
import type { Offer, OfferValues } from './offer.types.ts';

/*
 * The coordinators' side of the Familienwegweiser: add, edit, publish or archive, delete, merge
 * two entries of one offer, and take over or discard what partner contacts proposed.
 * Coordinators and editors may do this.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;
const STAFF = ['coordinator', 'editor'] as const;

export async function listOffersForAdmin(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	options: { pendingOnly?: boolean } = {}
): Promise<Offer[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const rows = await repo.findOffersForAdmin(ctx.db, allianceId, options);
	return hydrate(ctx, allianceId, rows);
}

export async function offerForAdmin(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<Offer> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const offer = await offerById(ctx, allianceId, id);
	if (!offer) throw new AppError('NOT_FOUND', 'error.notFound');
	return offer;
}

export async function createOffer(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	values: OfferValues,
	status: OfferStatus = 'published'
): Promise<{ id: string; slug: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const created = await insertOfferValues(ctx.db, allianceId, values, { status });
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'create',
		entity: 'offer',
		entityId: created.id,
		summary: values.name
	});
	await contentChanged(ctx, allianceId);
	return created;
}

export async function updateOffer(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	values: OfferValues,
	status?: OfferStatus
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	await updateOfferValues(ctx.db, allianceId, id, values, { status });
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'offer',
		entityId: id,
		summary: values.name
	});
	await contentChanged(ctx, allianceId);
}

export async function deleteOffer(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const offer = await repo.findOfferById(ctx.db, allianceId, id);
	if (!offer) throw new AppError('NOT_FOUND', 'error.notFound');
	await repo.deleteOffer(ctx.db, allianceId, id);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'offer',
		entityId: id,
		summary: offer.name
	});
	await contentChanged(ctx, allianceId);
}

/** Takes over (approve: applied and published) or discards a partner contact's proposal. */
export async function decidePendingOffer(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	approve: boolean
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const offer = await offerById(ctx, allianceId, id);
	if (!offer) throw new AppError('NOT_FOUND', 'error.notFound');
	if (!offer.pending) throw new AppError('CONFLICT', 'offers.error.noPending');
	if (approve) {
		await updateOfferValues(ctx.db, allianceId, id, offer.pending.values, {
			status: 'published',
			clearPending: true
		});
	} else {
		await repo.updateOffer(ctx.db, allianceId, id, {
			pending_changes: null,
			pending_at: null,
			pending_by: null
		});
	}
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: approve ? 'approve' : 'reject',
		entity: 'offer',
		entityId: id,
		summary: offer.pending.values.name
	});
	if (approve) await contentChanged(ctx, allianceId);
}

/**
 * Two entries of the same offer become one: the entry kept gets what only the duplicate says
 * (offer-merge.ts), the duplicate is deleted. Both must be the alliance's.
 */
export async function mergeOffers(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	duplicateId: string,
	keptId: string
): Promise<{ keptSlug: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	if (duplicateId === keptId) throw new AppError('INVALID', 'offers.error.mergeSame');
	const [duplicate, kept] = await Promise.all([
		offerById(ctx, allianceId, duplicateId),
		offerById(ctx, allianceId, keptId)
	]);
	if (!duplicate || !kept) throw new AppError('NOT_FOUND', 'error.notFound');
	// Both or neither: a merge that stopped halfway would leave the duplicate beside its copy.
	await ctx.db.transaction().execute(async (trx) => {
		await updateInTransaction(
			trx,
			allianceId,
			kept.id,
			mergedValues(valuesOf(kept), valuesOf(duplicate)),
			{}
		);
		// Its printed QR code and bookmarks lead to the kept entry from now on.
		await redirectRepo.redirectOffer(
			trx,
			allianceId,
			duplicate.slug,
			duplicate.id,
			kept.id,
			new Date().toISOString()
		);
		await repo.deleteOffer(trx, allianceId, duplicate.id);
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'merge',
		entity: 'offer',
		entityId: kept.id,
		summary: `${duplicate.name} → ${kept.name}`
	});
	await contentChanged(ctx, allianceId);
	return { keptSlug: kept.slug };
}
