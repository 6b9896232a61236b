import crypto from 'node:crypto';
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/*
 * The contact point for concerns (Anliegen): categories per alliance, the concerns themselves
 * (each with the secret of its private status link), the conversation (family, answers,
 * internal notes), answer templates and per-alliance settings (retention, reminder). A small
 * table holds the installation's key for signing form timestamps (spam protection).
 * Messages of the old contact form become concerns of the category "Allgemeine Nachricht".
 */

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
function reference(): string {
	const bytes = crypto.randomBytes(6);
	return `AN-${[...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const alliance = (c: ColumnDefinitionBuilder) =>
		c.notNull().references('alliance.id').onDelete('cascade');

	await db.schema
		.createTable('form_secret')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('secret', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('concern_setting')
		.addColumn('alliance_id', 'text', (c) =>
			c.primaryKey().references('alliance.id').onDelete('cascade')
		)
		.addColumn('retention_months', 'integer', (c) => c.notNull().defaultTo(12))
		.addColumn('reminder_days', 'integer', (c) => c.notNull().defaultTo(5))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('concern_category')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('concern_category_alliance_idx')
		.on('concern_category')
		.columns(['alliance_id', 'position'])
		.execute();

	await db.schema
		.createTable('concern')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('reference', 'text', (c) => c.notNull())
		/** The status link's secret (mailed again with each answer); null once anonymised */
		.addColumn('status_token', 'text')
		.addColumn('category_id', 'text', (c) =>
			c.references('concern_category.id').onDelete('set null')
		)
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('locale', 'text', (c) => c.notNull().defaultTo('de'))
		/** received | in_progress | forwarded | answered | closed */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('received'))
		.addColumn('assigned_user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('partner_id', 'text', (c) => c.references('partner.id').onDelete('set null'))
		.addColumn('working_group_id', 'text', (c) =>
			c.references('working_group.id').onDelete('set null')
		)
		.addColumn('consent_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('first_answer_at', 'text')
		/** Since when a message of the family waits for an answer (null: nothing waits) */
		.addColumn('waiting_since', 'text')
		.addColumn('reminded_at', 'text')
		.addColumn('closed_at', 'text')
		.addColumn('anonymised_at', 'text')
		.execute();
	await db.schema
		.createIndex('concern_reference_idx')
		.on('concern')
		.columns(['alliance_id', 'reference'])
		.unique()
		.execute();
	await db.schema
		.createIndex('concern_token_idx')
		.on('concern')
		.column('status_token')
		.unique()
		.execute();
	await db.schema
		.createIndex('concern_status_idx')
		.on('concern')
		.columns(['alliance_id', 'status', 'created_at'])
		.execute();

	await db.schema
		.createTable('concern_entry')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('concern_id', 'text', (c) =>
			c.notNull().references('concern.id').onDelete('cascade')
		)
		/** family | answer | note (internal, never shown to the family or partners) */
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('author_user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
		/** Who answered, as the family sees it (alliance, partner or working group name) */
		.addColumn('author_label', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('concern_entry_concern_idx')
		.on('concern_entry')
		.columns(['concern_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('concern_template')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	// The old contact form's messages become concerns ("Allgemeine Nachricht"), then go.
	const messages = await db
		.selectFrom('contact_message')
		.select(['id', 'alliance_id', 'name', 'email', 'subject', 'message', 'status', 'created_at'])
		.execute();
	const categoryOf = new Map<string, string>();
	for (const m of messages) {
		let categoryId = categoryOf.get(m.alliance_id);
		if (!categoryId) {
			categoryId = crypto.randomUUID();
			await db
				.insertInto('concern_category')
				.values({
					id: categoryId,
					alliance_id: m.alliance_id,
					name: 'Allgemeine Nachricht',
					position: 0,
					archived: 0,
					created_at: m.created_at
				})
				.execute();
			categoryOf.set(m.alliance_id, categoryId);
		}
		const done = m.status === 'done';
		await db
			.insertInto('concern')
			.values({
				id: m.id,
				alliance_id: m.alliance_id,
				reference: reference(),
				status_token: null,
				category_id: categoryId,
				message: `${m.subject}\n\n${m.message}`,
				name: m.name,
				email: m.email,
				phone: '',
				locale: 'de',
				status: done ? 'closed' : 'received',
				consent_at: m.created_at,
				created_at: m.created_at,
				updated_at: m.created_at,
				waiting_since: done ? null : m.created_at,
				closed_at: done ? m.created_at : null
			})
			.execute();
		await db.deleteFrom('contact_message').where('id', '=', m.id).execute();
	}
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'concern_template',
		'concern_entry',
		'concern',
		'concern_category',
		'concern_setting',
		'form_secret'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
