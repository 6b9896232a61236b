import type { AllianceRole } from '../auth/roles.ts';

/*
 * The rules of who may do what in an alliance, stated once. Pure functions over what is known
 * about the person: their role in the alliance, whether they operate the installation, and the
 * partners they speak for. Routes reach them through auth/permissions.ts (with the Viewer from
 * the session), services through access.service.ts (with the same facts read from the database).
 */

export interface Standing {
	/** Role in this alliance, or null when not a member */
	role: AllianceRole | null;
	/** Operator of the installation: may act in every alliance */
	platformAdmin: boolean;
}

/** Alliance administration: profile, people, settings, partners, applications. */
export function isCoordinatorStanding(who: Standing | null): boolean {
	return who?.role === 'coordinator' || who?.platformAdmin === true;
}

/** Site content, calendar and moderation: coordinators and editors. */
export function isEditorStanding(who: Standing | null): boolean {
	return isCoordinatorStanding(who) || who?.role === 'editor';
}

/** Any member of the alliance (coordinator, editor, partner contact) or an operator. */
export function isMemberStanding(who: Standing | null): boolean {
	return who?.role != null || who?.platformAdmin === true;
}

/** A partner's contact person in this alliance. */
export function isPartnerStanding(who: Standing | null): boolean {
	return who?.role === 'partner';
}

/**
 * May the person change the partner (profile, contacts, settings)? Coordinators every partner,
 * a partner contact only the partners they speak for.
 */
export function mayManagePartner(
	who: Standing | null,
	partnerId: string,
	ownPartnerIds: readonly string[]
): boolean {
	if (isCoordinatorStanding(who)) return true;
	return isPartnerStanding(who) && ownPartnerIds.includes(partnerId);
}

/**
 * May the person change events organised by `organiserPartnerIds` (null = the alliance itself;
 * on a change both the old and the new organiser)? Coordinators and editors every event; a
 * partner contact only events of partners they speak for.
 */
export function mayEditEvent(
	who: Standing | null,
	organiserPartnerIds: readonly (string | null)[],
	ownPartnerIds: readonly string[]
): boolean {
	if (isEditorStanding(who)) return true;
	return (
		isPartnerStanding(who) &&
		organiserPartnerIds.every((id) => id !== null && ownPartnerIds.includes(id))
	);
}
