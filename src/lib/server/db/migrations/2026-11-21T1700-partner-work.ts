import type { ColumnDefinitionBuilder, Kysely } from 'kysely';

/*
 * The partner network, part 2: working groups with members and meetings (also the
 * coordination team's meetings), projects with partners, files and news, and the internal
 * area (announcements, document library, member directory settings and the weekly digest).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	const alliance = (c: ColumnDefinitionBuilder) =>
		c.notNull().references('alliance.id').onDelete('cascade');

	await db.schema
		.createTable('working_group')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_name', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('contact_email', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('topic_id', 'text', (c) => c.references('topic.id').onDelete('set null'))
		/** active | ended */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('working_group_alliance_slug_idx')
		.on('working_group')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();

	// Members: accounts (partner contacts, coordinators) or individuals without an account.
	await db.schema
		.createTable('working_group_member')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('working_group_id', 'text', (c) =>
			c.notNull().references('working_group.id').onDelete('cascade')
		)
		.addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('cascade'))
		.addColumn('partner_id', 'text', (c) => c.references('partner.id').onDelete('set null'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
		/** lead | member */
		.addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('working_group_member_group_idx')
		.on('working_group_member')
		.columns(['working_group_id'])
		.execute();
	await db.schema
		.createIndex('working_group_member_user_idx')
		.on('working_group_member')
		.columns(['alliance_id', 'user_id'])
		.execute();

	// Meetings of a working group, or of the coordination team (working_group_id null).
	await db.schema
		.createTable('meeting')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('working_group_id', 'text', (c) =>
			c.references('working_group.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('starts_at', 'text', (c) => c.notNull())
		.addColumn('ends_at', 'text', (c) => c.notNull())
		.addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('agenda', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('invited_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('meeting_alliance_start_idx')
		.on('meeting')
		.columns(['alliance_id', 'starts_at'])
		.execute();

	await db.schema
		.createTable('project')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('description_html', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('goals', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('results', 'text', (c) => c.notNull().defaultTo(''))
		/** planned | running | completed */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
		.addColumn('starts_on', 'text')
		.addColumn('ends_on', 'text')
		.addColumn('working_group_id', 'text', (c) =>
			c.references('working_group.id').onDelete('set null')
		)
		.addColumn('topic_id', 'text', (c) => c.references('topic.id').onDelete('set null'))
		.addColumn('image_id', 'text', (c) => c.references('file.id').onDelete('set null'))
		.addColumn('good_practice', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('project_alliance_slug_idx')
		.on('project')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();

	await db.schema
		.createTable('project_partner')
		.addColumn('project_id', 'text', (c) =>
			c.notNull().references('project.id').onDelete('cascade')
		)
		.addColumn('partner_id', 'text', (c) =>
			c.notNull().references('partner.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('project_partner_pk', ['project_id', 'partner_id'])
		.execute();
	await db.schema
		.createIndex('project_partner_partner_idx')
		.on('project_partner')
		.column('partner_id')
		.execute();

	// Images and documents of a project (uploaded files)
	await db.schema
		.createTable('project_file')
		.addColumn('project_id', 'text', (c) =>
			c.notNull().references('project.id').onDelete('cascade')
		)
		.addColumn('file_id', 'text', (c) => c.notNull().references('file.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('project_file_pk', ['project_id', 'file_id'])
		.execute();

	await db.schema
		.createTable('project_news')
		.addColumn('project_id', 'text', (c) =>
			c.notNull().references('project.id').onDelete('cascade')
		)
		.addColumn('news_post_id', 'text', (c) =>
			c.notNull().references('news_post.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('project_news_pk', ['project_id', 'news_post_id'])
		.execute();

	await db.schema
		.createTable('announcement')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('announcement_alliance_idx')
		.on('announcement')
		.columns(['alliance_id', 'created_at'])
		.execute();

	await db.schema
		.createTable('library_folder')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('parent_id', 'text', (c) => c.references('library_folder.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('library_document')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('folder_id', 'text', (c) =>
			c.notNull().references('library_folder.id').onDelete('cascade')
		)
		.addColumn('file_id', 'text', (c) => c.notNull().references('file.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	// What each person shows in the member directory (opt-in) and whether they get the digest.
	await db.schema
		.createTable('member_profile')
		.addColumn('alliance_id', 'text', alliance)
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('listed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('show_email', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('show_phone', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('about', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('digest', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('digest_sent_at', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('member_profile_pk', ['alliance_id', 'user_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'member_profile',
		'library_document',
		'library_folder',
		'announcement',
		'project_news',
		'project_file',
		'project_partner',
		'project',
		'meeting',
		'working_group_member',
		'working_group'
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
