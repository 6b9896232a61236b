import type { BankDetails } from '../alliances/alliance.types.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './donation.repository.ts';
import type { PurposeInput } from './donation.schema.ts';
import type { DonationPurposeTable } from './donation.table.ts';
import type { Selectable } from 'kysely';
import { giroCodeSvg, isValidIban } from './girocode.ts';

/*
 * Donation purposes: what a transfer to the alliance's bank account is for. Each purpose has
 * its own remittance text, which goes into its GiroCode, an optional goal with the amount
 * reached so far (typed by coordinators: the platform processes no payments and tracks
 * nobody), and a thank-you text shown after "Ich habe überwiesen".
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
type WriteCtx = Pick<ServiceContext, 'db' | 'registry'>;

export interface DonationPurpose {
	id: string;
	title: string;
	body: string;
	goalCents: number | null;
	raisedCents: number | null;
	remittance: string;
	thanks: string;
	position: number;
	published: boolean;
}

function toPurpose(r: Selectable<DonationPurposeTable>): DonationPurpose {
	return {
		id: r.id,
		title: r.title,
		body: r.body,
		goalCents: r.goal_cents,
		raisedCents: r.raised_cents,
		remittance: r.remittance,
		thanks: r.thanks,
		position: r.position,
		published: r.published === 1
	};
}

/** Published purposes, each with its GiroCode (null when the bank details make none). */
export async function publicPurposes(
	ctx: ReadCtx,
	allianceId: string,
	bank: BankDetails
): Promise<(DonationPurpose & { girocode: string | null; percent: number | null })[]> {
	const rows = await repo.findPurposes(ctx.db, allianceId, { publishedOnly: true });
	const valid = isValidIban(bank.iban) && !!bank.holder.trim();
	return rows.map((r) => {
		const p = toPurpose(r);
		return {
			...p,
			girocode: valid ? giroCodeSvg({ ...bank, purpose: p.remittance }) : null,
			percent:
				p.goalCents && p.raisedCents !== null
					? Math.min(100, Math.floor((p.raisedCents / p.goalCents) * 100))
					: null
		};
	});
}

/** A published purpose (its thank-you page); null when there is none with this id here. */
export async function publicPurpose(
	ctx: ReadCtx,
	allianceId: string,
	id: string
): Promise<DonationPurpose | null> {
	const row = await repo.findPurpose(ctx.db, allianceId, id);
	return row && row.published === 1 ? toPurpose(row) : null;
}

export async function purposesForAdmin(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string
): Promise<DonationPurpose[]> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const rows = await repo.findPurposes(ctx.db, allianceId, { publishedOnly: false });
	return rows.map(toPurpose);
}

function columns(input: PurposeInput) {
	return {
		title: input.title,
		body: input.body,
		goal_cents: input.goal,
		raised_cents: input.raised,
		remittance: input.remittance,
		thanks: input.thanks,
		position: input.position,
		published: input.published ? 1 : 0
	};
}

export async function createPurpose(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	input: PurposeInput
): Promise<{ id: string }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const id = crypto.randomUUID();
	const now = new Date().toISOString();
	await repo.insertPurpose(ctx.db, {
		id,
		alliance_id: allianceId,
		...columns(input),
		created_at: now,
		updated_at: now
	});
	await changed(ctx, actor, allianceId, 'create', id, input.title);
	return { id };
}

export async function updatePurpose(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string,
	input: PurposeInput
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const set = { ...columns(input), updated_at: new Date().toISOString() };
	if (!(await repo.updatePurpose(ctx.db, allianceId, id, set))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await changed(ctx, actor, allianceId, 'update', id, input.title);
}

export async function deletePurpose(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const row = await repo.findPurpose(ctx.db, allianceId, id);
	if (!row || !(await repo.deletePurpose(ctx.db, allianceId, id))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	await changed(ctx, actor, allianceId, 'delete', id, row.title);
}

async function changed(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	action: 'create' | 'update' | 'delete',
	id: string,
	title: string
) {
	await contentChanged(ctx, allianceId);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action,
		entity: 'donation_purpose',
		entityId: id,
		summary: title
	});
}
