import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** The texts an alliance has written (key → text). */
export async function findInvolvedTexts(
	db: Kysely<Database>,
	allianceId: string
): Promise<{ key: string; text: string }[]> {
	return db
		.selectFrom('involved_text')
		.select(['key', 'text'])
		.where('alliance_id', '=', allianceId)
		.execute();
}

/** Replaces the alliance's texts in one transaction: the given ones stay, all others go. */
export async function replaceInvolvedTexts(
	db: Kysely<Database>,
	allianceId: string,
	texts: Record<string, string>,
	now: string
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx.deleteFrom('involved_text').where('alliance_id', '=', allianceId).execute();
		const rows = Object.entries(texts).map(([key, text]) => ({
			alliance_id: allianceId,
			key,
			text,
			updated_at: now
		}));
		if (rows.length) await trx.insertInto('involved_text').values(rows).execute();
	});
}
