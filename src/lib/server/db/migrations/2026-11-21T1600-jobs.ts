import type { Kysely } from 'kysely';

/*
 * Background jobs (see docs/decisions/015-jobs.md): one row per job, claimed by one app instance
 * at a time through a lease (locked_until), retried with backoff, kept in the database so that
 * jobs survive a restart. job_schedule holds recurring jobs (e.g. every hour per ICS import).
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('job')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		/** JSON, checked against the job definition's schema */
		.addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
		/** The alliance the job works for, if any (deleted with it) */
		.addColumn('alliance_id', 'text', (c) => c.references('alliance.id').onDelete('cascade'))
		/** queued | running | done | failed */
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
		/** Not before this instant (UTC ISO) */
		.addColumn('run_at', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('max_attempts', 'integer', (c) => c.notNull().defaultTo(5))
		/** Lease: the instance in locked_by runs it until then; afterwards anyone may take it over */
		.addColumn('locked_until', 'text')
		.addColumn('locked_by', 'text')
		.addColumn('last_error', 'text', (c) => c.notNull().defaultTo(''))
		/** At most one queued or running job per key (cleared when the job ends) */
		.addColumn('dedupe_key', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('finished_at', 'text')
		.execute();
	await db.schema.createIndex('job_due_idx').on('job').columns(['status', 'run_at']).execute();
	await db.schema.createIndex('job_dedupe_idx').on('job').column('dedupe_key').unique().execute();
	await db.schema.createIndex('job_finished_idx').on('job').columns(['finished_at']).execute();

	await db.schema
		.createTable('job_schedule')
		/** e.g. "import:<subscription id>" or a job name for built-in schedules */
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('alliance_id', 'text', (c) => c.references('alliance.id').onDelete('cascade'))
		.addColumn('interval_seconds', 'integer', (c) => c.notNull())
		.addColumn('next_run_at', 'text', (c) => c.notNull())
		.addColumn('last_enqueued_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('job_schedule_next_idx')
		.on('job_schedule')
		.column('next_run_at')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('job_schedule').ifExists().execute();
	await db.schema.dropTable('job').ifExists().execute();
}
