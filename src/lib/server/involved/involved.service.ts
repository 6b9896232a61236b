import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import * as repo from './involved.repository.ts';
import { INVOLVED_KEYS, type InvolvedKey, type InvolvedTexts } from './involved.schema.ts';

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

const isKey = (key: string): key is InvolvedKey =>
	(INVOLVED_KEYS as readonly string[]).includes(key);

/** The texts the alliance's coordinators wrote for "Machen Sie mit" (public). */
export async function involvedTexts(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<InvolvedTexts> {
	const out: InvolvedTexts = {};
	for (const row of await repo.findInvolvedTexts(ctx.db, allianceId)) {
		if (isKey(row.key)) out[row.key] = row.text;
	}
	return out;
}

/**
 * Saves the texts (coordinators only). A text left empty, or equal to the platform's default,
 * is not stored: the default (in the visitor's language) shows instead.
 */
export async function saveInvolvedTexts(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	input: Record<InvolvedKey, string>,
	defaults: Record<InvolvedKey, string>
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const own: Record<string, string> = {};
	for (const key of INVOLVED_KEYS) {
		const text = input[key].trim();
		if (text && text !== defaults[key].trim()) own[key] = text;
	}
	await repo.replaceInvolvedTexts(ctx.db, allianceId, own, new Date().toISOString());
	await contentChanged(ctx, allianceId);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'involved_text',
		entityId: allianceId,
		summary: Object.keys(own).join(', ') || '–'
	});
}
