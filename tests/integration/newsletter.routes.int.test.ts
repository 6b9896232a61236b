import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlliance, getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import { issueFormToken } from '../../src/lib/server/concerns/form-guard.ts';
import { createJobRunner } from '../../src/lib/server/jobs/job-runner.ts';
import { saveIssue, sendIssue } from '../../src/lib/server/newsletter/newsletter-issue.service.ts';
import { newsletterScope } from '../../src/lib/server/newsletter/newsletter-subscribe.service.ts';
import { newsletterSendJob } from '../../src/lib/server/newsletter/newsletter.job.ts';
import * as repo from '../../src/lib/server/newsletter/newsletter.repository.ts';
import { isOneClickPath } from '../../src/lib/server/newsletter/one-click.ts';
import { makePerson } from '../factories/accounts.ts';
import { requestEvent, startAppForRoutes, type RouteLocals } from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import type { TestSmtp } from '../support/smtp.ts';
import * as subscribePage from '../../src/routes/newsletter/+page.server.ts';
import * as confirmPage from '../../src/routes/newsletter/bestaetigen/[token]/+page.server.ts';
import * as oneClick from '../../src/routes/newsletter/abmelden/[token]/sofort/+server.ts';

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let alliance: Alliance;
const base = 'http://localhost:5999/b/nl-routes';
const locals = (): RouteLocals => ({
	alliance,
	prefix: '/b/nl-routes',
	locale: 'de',
	viewer: null
});

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	alliance = (await getAlliance(
		app,
		(await createAlliance(app, { slug: 'nl-routes', name: 'Bündnis Routenstadt' }))!.id
	))!;
});
afterAll(async () => close());

describe('newsletter routes', () => {
	it('subscribe, confirm by button (not by opening the link), and one-click unsubscribe by a POST without cookies', async () => {
		const email = 'klick@example.org';
		const started = await issueFormToken(app.db, newsletterScope(alliance.id), Date.now() - 10_000);
		const sent = await subscribePage.actions.default!(
			requestEvent({
				url: `${base}/newsletter`,
				locals: locals(),
				form: { email, topics: ['news', 'events'], locale: 'de', consent: 'on', started }
			}) as never
		);
		expect(sent).toMatchObject({ ok: true });
		const mail = await smtp.waitFor(email, /bestätigen/);
		const token = /\/newsletter\/bestaetigen\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
		// Opening the link (what a mail scanner does) confirms nothing.
		const page = await confirmPage.load(
			requestEvent({
				url: `${base}/newsletter/bestaetigen/${token}`,
				locals: locals(),
				params: { token }
			}) as never
		);
		expect(page).toMatchObject({ valid: true });
		expect((await repo.findSubscriberByEmail(app.db, alliance.id, email))?.status).toBe('pending');
		await confirmPage.actions.default!(
			requestEvent({
				url: `${base}/newsletter/bestaetigen/${token}`,
				locals: locals(),
				params: { token },
				form: {}
			}) as never
		);
		expect((await repo.findSubscriberByEmail(app.db, alliance.id, email))?.status).toBe(
			'confirmed'
		);

		const coordinator = await makePerson({ ...app, smtp } as unknown as TestContext, {
			alliance,
			role: 'coordinator'
		});
		const actor = { userId: coordinator.userId, platformAdmin: false };
		const id = await saveIssue(app, actor, alliance.id, {
			id: '',
			subject: 'Ausgabe zum Abbestellen',
			body: '<p>Hallo</p>',
			topics: ['news']
		});
		await sendIssue(app, actor, alliance.id, id);
		const runner = createJobRunner(app, { definitions: [newsletterSendJob] });
		await runner.tick(new Date());
		await runner.stop();
		const issue = await smtp.waitFor(email, /Ausgabe zum Abbestellen/);
		const header = /^<(.+)>$/.exec(issue.headers['list-unsubscribe'] ?? '')![1]!;
		expect(header.startsWith(`${base}/newsletter/abmelden/`)).toBe(true);
		expect(isOneClickPath(new URL(header).pathname)).toBe(true);
		const unsubscribeToken = /abmelden\/([A-Za-z0-9_-]{43})\/sofort$/.exec(header)![1]!;

		// The mail program's POST: no cookies, no session, only the RFC 8058 body.
		const request = new Request(header, {
			method: 'POST',
			headers: { 'content-type': 'application/x-list-unsubscribe' },
			body: 'List-Unsubscribe=One-Click'
		});
		expect(request.headers.get('cookie')).toBeNull();
		const answer = await oneClick.POST({
			request,
			locals: locals(),
			params: { token: unsubscribeToken },
			url: new URL(header)
		} as never);
		expect(answer.status).toBe(204);
		expect(await repo.findSubscriberByEmail(app.db, alliance.id, email)).toBeUndefined();
		// A POST without the one-click body does nothing harmful.
		const wrong = await oneClick.POST({
			request: new Request(header, { method: 'POST', body: 'x' }),
			locals: locals(),
			params: { token: unsubscribeToken },
			url: new URL(header)
		} as never);
		expect(wrong.status).toBe(400);
	});
});
