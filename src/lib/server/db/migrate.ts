import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { PostgresAdapter, sql } from 'kysely';
import type { DB } from './db.ts';
import { migrations } from './migrations/index.ts';

class StaticProvider implements MigrationProvider {
	async getMigrations(): Promise<Record<string, Migration>> {
		return migrations;
	}
}

/**
 * Brings the schema to the newest migration; throws with the failing migration's name.
 * `pgSchema`: the PostgreSQL schema the connection's search_path points at (tests run each
 * suite in its own). Kysely otherwise takes another schema's migration tables for its own.
 */
export async function migrateToLatest(
	db: DB,
	options: { pgSchema?: string } = {}
): Promise<string[]> {
	let schema = options.pgSchema;
	if (!schema && db.getExecutor().adapter instanceof PostgresAdapter) {
		// The schema the connection writes to (normally public), so that migration tables of
		// another schema on the same database are never mistaken for ours.
		const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(db);
		schema = rows[0]?.s;
	}
	const migrator = new Migrator({
		db,
		provider: new StaticProvider(),
		...(schema ? { migrationTableSchema: schema } : {})
	});
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		const name = failed ? ` (${failed.migrationName})` : '';
		throw new Error(`Migration fehlgeschlagen${name}: ${String(error)}`, { cause: error });
	}
	return (results ?? []).map((r) => r.migrationName);
}
