// npm test: every tier. Unit and integration (SQLite and PostgreSQL) first, then the
// end-to-end journeys in Chromium against the built app. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';

const extra = process.argv.slice(2);
const run = (args: string[]) =>
	spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, ...extra], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'test' }
	}).status ?? 1;

const first = run(['--project', 'unit', '--project', 'sqlite', '--project', 'postgres']);
if (first !== 0) process.exit(first);
process.exit(run(['--project', 'e2e']));
