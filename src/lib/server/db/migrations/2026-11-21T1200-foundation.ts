import { PostgresAdapter, sql, type Kysely } from 'kysely';

/*
 * Foundation: accounts (Better Auth's tables, in its own column names), alliances (the
 * tenant, which Better Auth's organization plugin also uses), content, files, contact
 * messages, coordination team, audit log and rate limits.
 * Our own instants are ISO-8601 UTC text and our booleans are integers 0/1 in both databases.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const pg = db.getExecutor().adapter instanceof PostgresAdapter;
	const ts = pg ? 'timestamptz' : 'date';
	const bool = pg ? 'boolean' : 'integer';

	await db.schema
		.createTable('user')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('emailVerified', sql.raw(bool), (c) => c.notNull())
		.addColumn('image', 'text')
		.addColumn('createdAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('updatedAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('role', 'text')
		.addColumn('banned', sql.raw(bool))
		.addColumn('banReason', 'text')
		.addColumn('banExpires', sql.raw(ts))
		.addColumn('locale', 'text')
		.execute();

	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('expiresAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('token', 'text', (c) => c.notNull().unique())
		.addColumn('createdAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('updatedAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('ipAddress', 'text')
		.addColumn('userAgent', 'text')
		.addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('impersonatedBy', 'text')
		.addColumn('activeOrganizationId', 'text')
		.execute();
	await db.schema.createIndex('session_userId_idx').on('session').column('userId').execute();

	await db.schema
		.createTable('account')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('accountId', 'text', (c) => c.notNull())
		.addColumn('providerId', 'text', (c) => c.notNull())
		.addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('accessToken', 'text')
		.addColumn('refreshToken', 'text')
		.addColumn('idToken', 'text')
		.addColumn('accessTokenExpiresAt', sql.raw(ts))
		.addColumn('refreshTokenExpiresAt', sql.raw(ts))
		.addColumn('scope', 'text')
		.addColumn('password', 'text')
		.addColumn('createdAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('updatedAt', sql.raw(ts), (c) => c.notNull())
		.execute();
	await db.schema.createIndex('account_userId_idx').on('account').column('userId').execute();

	await db.schema
		.createTable('verification')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('identifier', 'text', (c) => c.notNull())
		.addColumn('value', 'text', (c) => c.notNull())
		.addColumn('expiresAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('createdAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('updatedAt', sql.raw(ts), (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('verification_identifier_idx')
		.on('verification')
		.column('identifier')
		.execute();

	// The tenant. Better Auth's organization plugin reads id, name, slug, logo_url, created_at, metadata.
	await db.schema
		.createTable('alliance')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('slug', 'text', (c) => c.notNull().unique())
		.addColumn('logo_url', 'text')
		.addColumn('created_at', sql.raw(ts), (c) => c.notNull())
		.addColumn('metadata', 'text')
		.addColumn('domain', 'text', (c) => c.unique())
		.addColumn('short_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('town', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('motto', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('motto_source', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('welcome_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('founding_year', 'integer')
		.addColumn('patron_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('patron_role', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('patron_text', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('patron_photo_id', 'text')
		.addColumn('logo_id', 'text')
		.addColumn('color_primary', 'text', (c) => c.notNull().defaultTo('#1f5f8b'))
		.addColumn('color_accent', 'text', (c) => c.notNull().defaultTo('#b5461f'))
		.addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_address', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('social_links', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('imprint', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('bank', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('content_version', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(''))
		.execute();

	await db.schema
		.createTable('member')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organizationId', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('userId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('createdAt', sql.raw(ts), (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('member_organizationId_idx')
		.on('member')
		.column('organizationId')
		.execute();
	await db.schema.createIndex('member_userId_idx').on('member').column('userId').execute();

	await db.schema
		.createTable('invitation')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('organizationId', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('role', 'text')
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('expiresAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('createdAt', sql.raw(ts), (c) => c.notNull())
		.addColumn('inviterId', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.execute();
	await db.schema
		.createIndex('invitation_organizationId_idx')
		.on('invitation')
		.column('organizationId')
		.execute();
	await db.schema.createIndex('invitation_email_idx').on('invitation').column('email').execute();

	// Uploaded files: images (resized, metadata stripped) and documents (PDF).
	await db.schema
		.createTable('file')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('mime', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('original_name', 'text', (c) => c.notNull())
		.addColumn('storage_key', 'text', (c) => c.notNull())
		.addColumn('width', 'integer')
		.addColumn('height', 'integer')
		.addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.execute();
	await db.schema
		.createIndex('file_alliance_idx')
		.on('file')
		.columns(['alliance_id', 'kind'])
		.execute();

	await db.schema
		.createTable('page')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('parent_id', 'text', (c) => c.references('page.id').onDelete('set null'))
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('kind', 'text', (c) => c.notNull().defaultTo('page'))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('in_nav', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();
	await db.schema
		.createIndex('page_alliance_idx')
		.on('page')
		.columns(['alliance_id', 'parent_id', 'position'])
		.execute();
	await db.schema
		.createIndex('page_slug_idx')
		.on('page')
		.columns(['alliance_id', 'slug'])
		.execute();

	await db.schema
		.createTable('news_post')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('body_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('image_id', 'text', (c) => c.references('file.id').onDelete('set null'))
		.addColumn('published_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.execute();
	await db.schema
		.createIndex('news_alliance_published_idx')
		.on('news_post')
		.columns(['alliance_id', 'published_at'])
		.execute();
	await db.schema
		.createIndex('news_alliance_slug_idx')
		.on('news_post')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();

	// The elected coordination team; past terms stay (term_to in the past).
	await db.schema
		.createTable('team_member')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('photo_id', 'text', (c) => c.references('file.id').onDelete('set null'))
		.addColumn('term_from', 'text')
		.addColumn('term_to', 'text')
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();

	await db.schema
		.createTable('contact_message')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('message', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('contact_message_alliance_idx')
		.on('contact_message')
		.columns(['alliance_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) => c.references('alliance.id').onDelete('cascade'))
		.addColumn('user_id', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text')
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('audit_log_alliance_idx')
		.on('audit_log')
		.columns(['alliance_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('rate_limit')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('window_start', 'bigint', (c) => c.notNull())
		.addColumn('count', 'integer', (c) => c.notNull())
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'rate_limit',
		'audit_log',
		'contact_message',
		'team_member',
		'news_post',
		'page',
		'file',
		'invitation',
		'member',
		'alliance',
		'verification',
		'account',
		'session',
		'user'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
