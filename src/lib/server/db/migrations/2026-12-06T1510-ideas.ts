import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/*
 * The ideas board: ideas proposed without an account (confirmed by a mailed link), moderated
 * before they are public, answered publicly with a status (and a project once realised), and
 * supported once per confirmed e-mail address (only a hash of the address is kept).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const alliance = (c: ColumnDefinitionBuilder) =>
		c.notNull().references('alliance.id').onDelete('cascade');

	await db.schema
		.createTable('idea')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('topic_id', 'text', (c) => c.references('topic.id').onDelete('set null'))
		/** Shown publicly if given */
		.addColumn('author_name', 'text', (c) => c.notNull().defaultTo(''))
		/** For the confirmation and the news of its answer; emptied when the idea is rejected */
		.addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
		/** unconfirmed | pending | published | rejected */
		.addColumn('moderation', 'text', (c) => c.notNull().defaultTo('unconfirmed'))
		/** new | examining | planned | realised | not_possible */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
		.addColumn('response', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('project_id', 'text', (c) => c.references('project.id').onDelete('set null'))
		.addColumn('confirm_token', 'text')
		.addColumn('support_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('confirmed_at', 'text')
		.addColumn('published_at', 'text')
		.addColumn('response_at', 'text')
		.execute();
	await db.schema
		.createIndex('idea_public_idx')
		.on('idea')
		.columns(['alliance_id', 'moderation', 'published_at'])
		.execute();
	await db.schema
		.createIndex('idea_token_idx')
		.on('idea')
		.column('confirm_token')
		.unique()
		.execute();

	await db.schema
		.createTable('idea_support')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('idea_id', 'text', (c) => c.notNull().references('idea.id').onDelete('cascade'))
		/** SHA-256 of the normalised address: one support per address, no address kept */
		.addColumn('email_hash', 'text', (c) => c.notNull())
		.addColumn('confirm_token', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('confirmed_at', 'text')
		.execute();
	await db.schema
		.createIndex('idea_support_once_idx')
		.on('idea_support')
		.columns(['idea_id', 'email_hash'])
		.unique()
		.execute();
	await db.schema
		.createIndex('idea_support_token_idx')
		.on('idea_support')
		.column('confirm_token')
		.unique()
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('idea_support').execute();
	await db.schema.dropTable('idea').execute();
}
