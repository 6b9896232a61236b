import crypto from 'node:crypto';
import { recordAudit } from '../audit/audit.service.ts';
import { AppError } from '../app-error.ts';
import * as repo from './survey.repository.ts';
import { notFound, type Ctx } from './survey-write.service.ts';

/* Invitation links: one answer each, handed out per label; only their hashes are kept. */

export function hashToken(token: string): string {
	return crypto.createHash('sha256').update(token).digest('base64url');
}

/**
 * Invitation links, `copies` per label (e.g. 25 for "Kita Sonnenschein"): each answers once.
 * The tokens are returned once, to be handed out; only their hashes are kept.
 */
export async function createInvitations(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	surveyId: string,
	labels: string[],
	copies: number
): Promise<{ label: string; token: string }[]> {
	const survey = await repo.findSurveyById(ctx.db, allianceId, surveyId);
	if (!survey) throw notFound();
	const now = new Date().toISOString();
	const made: { label: string; token: string }[] = [];
	for (const label of labels) {
		for (let i = 0; i < copies; i++)
			made.push({ label, token: crypto.randomBytes(18).toString('base64url') });
	}
	if (made.length > 2000) {
		throw new AppError('INVALID', 'error.form', { copies: 'surveys.error.tooManyLinks' });
	}
	await repo.insertInvitations(
		ctx.db,
		made.map((m) => ({
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			survey_id: surveyId,
			token_hash: hashToken(m.token),
			label: m.label,
			created_at: now,
			used_at: null
		}))
	);
	await recordAudit(ctx, {
		allianceId,
		userId,
		action: 'invite',
		entity: 'survey',
		entityId: surveyId,
		summary: `${made.length}`
	});
	return made;
}

/** How many links each label got and how many were used. */
export async function invitationSummary(ctx: Ctx, allianceId: string, surveyId: string) {
	const rows = await repo.findInvitations(ctx.db, allianceId, surveyId);
	const byLabel = new Map<string, { label: string; total: number; used: number }>();
	for (const row of rows) {
		const entry = byLabel.get(row.label) ?? { label: row.label, total: 0, used: 0 };
		entry.total++;
		if (row.used_at) entry.used++;
		byLabel.set(row.label, entry);
	}
	return [...byLabel.values()];
}
