import type { DB } from '../db/db.ts';

/** Which functions that process personal data an alliance uses (for its privacy policy). */
export async function findFeatureUse(
	db: DB,
	allianceId: string
): Promise<{
	registrations: boolean;
	retentionDays: number;
	publicSubmissions: boolean;
	/** A published survey (only those can be answered) */
	surveys: boolean;
	/** The alliance's own period for concerns, when it set one */
	concernRetentionMonths: number | null;
}> {
	const registration = await db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('registration_enabled', '=', 1)
		.limit(1)
		.executeTakeFirst();
	const setting = await db
		.selectFrom('calendar_setting')
		.select(['public_submissions', 'registration_retention_days'])
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
	const survey = await db
		.selectFrom('survey')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('published', '=', 1)
		.limit(1)
		.executeTakeFirst();
	const concerns = await db
		.selectFrom('concern_setting')
		.select('retention_months')
		.where('alliance_id', '=', allianceId)
		.executeTakeFirst();
	return {
		registrations: Boolean(registration),
		retentionDays: setting?.registration_retention_days ?? 30,
		publicSubmissions: setting ? setting.public_submissions === 1 : true,
		surveys: Boolean(survey),
		concernRetentionMonths: concerns?.retention_months ?? null
	};
}

export async function setLaunchState(
	db: DB,
	allianceId: string,
	changes: { live_since?: string | null; privacy_reviewed_at?: string | null }
): Promise<void> {
	await db.updateTable('alliance').set(changes).where('id', '=', allianceId).execute();
}
