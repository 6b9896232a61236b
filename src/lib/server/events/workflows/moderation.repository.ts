import type { DB } from '../../db/db.ts';

/* SQL of the moderation queue (the settings: core/calendar-setting.repository.ts). No rules here. */

/** Events waiting for a coordinator, oldest first. */
export function findSubmittedEvents(db: DB, allianceId: string, limit = 200) {
	return db
		.selectFrom('event')
		.leftJoin('partner', 'partner.id', 'event.organiser_partner_id')
		.leftJoin('user', 'user.id', 'event.created_by')
		.select([
			'event.id',
			'event.slug',
			'event.title',
			'event.summary',
			'event.description_html',
			'event.start_utc',
			'event.end_utc',
			'event.all_day',
			'event.rrule',
			'event.place_name',
			'event.address',
			'event.district',
			'event.online_url',
			'event.source',
			'event.source_feed_id',
			'event.submitter_name',
			'event.submitter_email',
			'event.organiser_name',
			'event.contact_name',
			'event.contact_email',
			'event.contact_phone',
			'event.website_url',
			'event.cost_kind',
			'event.cost_cents',
			'event.cost_note',
			'event.updated_at',
			'event.created_at',
			'partner.name as partner_name',
			'user.name as creator_name',
			'user.email as creator_email'
		])
		.where('event.alliance_id', '=', allianceId)
		.where('event.status', '=', 'submitted')
		.orderBy('event.updated_at')
		.orderBy('event.id')
		.limit(limit)
		.execute();
}

export async function countSubmittedEvents(db: DB, allianceId: string): Promise<number> {
	const row = await db
		.selectFrom('event')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'submitted')
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

/** Addresses of the people who speak for a partner. */
export async function findPartnerContactEmails(
	db: DB,
	allianceId: string,
	partnerId: string
): Promise<string[]> {
	const rows = await db
		.selectFrom('partner_contact')
		.innerJoin('user', 'user.id', 'partner_contact.user_id')
		.select('user.email')
		.where('partner_contact.alliance_id', '=', allianceId)
		.where('partner_contact.partner_id', '=', partnerId)
		.execute();
	return [...new Set(rows.map((r) => r.email))];
}

export function findUserEmail(db: DB, userId: string) {
	return db
		.selectFrom('user')
		.select(['email', 'name'])
		.where('id', '=', userId)
		.executeTakeFirst();
}
