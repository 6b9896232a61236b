// npm run restore -- FILE: restores a backup of `npm run backup` into an EMPTY DATA_DIR (SQLite)
// or an empty PostgreSQL database (DATABASE_URL). Refuses to touch existing data.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { createDb } from '../src/lib/server/db/db.ts';
import { EnvError, parseEnv } from '../src/lib/server/env.ts';
import { RestoreError, restoreBackup } from '../src/lib/server/backup/restore.service.ts';
import { importAlliance } from '../src/lib/server/backup/alliance-transfer.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: { alliance: { type: 'boolean', default: false } }
});
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
if (values.alliance) {
	// One alliance into an installation that may be running: added beside the others.
	const target = createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
	try {
		await migrateToLatest(target.db);
		const result = await importAlliance(
			{ db: target.db, dialect: target.dialect, uploadDir: env.uploadDir },
			path.resolve(file)
		);
		console.log(
			`Bündnis „${result.slug}“ übernommen (${result.people} Personen, davon ${result.existingPeople} mit schon vorhandenem Konto). Laufende Instanzen sehen es nach spätestens 5 Sekunden.`
		);
	} catch (error) {
		console.error(
			`Die Übernahme ist fehlgeschlagen: ${error instanceof Error ? error.message : error}`
		);
		process.exitCode = 1;
	} finally {
		await target.close();
	}
	process.exit();
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
