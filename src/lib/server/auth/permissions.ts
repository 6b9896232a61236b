import { timingSafeEqual } from 'node:crypto';
import { error, redirect } from '@sveltejs/kit';
import type { Alliance } from '../alliances/alliance.types.ts';
import {
	isCoordinatorStanding,
	isEditorStanding,
	isMemberStanding,
	isPartnerStanding,
	mayEditEvent,
	mayManagePartner
} from '../access/access.rules.ts';
import type { Viewer } from './viewer.ts';

/*
 * Every load, action and endpoint calls one of these named checks. They throw SvelteKit's
 * redirect (to the login) or a 403/404 error; they never trust anything but locals. The rules
 * themselves live in access/access.rules.ts, shared with the services' requireAccess
 * (access/access.service.ts), so that route and service cannot disagree.
 */

interface Locals {
	alliance: Alliance | null;
	viewer: Viewer | null;
	prefix: string;
}

export function isCoordinator(viewer: Viewer | null): boolean {
	return isCoordinatorStanding(viewer);
}

export function isEditor(viewer: Viewer | null): boolean {
	return isEditorStanding(viewer);
}

/** A member of this alliance in any role (coordinator, editor, partner contact) or an operator. */
export function isAllianceMember(viewer: Viewer | null): boolean {
	return isMemberStanding(viewer);
}

function isPlatformAdmin(viewer: Viewer | null): boolean {
	return viewer?.platformAdmin === true;
}

/**
 * Public on purpose (sign-in, password reset, sign-in link): anyone may call it. Named so that
 * every load and action visibly decides who may use it.
 */
export function allowAnyone(_locals: Locals): void {}

/** The request must belong to an alliance (404 otherwise). */
export function requireAlliance(locals: Locals): Alliance {
	if (!locals.alliance) error(404, 'error.notFound');
	return locals.alliance;
}

/** Signed in at all; otherwise to the login page, coming back afterwards. */
export function requireUser(locals: Locals, url: URL): Viewer {
	if (!locals.viewer) {
		const back = url.pathname + url.search;
		redirect(303, `${locals.prefix}/anmelden?weiter=${encodeURIComponent(back)}`);
	}
	return locals.viewer;
}

/** Coordinators and editors of this alliance (and platform admins): site content. */
export function requireEditor(locals: Locals, url: URL): { alliance: Alliance; viewer: Viewer } {
	const alliance = requireAlliance(locals);
	const viewer = requireUser(locals, url);
	if (!isEditor(viewer)) error(403, 'error.forbidden');
	return { alliance, viewer };
}

/** Coordinators of this alliance (and platform admins): profile, people, settings. */
export function requireCoordinator(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	const alliance = requireAlliance(locals);
	const viewer = requireUser(locals, url);
	if (!isCoordinator(viewer)) error(403, 'error.forbidden');
	return { alliance, viewer };
}

/** Any member of this alliance (coordinator, editor, partner contact). */
function requireMember(locals: Locals, url: URL): { alliance: Alliance; viewer: Viewer } {
	const alliance = requireAlliance(locals);
	const viewer = requireUser(locals, url);
	if (!isMemberStanding(viewer)) error(403, 'error.forbidden');
	return { alliance, viewer };
}

/**
 * The admin area (/admin): coordinators, editors and platform admins. Partner contacts have
 * their own area and are sent there; signed-in people without a role here get a 403.
 */
export function requireStaff(locals: Locals, url: URL): { alliance: Alliance; viewer: Viewer } {
	const { alliance, viewer } = requireMember(locals, url);
	if (viewer.role === 'partner' && !viewer.platformAdmin) redirect(303, `${locals.prefix}/intern`);
	return { alliance, viewer };
}

/** Operators of the whole installation (Better Auth user role 'admin'): the platform area. */
export function requirePlatformAdmin(locals: Locals, url: URL): Viewer {
	const viewer = requireUser(locals, url);
	if (!isPlatformAdmin(viewer)) error(403, 'error.forbidden');
	return viewer;
}

// ---------- partner network ----------

/** A partner's contact person (member role 'partner') in this alliance. */
function isPartnerContact(viewer: Viewer | null): boolean {
	return isPartnerStanding(viewer);
}

/**
 * The internal area (/intern): partner contacts and the alliance's coordinators and editors.
 * Unlike requireStaff, partner contacts stay here.
 */
export function requireInternal(locals: Locals, url: URL): { alliance: Alliance; viewer: Viewer } {
	return requireMember(locals, url);
}

/** Pages that act for a partner (profile, colleagues): partner contacts and coordinators. */
export function requirePartnerContact(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	const { alliance, viewer } = requireMember(locals, url);
	if (!isPartnerContact(viewer) && !isCoordinator(viewer)) {
		error(403, 'error.forbidden');
	}
	return { alliance, viewer };
}

/**
 * May this person change the partner and see its internal contact data? Coordinators always;
 * a partner contact only for the partners they speak for (`ownPartnerIds`, from the database).
 */
export function canEditPartner(
	viewer: Viewer | null,
	partnerId: string,
	ownPartnerIds: readonly string[]
): boolean {
	return mayManagePartner(viewer, partnerId, ownPartnerIds);
}

/** 404 (not 403: nothing is revealed about other partners) unless canEditPartner. */
export function requireEditPartner(
	viewer: Viewer | null,
	partnerId: string,
	ownPartnerIds: readonly string[]
): void {
	if (!canEditPartner(viewer, partnerId, ownPartnerIds)) error(404, 'error.notFound');
}

// ---------- calendar workflows ----------

/** What the event checks below look at. */
export interface EventRef {
	/** null: the alliance's own event */
	organiserPartnerId: string | null;
}

/**
 * May this person change the event (content, registration, withdraw)? Coordinators and editors
 * every event of the alliance; a partner contact only events organised by a partner they speak
 * for (`partnerIdsOfViewer`, from the database). The services check the same again.
 */
export function canEditEvent(
	viewer: Viewer | null,
	event: EventRef,
	partnerIdsOfViewer: readonly string[]
): boolean {
	return mayEditEvent(viewer, [event.organiserPartnerId], partnerIdsOfViewer);
}

/** 404 (nothing is revealed about other partners' events) unless canEditEvent. */
export function requireEditEvent(
	viewer: Viewer | null,
	event: EventRef,
	partnerIdsOfViewer: readonly string[]
): void {
	if (!canEditEvent(viewer, event, partnerIdsOfViewer)) error(404, 'error.notFound');
}

/** The moderation queue (approve, edit, reject submitted events): coordinators and editors. */
export function requireModerator(locals: Locals, url: URL): { alliance: Alliance; viewer: Viewer } {
	return requireEditor(locals, url);
}

/**
 * Monitoring (/metrics): only with `Authorization: Bearer <METRICS_TOKEN>`; without a configured
 * token the endpoint does not exist. Compared in constant time.
 */
export function hasMetricsAccess(request: Request, token: string | undefined): boolean {
	if (!token) return false;
	const given = /^Bearer\s+(.+)$/i.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
	const a = Buffer.from(given);
	const b = Buffer.from(token);
	return a.length === b.length && timingSafeEqual(a, b);
}

// ---------- Familienwegweiser (offers) ----------

/** /admin/angebote: coordinators and editors add, edit, review and import offers; partner contacts go to /intern. */
export function requireOfferEditor(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	const { alliance, viewer } = requireStaff(locals, url);
	if (!isEditor(viewer)) error(403, 'error.forbidden');
	return { alliance, viewer };
}

/**
 * /intern/angebote: partner contacts keep their own partner's offers (and coordinators may look
 * in). Which offers a contact may touch the service checks against the database (404 otherwise).
 */
export function requireOwnOffers(locals: Locals, url: URL): { alliance: Alliance; viewer: Viewer } {
	return requirePartnerContact(locals, url);
}

// ---------- contact point for concerns, ideas board ----------

/**
 * The public concern form and the private status link: anyone on the alliance's site. The
 * status link's secret is the permission; the service answers null for an unknown one.
 */
export function allowPublicConcern(locals: Locals): Alliance {
	return requireAlliance(locals);
}

/** The concern inbox (/admin/anliegen): coordinators only — concerns hold families' data. */
export function requireConcernInbox(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	return requireCoordinator(locals, url);
}

/**
 * Concerns routed to a partner or working group (/intern/anliegen): members of the alliance;
 * the service shows each only what was routed to their partners and groups (404 otherwise).
 */
export function requireRoutedConcerns(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	return requireInternal(locals, url);
}

/** The public ideas board: anyone on the alliance's site (proposals need a confirmed address). */
export function allowPublicIdeas(locals: Locals): Alliance {
	return requireAlliance(locals);
}

/** Moderating and answering ideas (/admin/ideen): coordinators. */
export function requireIdeaModeration(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	return requireCoordinator(locals, url);
}

/** The public newsletter pages (subscribe, confirm, unsubscribe, archive): anyone on the site. */
export function allowPublicNewsletter(locals: Locals): Alliance {
	return requireAlliance(locals);
}

/** Writing and sending newsletter issues (/admin/newsletter): coordinators. */
export function requireNewsletterAdmin(
	locals: Locals,
	url: URL
): { alliance: Alliance; viewer: Viewer } {
	return requireCoordinator(locals, url);
}
