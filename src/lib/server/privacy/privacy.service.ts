import { createHash } from 'node:crypto';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import type { Auth } from '../auth/auth.ts';
import * as repo from './privacy.repository.ts';
import { PRIVACY_SOURCES, type PrivacySource } from './sources.ts';

/*
 * Data protection requests (DSGVO Art. 15 and 17) of one alliance: coordinators find, export
 * and erase a person's data by e-mail address. Only this alliance's rows are ever read or
 * touched. Each request is recorded in the audit log with a hash of the address and the counts,
 * never with the address itself.
 */

export type PrivacyContext = Pick<ServiceContext, 'db'> & { auth: Auth };

export interface PrivacyRequest {
	allianceId: string;
	actor: Actor;
	email: string;
}

export type Counts = Record<string, number>;

export interface PrivacyExport {
	format: 'buendnis-privacy-export';
	version: 1;
	allianceId: string;
	email: string;
	createdAt: string;
	data: Record<string, unknown[]>;
}

const normalise = (email: string) => email.trim().toLowerCase();

/** How the audit log names the person: a hash, enough to see two requests were about one address. */
export function requestHash(allianceId: string, email: string): string {
	return createHash('sha256')
		.update(`privacy:${allianceId}:${normalise(email)}`)
		.digest('hex')
		.slice(0, 32);
}

function summary(counts: Counts): string {
	return Object.entries(counts)
		.map(([key, n]) => `${key}: ${n}`)
		.join(', ');
}

async function collect(
	ctx: PrivacyContext,
	allianceId: string,
	email: string,
	sources: readonly PrivacySource[]
): Promise<Record<string, unknown[]>> {
	const data: Record<string, unknown[]> = {};
	for (const source of sources) data[source.key] = await source.find(ctx, allianceId, email);
	return data;
}

const countsOf = (data: Record<string, unknown[]>): Counts =>
	Object.fromEntries(Object.entries(data).map(([key, rows]) => [key, rows.length]));

/** How many rows of each kind this alliance holds about the address (nothing is recorded). */
export async function lookUpPerson(
	ctx: PrivacyContext,
	input: PrivacyRequest,
	sources: readonly PrivacySource[] = PRIVACY_SOURCES
): Promise<Counts> {
	await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	return countsOf(await collect(ctx, input.allianceId, normalise(input.email), sources));
}

/** Art. 15: everything this alliance holds about the address, as one document; recorded. */
export async function exportPerson(
	ctx: PrivacyContext,
	input: PrivacyRequest,
	now = new Date(),
	sources: readonly PrivacySource[] = PRIVACY_SOURCES
): Promise<PrivacyExport> {
	await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	const email = normalise(input.email);
	const data = await collect(ctx, input.allianceId, email, sources);
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.actor.userId,
		action: 'export',
		entity: 'privacy_request',
		entityId: requestHash(input.allianceId, email),
		summary: summary(countsOf(data))
	});
	return {
		format: 'buendnis-privacy-export',
		version: 1,
		allianceId: input.allianceId,
		email,
		createdAt: now.toISOString(),
		data
	};
}

/**
 * Art. 17: erases or anonymises everything this alliance holds about the address. Every source
 * is checked first (the last coordinator cannot be removed), so a refusal changes nothing.
 */
export async function erasePerson(
	ctx: PrivacyContext,
	input: PrivacyRequest,
	now = new Date(),
	sources: readonly PrivacySource[] = PRIVACY_SOURCES
): Promise<Counts> {
	await assertAllianceRole(ctx.db, input.actor, input.allianceId, ['coordinator']);
	const email = normalise(input.email);
	for (const source of sources) await source.check?.(ctx, input.allianceId, email);
	const counts: Counts = {};
	const at = now.toISOString();
	for (const source of sources) {
		counts[source.key] = await source.erase(ctx, input.allianceId, email, at);
	}
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: input.actor.userId,
		action: 'erase',
		entity: 'privacy_request',
		entityId: requestHash(input.allianceId, email),
		summary: summary(counts)
	});
	return counts;
}

/** The latest recorded requests of this alliance (hash and counts only). */
export async function recentRequests(ctx: PrivacyContext, allianceId: string, actor: Actor) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	return repo.findPrivacyRequests(ctx.db, allianceId, 20);
}
