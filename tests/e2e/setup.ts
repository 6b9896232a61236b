// globalSetup of the e2e project: builds the app, starts a real SMTP server (with an HTTP
// window for the tests), starts the built app on a fresh SQLite database with the demo
// alliance, checks that Chromium starts, and tears it all down afterwards. Any failure here
// fails the run loudly: the journeys are never skipped.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, buildApp, startApp } from './support/app-process.ts';
import { launchBrowser } from './support/browser.ts';
import { startMailCatcher } from './support/mail-catcher.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The app under test, e.g. http://127.0.0.1:5190 */
		baseUrl: string;
		/** The mail catcher's HTTP window */
		mailUrl: string;
		/** The app's DATA_DIR (SQLite file and uploads) */
		dataDir: string;
	}
}

export default async function setup(project: TestProject) {
	const browser = await launchBrowser().catch((error: unknown) => {
		throw new Error(
			`Chromium does not start (${String(error)}). Install it: apt-get install -y chromium`,
			{ cause: error }
		);
	});
	await browser.close();

	buildApp();
	const mail = await startMailCatcher();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-e2e-'));
	const app = await startApp({
		dataDir,
		logFile: path.join(ROOT, 'test-results', 'e2e-app.log'),
		env: {
			SEED_DEMO: 'true',
			SMTP_HOST: '127.0.0.1',
			SMTP_PORT: String(mail.smtpPort),
			SMTP_FROM: 'buendnis@example.org',
			// Many logins from one address in a few seconds; the limit itself has its own tests.
			RATE_LIMIT_PER_MINUTE: '10000'
		}
	}).catch(async (error: unknown) => {
		await mail.stop();
		throw error;
	});
	project.provide('baseUrl', app.url);
	project.provide('mailUrl', mail.url);
	project.provide('dataDir', dataDir);

	return async () => {
		await app.stop();
		await mail.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	};
}
