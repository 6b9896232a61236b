// npm run db:migrate: brings the database named by DATABASE_URL (or DATA_DIR's SQLite file) up to date.
import { createDb } from '../src/lib/server/db/db.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { EnvError, parseEnv } from '../src/lib/server/env.ts';

try {
	const env = parseEnv(process.env);
	const handle = createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
	const applied = await migrateToLatest(handle.db);
	console.log(
		applied.length ? `Migrationen ausgeführt: ${applied.join(', ')}` : 'Datenbank ist aktuell.'
	);
	await handle.close();
} catch (error) {
	console.error(error instanceof EnvError ? error.message : error);
	process.exit(1);
}
