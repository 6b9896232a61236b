import crypto from 'node:crypto';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { DB } from '../db/db.ts';
import * as settingsRepo from './concern-settings.repository.ts';

/*
 * What an alliance keeps for its contact point: categories (editable by coordinators), answer
 * templates and settings (retention period, reminder). A new alliance gets friendly defaults
 * the first time the contact point is used.
 */

export const DEFAULT_CATEGORIES = [
	'Allgemeine Nachricht',
	'Kinderbetreuung',
	'Beruf und Familie',
	'Pflege von Angehörigen',
	'Freizeit und Angebote für Familien'
];
export const DEFAULT_RETENTION_MONTHS = 12;
export const DEFAULT_REMINDER_DAYS = 5;

type Ctx = Pick<ServiceContext, 'db'>;

/**
 * The id a default category gets in this alliance: derived, so that the public form can offer
 * the defaults before they are stored (showing a page must not write) and the first concern
 * stores them under the same ids.
 */
function defaultCategoryId(allianceId: string, name: string): string {
	const h = crypto
		.createHash('sha256')
		.update(`concern-category:${allianceId}:${name}`)
		.digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The categories of the public form: the stored ones, or the defaults while none are stored. */
export async function publicCategories(
	ctx: Ctx,
	allianceId: string
): Promise<{ id: string; name: string }[]> {
	if (await settingsRepo.findSetting(ctx.db, allianceId)) {
		const rows = await settingsRepo.findCategories(ctx.db, allianceId, false);
		return rows.map((r) => ({ id: r.id, name: r.name }));
	}
	return DEFAULT_CATEGORIES.map((name) => ({ id: defaultCategoryId(allianceId, name), name }));
}

export async function ensureConcernSetup(db: DB, allianceId: string, now = new Date()) {
	// Read first: admin pages call this on every load, and a read costs no write lock.
	if (await settingsRepo.findSetting(db, allianceId)) return;
	const iso = now.toISOString();
	if (!(await settingsRepo.insertSettingIfMissing(db, allianceId, iso))) return;
	const existing = new Set(
		(await settingsRepo.findCategories(db, allianceId, true)).map((c) => c.name)
	);
	let position = 0;
	for (const name of DEFAULT_CATEGORIES) {
		position += 10;
		if (existing.has(name)) continue;
		await settingsRepo.insertCategory(db, {
			id: defaultCategoryId(allianceId, name),
			alliance_id: allianceId,
			name,
			position,
			created_at: iso
		});
	}
}

export interface ConcernSettings {
	retentionMonths: number;
	reminderDays: number;
}

export async function concernSettings(db: DB, allianceId: string): Promise<ConcernSettings> {
	const row = await settingsRepo.findSetting(db, allianceId);
	return {
		retentionMonths: row?.retention_months ?? DEFAULT_RETENTION_MONTHS,
		reminderDays: row?.reminder_days ?? DEFAULT_REMINDER_DAYS
	};
}

export async function listCategories(ctx: Ctx, allianceId: string, includeArchived = false) {
	await ensureConcernSetup(ctx.db, allianceId);
	const rows = await settingsRepo.findCategories(ctx.db, allianceId, includeArchived);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		position: r.position,
		archived: r.archived === 1
	}));
}

async function coordinator(ctx: Ctx, actor: Actor, allianceId: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
}

export async function addCategory(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	input: { name: string; position: number }
) {
	await coordinator(ctx, actor, allianceId);
	await settingsRepo.insertCategory(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		name: input.name,
		position: input.position,
		created_at: new Date().toISOString()
	});
}

export async function updateCategory(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	patch: { name?: string; position?: number; archived?: boolean }
) {
	await coordinator(ctx, actor, allianceId);
	const changed = await settingsRepo.updateCategory(ctx.db, allianceId, id, {
		...(patch.name !== undefined ? { name: patch.name } : {}),
		...(patch.position !== undefined ? { position: patch.position } : {}),
		...(patch.archived !== undefined ? { archived: patch.archived ? 1 : 0 } : {})
	});
	if (!changed) throw new AppError('NOT_FOUND', 'error.notFound');
}

export async function saveSettings(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	input: ConcernSettings
) {
	await coordinator(ctx, actor, allianceId);
	await settingsRepo.upsertSetting(
		ctx.db,
		allianceId,
		{ retention_months: input.retentionMonths, reminder_days: input.reminderDays },
		new Date().toISOString()
	);
}

export async function listTemplates(ctx: Ctx, actor: Actor, allianceId: string) {
	await coordinator(ctx, actor, allianceId);
	return settingsRepo.findTemplates(ctx.db, allianceId);
}

export async function saveTemplate(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string | null,
	input: { title: string; body: string }
) {
	await coordinator(ctx, actor, allianceId);
	const now = new Date().toISOString();
	if (id) {
		const changed = await settingsRepo.updateTemplate(ctx.db, allianceId, id, {
			...input,
			updated_at: now
		});
		if (!changed) throw new AppError('NOT_FOUND', 'error.notFound');
		return;
	}
	await settingsRepo.insertTemplate(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		...input,
		created_at: now,
		updated_at: now
	});
}

export async function deleteTemplate(ctx: Ctx, actor: Actor, allianceId: string, id: string) {
	await coordinator(ctx, actor, allianceId);
	if (!(await settingsRepo.deleteTemplate(ctx.db, allianceId, id)))
		throw new AppError('NOT_FOUND', 'error.notFound');
}
