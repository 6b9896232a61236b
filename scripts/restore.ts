// npm run restore -- FILE: restores a backup of `npm run backup` into an EMPTY DATA_DIR (SQLite)
// or an empty PostgreSQL database (DATABASE_URL). Refuses to touch existing data.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createDb } from '../src/lib/server/db/db.ts';
import { EnvError, parseEnv } from '../src/lib/server/env.ts';
import { RestoreError, restoreBackup } from '../src/lib/server/backup/restore.service.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const file = positionals[0];
if (!file) {
	console.error('Aufruf: npm run restore -- SICHERUNG.tar.gz');
	process.exit(1);
}
let env;
try {
	env = parseEnv(process.env);
} catch (error) {
	console.error(error instanceof EnvError ? error.message : error);
	process.exit(1);
}
const handle = env.DATABASE_URL ? createDb({ databaseUrl: env.DATABASE_URL }) : null;
try {
	const pgSchema = handle
		? (await sql<{ s: string }>`select current_schema() as s`.execute(handle.db)).rows[0]?.s
		: undefined;
	const manifest = await restoreBackup(path.resolve(file), {
		dialect: handle ? 'postgres' : 'sqlite',
		db: handle?.db,
		pgSchema,
		sqliteFile: path.join(env.dataDir, 'buendnis.sqlite'),
		uploadDir: env.uploadDir
	});
	console.log(
		`Wiederhergestellt: Stand ${manifest.createdAt}, ${Object.keys(manifest.tables).length} Tabellen, ${manifest.files} Dateien. Starten Sie jetzt den Server.`
	);
} catch (error) {
	console.error(
		`Die Wiederherstellung ist fehlgeschlagen: ${error instanceof RestoreError || error instanceof Error ? error.message : error}`
	);
	process.exitCode = 1;
} finally {
	await handle?.close();
}
