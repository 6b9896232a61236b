import type { Kysely } from 'kysely';

/*
 * The partner network, part 1: pending profile changes of partners, the alliance's partner
 * settings, applications ("Bündnispartner werden") and which invitation speaks for which partner.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// A partner contact's proposed profile change (JSON), when coordinators approve changes.
	await db.schema.alterTable('partner').addColumn('pending_changes', 'text').execute();
	await db.schema.alterTable('partner').addColumn('pending_at', 'text').execute();
	await db.schema.alterTable('partner').addColumn('pending_by', 'text').execute();

	await db.schema
		.createTable('partner_setting')
		.addColumn('alliance_id', 'text', (c) =>
			c.primaryKey().references('alliance.id').onDelete('cascade')
		)
		.addColumn('changes_need_approval', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('partner_application')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('organisation', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('contact_name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('district', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contribution', 'text', (c) => c.notNull())
		.addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
		// Instants (ISO-8601 UTC) at which the two consents were given
		.addColumn('consent_principles_at', 'text', (c) => c.notNull())
		.addColumn('consent_privacy_at', 'text', (c) => c.notNull())
		/** pending | accepted | declined */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
		.addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('decided_at', 'text')
		.addColumn('decided_by', 'text')
		.addColumn('partner_id', 'text', (c) => c.references('partner.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('partner_application_alliance_idx')
		.on('partner_application')
		.columns(['alliance_id', 'status', 'created_at'])
		.execute();

	// Invitation (Better Auth) → the partner the invited person will speak for.
	await db.schema
		.createTable('partner_invitation')
		.addColumn('invitation_id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('partner_id', 'text', (c) =>
			c.notNull().references('partner.id').onDelete('cascade')
		)
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('partner_invitation_email_idx')
		.on('partner_invitation')
		.columns(['alliance_id', 'email'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['partner_invitation', 'partner_application', 'partner_setting']) {
		await db.schema.dropTable(table).ifExists().execute();
	}
	for (const column of ['pending_by', 'pending_at', 'pending_changes']) {
		await db.schema.alterTable('partner').dropColumn(column).execute();
	}
}
