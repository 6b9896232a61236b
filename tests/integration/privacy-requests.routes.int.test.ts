import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import { makeAlliance, makePerson, type TestPerson } from '../factories/accounts.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import * as page from '../../src/routes/admin/datenschutz-anfragen/+page.server.ts';
import * as exportRoute from '../../src/routes/admin/datenschutz-anfragen/export/+server.ts';

/*
 * Data protection requests through their routes on the real app: only coordinators, the export
 * is a JSON download, erasing needs the confirmation tick, bad input gives a 400.
 */

let app: App;
let close: () => Promise<void>;
let alliance: Alliance;
let coordinator: Viewer;
let editor: Viewer;
let person: TestPerson;
const base = 'http://localhost:5998';
const url = `${base}/admin/datenschutz-anfragen`;

const viewer = (p: TestPerson, role: Viewer['role']): Viewer => ({
	userId: p.userId,
	name: p.name,
	email: p.email,
	platformAdmin: false,
	role
});
const locals = (v: Viewer | null): RouteLocals => ({
	alliance,
	prefix: '',
	locale: 'de',
	viewer: v
});

beforeAll(async () => {
	let smtp;
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	alliance = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	coordinator = viewer(await makePerson(ctx, { alliance, role: 'coordinator' }), 'coordinator');
	const editorPerson = await makePerson(ctx, { alliance, role: 'editor' });
	editor = viewer(editorPerson, 'editor');
	person = await makePerson(ctx, { alliance, role: 'editor', email: 'paul.muster@example.org' });
});
afterAll(async () => {
	await close();
});

describe('admin/datenschutz-anfragen', () => {
	it('is for coordinators only', async () => {
		const load = await outcome(() =>
			page.load(requestEvent({ url, locals: locals(editor) }) as never)
		);
		expect(isHttpError(load.thrown) && load.thrown.status).toBe(403);
		const download = await outcome(() =>
			exportRoute.POST(
				requestEvent({
					url: `${url}/export`,
					locals: locals(editor),
					form: { email: person.email }
				}) as never
			)
		);
		expect(isHttpError(download.thrown) && download.thrown.status).toBe(403);
	});

	it('finds, exports and, after confirmation, erases', async () => {
		const found = await outcome(() =>
			page.actions.search!(
				requestEvent({ url, locals: locals(coordinator), form: { email: person.email } }) as never
			)
		);
		expect(found.value).toMatchObject({ email: person.email, counts: { account: 1 } });

		const bad = await outcome(() =>
			page.actions.search!(
				requestEvent({ url, locals: locals(coordinator), form: { email: 'kein-at' } }) as never
			)
		);
		expect(bad.value).toMatchObject({ status: 400 });

		const response = (await exportRoute.POST(
			requestEvent({
				url: `${url}/export`,
				locals: locals(coordinator),
				form: { email: person.email }
			}) as never
		)) as Response;
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename=".*\.json"$/
		);
		const body = (await response.json()) as { data: { account: { email: string }[] } };
		expect(body.data.account[0]?.email).toBe(person.email);

		const unconfirmed = await outcome(() =>
			page.actions.erase!(
				requestEvent({ url, locals: locals(coordinator), form: { email: person.email } }) as never
			)
		);
		expect(unconfirmed.value).toMatchObject({
			status: 400,
			data: { message: 'privacyRequests.error.confirm', counts: { account: 1 } }
		});

		const erased = await outcome(() =>
			page.actions.erase!(
				requestEvent({
					url,
					locals: locals(coordinator),
					form: { email: person.email, confirm: 'on' }
				}) as never
			)
		);
		expect(erased.value).toMatchObject({ success: 'privacyRequests.erased', params: { count: 1 } });

		const data = (await page.load(requestEvent({ url, locals: locals(coordinator) }) as never)) as {
			requests: { action: string }[];
			retention: unknown[];
		};
		expect(data.requests.map((r) => r.action)).toEqual(['erase', 'export']);
		expect(data.retention.length).toBeGreaterThan(5);
	});
});
