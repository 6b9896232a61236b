import type { AccountContext } from '../accounts/account.context.ts';
import { inviteMember } from '../accounts/invitation.service.ts';
import {
	findAllAlliances,
	findAllianceById,
	findAllianceBySlug
} from '../alliances/alliance.repository.ts';
import { createAlliance, toAlliance } from '../alliances/alliance.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import type { Actor } from '../auth/actor.ts';
import type { LinkContext } from '../auth/link-context.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { isUniqueViolation } from '../content/db-errors.ts';
import type { ServiceContext } from '../context.ts';
import type { NewAllianceInput } from './platform.schema.ts';

/*
 * The operators' area: every alliance of the installation. Only platform admins (Better Auth
 * user role 'admin') get here; the services check it again.
 */

type Ctx = AccountContext & Pick<ServiceContext, 'registry'>;
type Operator = Actor & { name: string };

function assertOperator(actor: Actor): void {
	if (!actor.platformAdmin) throw new AppError('FORBIDDEN', 'error.forbidden');
}

export async function listAllAlliances(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor
): Promise<Alliance[]> {
	assertOperator(actor);
	return (await findAllAlliances(ctx.db)).map(toAlliance);
}

async function domainTaken(ctx: Pick<ServiceContext, 'db'>, domain: string): Promise<boolean> {
	const all = await findAllAlliances(ctx.db);
	return all.some((a) => a.domain?.toLowerCase() === domain);
}

/**
 * Creates an alliance and invites its first coordinator, who sets their own password. The
 * invitation link points at the new alliance's site (its domain, or /b/<slug>).
 */
export async function createAllianceWithCoordinator(
	ctx: Ctx,
	input: {
		actor: Operator;
		headers: Headers;
		alliance: NewAllianceInput;
		/** Where links in mails point, once the alliance exists */
		linkFor: (alliance: Alliance) => LinkContext;
	}
): Promise<Alliance> {
	assertOperator(input.actor);
	const data = input.alliance;
	if (await findAllianceBySlug(ctx.db, data.slug)) {
		throw new AppError('CONFLICT', 'admin.platform.error.slugTaken', 'slug');
	}
	if (data.domain && (await domainTaken(ctx, data.domain))) {
		throw new AppError('CONFLICT', 'admin.platform.error.domainTaken', 'domain');
	}
	let alliance: Alliance;
	try {
		alliance = await createAlliance(ctx, {
			name: data.name,
			slug: data.slug,
			town: data.town,
			domain: data.domain,
			// Visitors see a holding page until its coordinators go live (go-live checklist).
			live: false
		});
	} catch (error) {
		// Someone else took the slug or domain in the same moment.
		if (isUniqueViolation(error))
			throw new AppError('CONFLICT', 'admin.platform.error.slugTaken', 'slug');
		throw error;
	}
	ctx.registry?.invalidate();
	await recordAudit(ctx, {
		allianceId: alliance.id,
		userId: input.actor.userId,
		action: 'create',
		entity: 'alliance',
		entityId: alliance.id,
		summary: alliance.name
	});
	await inviteMember(ctx, {
		allianceId: alliance.id,
		actor: input.actor,
		headers: input.headers,
		email: data.coordinatorEmail,
		role: 'coordinator',
		link: input.linkFor(alliance)
	});
	return alliance;
}

/** Invites a coordinator into an existing alliance (e.g. when its coordinators have all left). */
export async function inviteCoordinator(
	ctx: Ctx,
	input: {
		actor: Operator;
		headers: Headers;
		allianceId: string;
		email: string;
		linkFor: (alliance: Alliance) => LinkContext;
	}
): Promise<Alliance> {
	assertOperator(input.actor);
	const row = await findAllianceById(ctx.db, input.allianceId);
	if (!row) throw new AppError('NOT_FOUND', 'admin.platform.error.notFound');
	const alliance = toAlliance(row);
	await inviteMember(ctx, {
		allianceId: alliance.id,
		actor: input.actor,
		headers: input.headers,
		email: input.email,
		role: 'coordinator',
		link: input.linkFor(alliance)
	});
	return alliance;
}
