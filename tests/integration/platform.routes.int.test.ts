import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app.ts';
import { findAllianceBySlug } from '../../src/lib/server/alliances/alliance.repository.ts';
import { createAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import { createAccount } from '../../src/lib/server/accounts/account.service.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import { outcome, requestEvent, startAppForRoutes } from '../support/app-for-routes.ts';
import * as plattform from '../../src/routes/plattform/+page.server.ts';

/*
 * The operator's first run and the platform area through their real entry points: the setup
 * command on an empty installation, and /plattform's delete action with its permission check.
 */

let app: App;
let close: () => Promise<void>;
let operator: Viewer;
let coordinator: Viewer;
const base = 'http://localhost:5999';

beforeAll(async () => {
	({ app, close } = await startAppForRoutes());
	const op = await createAccount(app, {
		email: 'betrieb@stadt.example',
		name: 'IT-Dienstleister',
		password: 'ein-langes-passwort',
		platformAdmin: true
	});
	operator = {
		userId: op.userId,
		name: 'IT-Dienstleister',
		email: 'betrieb@stadt.example',
		platformAdmin: true,
		role: null
	};
	const other = await createAccount(app, {
		email: 'koordination@irgendwo.example',
		name: 'Kora',
		password: 'ein-langes-passwort'
	});
	coordinator = { ...operator, userId: other.userId, platformAdmin: false, role: 'coordinator' };
});
afterAll(async () => {
	await close();
});

function deleteEvent(viewer: Viewer, form: Record<string, string>) {
	return requestEvent({
		url: `${base}/plattform?/delete`,
		locals: { alliance: null, prefix: '', locale: 'de', viewer },
		form
	}) as never;
}

describe('/plattform: deleting an alliance', () => {
	it('asks for the slug, refuses others, and deletes with the right one', async () => {
		const alliance = await createAlliance(app, { slug: 'demo-weg', name: 'Demo weg' });

		const forbidden = await outcome(() =>
			plattform.actions.delete!(
				deleteEvent(coordinator, { allianceId: alliance.id, confirm: 'demo-weg' })
			)
		);
		expect(isHttpError(forbidden.thrown) && forbidden.thrown.status).toBe(403);

		const wrong = await outcome(() =>
			plattform.actions.delete!(deleteEvent(operator, { allianceId: alliance.id, confirm: 'demo' }))
		);
		expect(wrong.value).toMatchObject({
			status: 400,
			data: { message: 'launch.platform.error.confirm' }
		});
		expect(await findAllianceBySlug(app.db, 'demo-weg')).toBeDefined();

		const done = await outcome(() =>
			plattform.actions.delete!(
				deleteEvent(operator, { allianceId: alliance.id, confirm: 'demo-weg' })
			)
		);
		expect(done.value).toMatchObject({ success: 'launch.platform.deleted' });
		expect(await findAllianceBySlug(app.db, 'demo-weg')).toBeUndefined();
		// The list no longer shows it.
		const page = (await plattform.load(
			requestEvent({
				url: `${base}/plattform`,
				locals: { alliance: null, prefix: '', locale: 'de', viewer: operator }
			}) as never
		)) as { alliances: { slug: string }[] };
		expect(page.alliances.map((a) => a.slug)).not.toContain('demo-weg');
	});
});

describe('npm run setup on an empty installation', () => {
	it('creates the operator with the password typed in, and refuses a second run', () => {
		if (process.env.TEST_DB === 'postgres') return; // the command's database is the DATA_DIR's SQLite here
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-setup-'));
		const run = (input: string, args: string[] = []) =>
			spawnSync(process.execPath, ['scripts/setup.ts', ...args], {
				input,
				encoding: 'utf8',
				env: {
					...process.env,
					DATA_DIR: dataDir,
					DATABASE_URL: '',
					SEED_DEMO: 'false',
					SMTP_HOST: '',
					SMTP_FROM: '',
					LOG_LEVEL: 'silent'
				}
			});
		try {
			const first = run('Stadt-IT Musterland\nadmin@stadt.example\nmein-eigenes-passwort-42\n');
			expect(first.stderr).toBe('');
			expect(first.status).toBe(0);
			expect(first.stdout).toContain('admin@stadt.example');
			const second = run('Noch wer\nzwei@stadt.example\nnoch-ein-passwort-42\n');
			expect(second.status).toBe(1);
			expect(second.stderr).toContain('Es gibt schon ein Betriebskonto');
			const short = run('Noch wer\nzwei@stadt.example\nkurz\n', ['--weiteres']);
			expect(short.status).toBe(1);
			expect(short.stderr).toContain('Passwort');
		} finally {
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	}, 120_000);
});
