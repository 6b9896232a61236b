import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DB = Kysely<Database>;
export type Dialects = 'sqlite' | 'postgres';

export interface DbHandle {
	db: DB;
	dialect: Dialects;
	close(): Promise<void>;
}

export interface DbOptions {
	/** postgres:// URL; when absent, SQLite in dataDir */
	databaseUrl?: string;
	/** folder of the SQLite file */
	dataDir?: string;
	/** SQLite file name or ':memory:' */
	sqliteFile?: string;
	/** PostgreSQL schema to use (tests run each suite in its own schema) */
	pgSchema?: string;
}

// PostgreSQL returns BIGINT/COUNT as strings by default; counts here always fit a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

export function createDb(options: DbOptions): DbHandle {
	let dialect: Dialect;
	let kind: Dialects;
	if (options.databaseUrl) {
		const pool = new pg.Pool({
			connectionString: options.databaseUrl,
			max: 10,
			options: options.pgSchema ? `-c search_path=${options.pgSchema}` : undefined
		});
		dialect = new PostgresDialect({ pool });
		kind = 'postgres';
	} else {
		const file = options.sqliteFile ?? 'buendnis.sqlite';
		let target = file;
		if (file !== ':memory:') {
			const dir = path.resolve(options.dataDir ?? './data');
			fs.mkdirSync(dir, { recursive: true });
			target = path.join(dir, file);
		}
		const sqlite = new SQLite(target);
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('synchronous = NORMAL');
		sqlite.pragma('foreign_keys = ON');
		sqlite.pragma('busy_timeout = 5000');
		dialect = new SqliteDialect({ database: sqlite });
		kind = 'sqlite';
	}
	const db = new Kysely<Database>({ dialect });
	return { db, dialect: kind, close: () => db.destroy() };
}
