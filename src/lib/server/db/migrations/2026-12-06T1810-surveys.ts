import type { Kysely } from 'kysely';

/*
 * Surveys and needs assessments: a survey of the alliance with its questions (sections and
 * simple conditions), invitations (one link per recipient), the used one-time tokens of the
 * open link's forms, and responses with their answers. No table stores who answered: responses carry no person,
 * address or cookie id.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('survey')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('intro', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('thanks', 'text', (c) => c.notNull().defaultTo(''))
		/** open: anyone with the link (one-time token per form); invite: only invitation links */
		.addColumn('access', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('opens_at', 'text')
		.addColumn('closes_at', 'text')
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('results_public', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('results_intro', 'text', (c) => c.notNull().defaultTo(''))
		/** Signs the one-time tokens of the open link's forms (nothing is stored per form shown) */
		.addColumn('token_secret', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('survey_slug')
		.on('survey')
		.columns(['alliance_id', 'slug'])
		.unique()
		.execute();

	await db.schema
		.createTable('survey_question')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		/** A non-empty section starts a new part of the form with this heading */
		.addColumn('section', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('help', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
		/** JSON array of option texts (choices, ranking items, grid columns) */
		.addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
		/** JSON array of grid row texts */
		.addColumn('grid_rows', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('allow_other', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('scale_min', 'integer')
		.addColumn('scale_max', 'integer')
		.addColumn('scale_min_label', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('scale_max_label', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('condition_question_id', 'text')
		.addColumn('condition_value', 'text')
		.addColumn('results_public', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema
		.createIndex('survey_question_survey')
		.on('survey_question')
		.columns(['survey_id', 'position'])
		.execute();

	await db.schema
		.createTable('survey_invitation')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		/** Who the coordinators gave the link to, e.g. "Kita Sonnenschein, Gruppe 2" (not a person) */
		.addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();

	await db.schema
		.createTable('survey_token')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
		.addColumn('issued_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();

	await db.schema
		.createTable('survey_response')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
		/** The day only: no time that could be matched with a visit */
		.addColumn('submitted_on', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('survey_response_survey')
		.on('survey_response')
		.column('survey_id')
		.execute();

	await db.schema
		.createTable('survey_answer')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('survey_id', 'text', (c) => c.notNull().references('survey.id').onDelete('cascade'))
		.addColumn('response_id', 'text', (c) =>
			c.notNull().references('survey_response.id').onDelete('cascade')
		)
		.addColumn('question_id', 'text', (c) =>
			c.notNull().references('survey_question.id').onDelete('cascade')
		)
		/** Grid: the row's text */
		.addColumn('row_key', 'text')
		/** The chosen option's text, the number, or '' for free text */
		.addColumn('value', 'text', (c) => c.notNull().defaultTo(''))
		/** Ranking: 1 = first place */
		.addColumn('rank', 'integer')
		/** Free text and "other" text */
		.addColumn('text', 'text')
		/** Free texts: pending | approved | hidden (shown publicly only when approved) */
		.addColumn('moderation', 'text')
		.execute();
	await db.schema
		.createIndex('survey_answer_question')
		.on('survey_answer')
		.columns(['survey_id', 'question_id'])
		.execute();
	await db.schema
		.createIndex('survey_answer_response')
		.on('survey_answer')
		.column('response_id')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'survey_answer',
		'survey_response',
		'survey_token',
		'survey_invitation',
		'survey_question',
		'survey'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
