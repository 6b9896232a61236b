import type { Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { assertCanManagePartner, partnerIdsOf } from '../partners/partner-contact.service.ts';
import { partnerSettings } from '../partners/partner-self.service.ts';
import * as repo from './offer.repository.ts';
import * as providerRepo from './offer-provider.repository.ts';
import { hydrate, offerById } from './offer.service.ts';
import { assertIdsOfAlliance, insertOfferValues, updateOfferValues } from './offer-write.ts';
import type { Offer, OfferValues } from './offer.types.ts';

/*
 * Partner contacts keep their own partner's offers in /intern/angebote. The approval choice is
 * the one of profile changes (partner settings "changes need approval"): without it a change is
 * public at once; with it, it waits as a pending change until a coordinator takes it over
 * (a new offer waits as a draft). Coordinators acting here are never held back.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;
type Viewer = Actor & { email: string };

/** The offers of every partner the person speaks for. */
export async function ownOffers(
	ctx: Pick<ServiceContext, 'db'>,
	viewer: Viewer,
	allianceId: string
): Promise<{ partners: { id: string; name: string }[]; offers: Offer[] }> {
	const ids = await partnerIdsOf(ctx, allianceId, viewer);
	const [partners, rows] = await Promise.all([
		providerRepo.findPartners(ctx.db, allianceId, ids),
		repo.findOffersForAdmin(ctx.db, allianceId, { partnerIds: ids })
	]);
	return {
		partners: partners.map((p) => ({ id: p.id, name: p.name })),
		offers: await hydrate(ctx, allianceId, rows)
	};
}

/** One of the person's own offers; 404 for anybody else's. */
export async function ownOffer(
	ctx: Pick<ServiceContext, 'db'>,
	viewer: Viewer,
	allianceId: string,
	id: string
): Promise<Offer> {
	const offer = await offerById(ctx, allianceId, id);
	if (!offer || !offer.partnerId) throw new AppError('NOT_FOUND', 'error.notFound');
	await assertCanManagePartner(ctx, viewer, allianceId, offer.partnerId);
	return offer;
}

async function needsApproval(ctx: Pick<ServiceContext, 'db'>, as: string, allianceId: string) {
	return as === 'contact' && (await partnerSettings(ctx, allianceId)).changesNeedApproval;
}

/** A partner contact adds an offer of their partner (values.partnerId must be theirs). */
export async function createOwnOffer(
	ctx: Ctx,
	viewer: Viewer,
	allianceId: string,
	values: OfferValues
): Promise<{ id: string; pending: boolean }> {
	if (!values.partnerId) throw new AppError('INVALID', 'offers.error.partner', 'partnerId');
	const as = await assertCanManagePartner(ctx, viewer, allianceId, values.partnerId);
	const pending = await needsApproval(ctx, as, allianceId);
	const { id } = await insertOfferValues(ctx.db, allianceId, values, {
		status: pending ? 'draft' : 'published'
	});
	if (pending) {
		await repo.updateOffer(ctx.db, allianceId, id, {
			pending_changes: JSON.stringify(values),
			pending_at: new Date().toISOString(),
			pending_by: viewer.userId
		});
	}
	await recordAudit(ctx, {
		allianceId,
		userId: viewer.userId,
		action: pending ? 'propose' : 'create',
		entity: 'offer',
		entityId: id,
		summary: values.name
	});
	if (!pending) await contentChanged(ctx, allianceId);
	return { id, pending };
}

/** A partner contact changes one of their offers; it may not be handed to another partner they do not speak for. */
export async function updateOwnOffer(
	ctx: Ctx,
	viewer: Viewer,
	allianceId: string,
	id: string,
	values: OfferValues
): Promise<{ pending: boolean }> {
	const offer = await ownOffer(ctx, viewer, allianceId, id);
	if (!values.partnerId) throw new AppError('INVALID', 'offers.error.partner', 'partnerId');
	const as = await assertCanManagePartner(ctx, viewer, allianceId, values.partnerId);
	const pending = await needsApproval(ctx, as, allianceId);
	if (pending) {
		await assertIdsOfAlliance(ctx.db, allianceId, values);
		await repo.updateOffer(ctx.db, allianceId, id, {
			pending_changes: JSON.stringify(values),
			pending_at: new Date().toISOString(),
			pending_by: viewer.userId
		});
	} else {
		await updateOfferValues(ctx.db, allianceId, id, values, {
			clearPending: true,
			...(offer.status === 'draft' ? { status: 'published' as const } : {})
		});
	}
	await recordAudit(ctx, {
		allianceId,
		userId: viewer.userId,
		action: pending ? 'propose' : 'update',
		entity: 'offer',
		entityId: id,
		summary: values.name
	});
	if (!pending) await contentChanged(ctx, allianceId);
	return { pending };
}
