// npm run backup -- --out FILE: a consistent, compressed snapshot (.tar.gz) of the database and
// the uploads, taken while the site runs (see src/lib/server/backup/backup.service.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDb } from '../src/lib/server/db/db.ts';
import { EnvError, parseEnv } from '../src/lib/server/env.ts';
import { createBackup } from '../src/lib/server/backup/backup.service.ts';
import { exportAlliance } from '../src/lib/server/backup/alliance-transfer.ts';

const { values } = parseArgs({
	options: { out: { type: 'string' }, alliance: { type: 'string' } }
});
let env;
try {
	env = parseEnv(process.env);
} catch (error) {
	console.error(error instanceof EnvError ? error.message : error);
	process.exit(1);
}
const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
const out = path.resolve(values.out ?? `buendnis-sicherung-${stamp}.tar.gz`);
const handle = createDb({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
try {
	if (values.alliance) {
		const result = await exportAlliance(
			{ db: handle.db, dialect: handle.dialect, uploadDir: env.uploadDir },
			values.alliance,
			out
		);
		console.log(
			`Bündnis „${values.alliance}“ exportiert: ${out}\n  ${Object.values(result.tables).reduce((a, b) => a + b, 0)} Zeilen, ${result.files} Dateien`
		);
		process.exit(0);
	}
	const manifest = await createBackup(
		{
			dialect: handle.dialect,
			db: handle.db,
			sqliteFile: path.join(env.dataDir, 'buendnis.sqlite'),
			uploadDir: env.uploadDir
		},
		out
	);
	const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
	console.log(
		`Sicherung geschrieben: ${out}\n  ${Object.keys(manifest.tables).length} Tabellen, ${rows} Zeilen, ${manifest.files} Dateien (Stand der Datenbank: ${manifest.migration ?? '–'})`
	);
} catch (error) {
	console.error(
		`Die Sicherung ist fehlgeschlagen: ${error instanceof Error ? error.message : error}`
	);
	process.exitCode = 1;
} finally {
	await handle.close();
}
