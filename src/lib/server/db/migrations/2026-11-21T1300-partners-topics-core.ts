import type { Kysely } from 'kysely';

/*
 * Core tables that the calendar and the partner network both refer to: partners (organisations
 * of the alliance), their contact persons (accounts), and the focus topics.
 * Later migrations of each feature add their own columns and tables.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('topic')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('topic_alliance_slug_idx')
		.on('topic')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();

	await db.schema
		.createTable('partner')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		/** institution | company | association | federation | kita | school | administration | politics | church | individual | other */
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('description_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contribution', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('logo_id', 'text', (c) => c.references('file.id').onDelete('set null'))
		.addColumn('street', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('postal_code', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('district', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('public_email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('public_phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('internal_contact_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('internal_email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('internal_phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('internal_notes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('joined_on', 'text')
		/** active | inactive */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('partner_alliance_slug_idx')
		.on('partner')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();
	await db.schema
		.createIndex('partner_alliance_kind_idx')
		.on('partner')
		.columns(['alliance_id', 'kind', 'name'])
		.execute();

	await db.schema
		.createTable('partner_topic')
		.addColumn('partner_id', 'text', (c) =>
			c.notNull().references('partner.id').onDelete('cascade')
		)
		.addColumn('topic_id', 'text', (c) => c.notNull().references('topic.id').onDelete('cascade'))
		.addPrimaryKeyConstraint('partner_topic_pk', ['partner_id', 'topic_id'])
		.execute();
	await db.schema
		.createIndex('partner_topic_topic_idx')
		.on('partner_topic')
		.column('topic_id')
		.execute();

	// Which accounts speak for which partner (member role 'partner' in the alliance).
	await db.schema
		.createTable('partner_contact')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('partner_id', 'text', (c) =>
			c.notNull().references('partner.id').onDelete('cascade')
		)
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('partner_contact_user_idx')
		.on('partner_contact')
		.columns(['alliance_id', 'user_id'])
		.execute();
	await db.schema
		.createIndex('partner_contact_unique_idx')
		.on('partner_contact')
		.columns(['partner_id', 'user_id'])
		.unique()
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['partner_contact', 'partner_topic', 'partner', 'topic']) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
