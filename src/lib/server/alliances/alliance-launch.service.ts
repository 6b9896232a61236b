import type { ServiceContext } from '../context.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findPageByKind, updatePage } from '../content/page.repository.ts';
import { privacyFeatureKeys, privacyHtml, type PrivacyFeatures } from '../content/privacy-text.ts';
import { contentChanged } from './content-changed.ts';
import { findFeatureUse, setLaunchState } from './alliance-launch.repository.ts';
import type { Alliance } from './alliance.types.ts';
import { getAlliance } from './alliance.service.ts';
import { hasNewsletter } from '../newsletter/newsletter-issue.service.ts';

/*
 * An alliance goes public when it is ready. Until `live_since` is set, visitors see a holding
 * page (hooks.server.ts, launch-gate.ts); its members see the whole site. The go-live checklist
 * below decides when "go live" is allowed.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

type ChecklistKey = 'imprint' | 'contact' | 'privacy' | 'logo';

interface ChecklistItem {
	key: ChecklistKey;
	done: boolean;
	/** Required before going live; the logo is only recommended */
	required: boolean;
}

export interface LaunchState {
	live: boolean;
	liveSince: string | null;
	items: ChecklistItem[];
	ready: boolean;
	/** Functions the privacy policy covers (keys of launch.feature.*) */
	privacyCovers: string[];
}

export function isLive(alliance: Pick<Alliance, 'liveSince'>): boolean {
	return alliance.liveSince !== null;
}

function imprintComplete(alliance: Pick<Alliance, 'imprint'>): boolean {
	const i = alliance.imprint;
	return Boolean(i.provider && i.address && (i.email || i.phone) && i.responsible);
}

async function privacyFeatures(ctx: Pick<ServiceContext, 'db'>, allianceId: string) {
	const use = await findFeatureUse(ctx.db, allianceId);
	const features: PrivacyFeatures = {
		registrations: use.registrations,
		registrationRetentionDays: use.retentionDays,
		submissions: use.publicSubmissions,
		applications: true,
		// Mentioned only once the alliance has a newsletter (subscribers or issues).
		newsletter: await hasNewsletter(ctx, allianceId),
		// The ideas board is open on every site (home and "Machen Sie mit" lead to it).
		ideas: true,
		surveys: use.surveys,
		...(use.concernRetentionMonths !== null
			? { concernRetentionMonths: use.concernRetentionMonths }
			: {})
	};
	return features;
}

export async function launchState(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Alliance
): Promise<LaunchState> {
	const items: ChecklistItem[] = [
		{ key: 'imprint', done: imprintComplete(alliance), required: true },
		{ key: 'contact', done: Boolean(alliance.contact.email), required: true },
		{ key: 'privacy', done: alliance.privacyReviewedAt !== null, required: true },
		{ key: 'logo', done: alliance.logoId !== null, required: false }
	];
	return {
		live: isLive(alliance),
		liveSince: alliance.liveSince,
		items,
		ready: items.every((i) => i.done || !i.required),
		privacyCovers: privacyFeatureKeys(await privacyFeatures(ctx, alliance.id))
	};
}

/** Writes the privacy policy anew from the functions in use; it must be reviewed again. */
export async function regeneratePrivacy(
	ctx: Ctx,
	alliance: Alliance,
	actor: Actor,
	now = new Date()
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, alliance.id, ['coordinator']);
	const page = await findPageByKind(ctx.db, alliance.id, 'privacy');
	if (!page) throw new AppError('NOT_FOUND', 'error.notFound');
	const html = privacyHtml(
		{
			allianceName: alliance.name,
			imprint: alliance.imprint,
			contactEmail: alliance.contact.email,
			date: now
		},
		await privacyFeatures(ctx, alliance.id)
	);
	await updatePage(ctx.db, alliance.id, page.id, {
		body_html: html,
		updated_at: now.toISOString(),
		updated_by: actor.userId
	});
	await setLaunchState(ctx.db, alliance.id, { privacy_reviewed_at: null });
	await recordAudit(ctx, {
		allianceId: alliance.id,
		userId: actor.userId,
		action: 'update',
		entity: 'page',
		entityId: page.id,
		summary: 'Datenschutzerklärung neu erstellt'
	});
	await contentChanged(ctx, alliance.id);
}

/** A coordinator confirms having read the privacy policy. */
export async function confirmPrivacy(
	ctx: Ctx,
	alliance: Alliance,
	actor: Actor,
	now = new Date()
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, alliance.id, ['coordinator']);
	await setLaunchState(ctx.db, alliance.id, { privacy_reviewed_at: now.toISOString() });
	await recordAudit(ctx, {
		allianceId: alliance.id,
		userId: actor.userId,
		action: 'review',
		entity: 'privacy',
		summary: 'Datenschutzerklärung geprüft'
	});
	ctx.registry?.invalidate();
}

/** Makes the site public; refused while a required point of the checklist is open. */
export async function goLive(
	ctx: Ctx,
	alliance: Alliance,
	actor: Actor,
	now = new Date()
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, alliance.id, ['coordinator']);
	// The checklist as stored now, not as the caller last saw it.
	const current = (await getAlliance(ctx, alliance.id)) ?? alliance;
	if (isLive(current)) return;
	const state = await launchState(ctx, current);
	if (!state.ready) throw new AppError('CONFLICT', 'launch.error.notReady');
	await setLaunchState(ctx.db, alliance.id, { live_since: now.toISOString() });
	await recordAudit(ctx, {
		allianceId: alliance.id,
		userId: actor.userId,
		action: 'publish',
		entity: 'alliance',
		entityId: alliance.id,
		summary: alliance.name
	});
	await contentChanged(ctx, alliance.id);
}
