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
	/**
	 * SQLite: a number that changes whenever another connection — another process on the same
	 * file — has committed a change since the last call (`PRAGMA data_version`); microseconds.
	 */
	dataVersion?: () => number;
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
	/** Told of every statement with its duration (LOG_SLOW_QUERIES_MS) */
	onQuery?: (sql: string, ms: number) => void;
}

// PostgreSQL returns BIGINT/COUNT as strings by default; counts here always fit a JS number.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Compiled statements kept per SQLite database (least recently used dropped first). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely asks better-sqlite3 to prepare every statement anew, and compiling it costs as much as
 * running it for a short query (a page's list queries: about a tenth of its CPU). The database is
 * handed to Kysely with a prepare() that keeps the last statements compiled; they are reused with
 * new parameters (one connection, so a statement is never in use twice at a time: the code
 * streams no result).
 */
function withStatementCache(sqlite: SQLite.Database) {
	const statements = new Map<string, SQLite.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(sql: string): SQLite.Statement {
			let statement = statements.get(sql);
			if (statement) {
				statements.delete(sql);
			} else {
				statement = sqlite.prepare(sql);
				if (statements.size >= STATEMENT_CACHE_SIZE) {
					const oldest = statements.keys().next();
					if (!oldest.done) statements.delete(oldest.value);
				}
			}
			statements.set(sql, statement);
			return statement;
		}
	};
}

export function createDb(options: DbOptions): DbHandle {
	let dialect: Dialect;
	let kind: Dialects;
	let dataVersion: (() => number) | undefined;
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
		dialect = new SqliteDialect({ database: withStatementCache(sqlite) });
		kind = 'sqlite';
		const probe = sqlite.prepare('pragma data_version').pluck();
		dataVersion = () => probe.get() as number;
	}
	const onQuery = options.onQuery;
	const db = new Kysely<Database>({
		dialect,
		...(onQuery
			? {
					log: (event) => onQuery(event.query.sql, event.queryDurationMillis)
				}
			: {})
	});
	return { db, dialect: kind, close: () => db.destroy(), ...(dataVersion ? { dataVersion } : {}) };
}
