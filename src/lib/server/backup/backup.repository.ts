import { sql, type Kysely } from 'kysely';

/*
 * The database as plain tables, for the logical export and import (PostgreSQL). Kysely<any>:
 * the backup copies every table there is, including ones this version of the code has no row
 * types for.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Tables of Kysely's migration bookkeeping: recreated by the migrations, never copied. */
export const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'];

export async function listPgTables(db: AnyDb): Promise<string[]> {
	const { rows } = await sql<{ name: string }>`
		select table_name as name from information_schema.tables
		where table_schema = current_schema() and table_type = 'BASE TABLE'
		order by table_name`.execute(db);
	return rows.map((r) => r.name);
}

export async function listSqliteTables(db: AnyDb): Promise<string[]> {
	const { rows } = await sql<{ name: string }>`
		select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
		order by name`.execute(db);
	return rows.map((r) => r.name);
}

export interface ForeignKey {
	child: string;
	column: string;
	parent: string;
}

export async function listPgForeignKeys(db: AnyDb): Promise<ForeignKey[]> {
	const { rows } = await sql<ForeignKey>`
		select kcu.table_name as child, kcu.column_name as "column", ccu.table_name as parent
		from information_schema.table_constraints tc
		join information_schema.key_column_usage kcu
			on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
		join information_schema.constraint_column_usage ccu
			on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
		where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
	return rows;
}

export async function selectAllRows(db: AnyDb, table: string): Promise<Record<string, unknown>[]> {
	return db.selectFrom(table).selectAll().execute();
}

export async function insertRows(
	db: AnyDb,
	table: string,
	rows: Record<string, unknown>[]
): Promise<void> {
	if (!rows.length) return;
	const columns = Object.keys(rows[0] ?? {}).length || 1;
	const batch = Math.max(1, Math.floor(30000 / columns));
	for (let i = 0; i < rows.length; i += batch) {
		await db
			.insertInto(table)
			.values(rows.slice(i, i + batch))
			.execute();
	}
}

export async function listSqliteForeignKeys(db: AnyDb, tables: string[]): Promise<ForeignKey[]> {
	const out: ForeignKey[] = [];
	for (const table of tables) {
		const { rows } = await sql<{ table: string; from: string }>`
			select "table", "from" from pragma_foreign_key_list(${table})`.execute(db);
		for (const r of rows) out.push({ child: table, column: r.from, parent: r.table });
	}
	return out;
}

export async function listColumns(
	db: AnyDb,
	dialect: 'sqlite' | 'postgres',
	table: string
): Promise<string[]> {
	if (dialect === 'sqlite') {
		const { rows } = await sql<{
			name: string;
		}>`select name from pragma_table_info(${table})`.execute(db);
		return rows.map((r) => r.name);
	}
	const { rows } = await sql<{ name: string }>`
		select column_name as name from information_schema.columns
		where table_schema = current_schema() and table_name = ${table}`.execute(db);
	return rows.map((r) => r.name);
}

export async function selectRowsWhereIn(
	db: AnyDb,
	table: string,
	column: string,
	values: unknown[]
): Promise<Record<string, unknown>[]> {
	const out: Record<string, unknown>[] = [];
	for (let i = 0; i < values.length; i += 500) {
		const chunk = values.slice(i, i + 500);
		if (!chunk.length) continue;
		out.push(...(await db.selectFrom(table).selectAll().where(column, 'in', chunk).execute()));
	}
	return out;
}
