import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAlliance } from '../../src/lib/server/alliances/alliance.repository.ts';
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
import type { TestSmtp } from '../support/smtp.ts';
import * as donate from '../../src/routes/mitmachen/spenden/+page.server.ts';
import * as thanks from '../../src/routes/mitmachen/spenden/danke/[id]/+page.server.ts';
import * as adminDonations from '../../src/routes/admin/spenden/+page.server.ts';
import * as board from '../../src/routes/intern/pinnwand/+page.server.ts';
import * as boardNew from '../../src/routes/intern/pinnwand/neu/+page.server.ts';
import * as boardPost from '../../src/routes/intern/pinnwand/[id]/+page.server.ts';

/*
 * The Pinnwand and the donation purposes through their routes on the real app: a partner
 * posts and another replies (mail caught by the real SMTP server), another alliance gets 404s,
 * bad input gives a 400; the donation page with and without purposes, and its thank-you page.
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let alliance: Alliance;
let other: Alliance;
let coordinator: Viewer;
let poster: Viewer;
let replier: Viewer;
let otherCoordinator: Viewer;
const base = 'http://localhost:5998';

const viewer = (p: TestPerson, role: Viewer['role']): Viewer => ({
	userId: p.userId,
	name: p.name,
	email: p.email,
	platformAdmin: false,
	role
});
const locals = (v: Viewer | null, a: Alliance = alliance): RouteLocals => ({
	alliance: a,
	prefix: '',
	locale: 'de',
	viewer: v
});
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	const a = await makeAlliance(ctx);
	await updateAlliance(app.db, a.id, {
		bank: JSON.stringify({
			holder: 'Förderverein Familie e. V.',
			iban: 'DE02120300000000202051',
			bic: '',
			bank: '',
			purpose: 'Spende Bündnis'
		})
	});
	alliance = (await getAlliance(app, a.id))!;
	other = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	coordinator = viewer(await makePerson(ctx, { alliance, role: 'coordinator' }), 'coordinator');
	poster = viewer(
		await makePerson(ctx, { alliance, role: 'partner', email: 'poster@verein.example' }),
		'partner'
	);
	replier = viewer(
		await makePerson(ctx, { alliance, role: 'partner', email: 'replier@kita.example' }),
		'partner'
	);
	otherCoordinator = viewer(
		await makePerson(ctx, { alliance: other, role: 'coordinator' }),
		'coordinator'
	);
});
afterAll(async () => close());

describe('Pinnwand routes', () => {
	it('post, reply by mail, 404 for another alliance, 400 for bad input', async () => {
		const bad = await outcome(() =>
			boardNew.actions.default!(
				requestEvent({
					url: `${base}/intern/pinnwand/neu`,
					locals: locals(poster),
					form: {
						kind: 'offer',
						category: 'rooms',
						title: 'Raum frei',
						body: 'Ein Raum für zwanzig Menschen.',
						endsOn: inDays(-3)
					}
				}) as never
			)
		);
		expect((bad.value as { status?: number }).status).toBe(400);
		const created = await outcome(() =>
			boardNew.actions.default!(
				requestEvent({
					url: `${base}/intern/pinnwand/neu`,
					locals: locals(poster),
					form: {
						kind: 'offer',
						category: 'rooms',
						title: 'Raum frei',
						body: 'Ein Raum für zwanzig Menschen.',
						endsOn: inDays(10)
					}
				}) as never
			)
		);
		expect(isRedirect(created.thrown)).toBe(true);
		const location = (created.thrown as { location: string }).location;
		const id = /\/intern\/pinnwand\/([0-9a-f-]{36})/.exec(location)?.[1] ?? '';
		expect(id).not.toBe('');

		const list = (await board.load(
			requestEvent({ url: `${base}/intern/pinnwand`, locals: locals(replier) }) as never
		)) as { posts: { id: string }[] };
		expect(list.posts.map((p) => p.id)).toContain(id);

		const reply = await outcome(() =>
			boardPost.actions.reply!(
				requestEvent({
					url: `${base}/intern/pinnwand/${id}`,
					locals: locals(replier),
					params: { id },
					form: { message: 'Wir hätten gern den Raum am Dienstag.' }
				}) as never
			)
		);
		expect(reply.value).toMatchObject({ ok: true });
		const mail = await smtp.waitFor('poster@verein.example', /Antwort auf Ihren Beitrag/);
		expect(mail.replyTo).toBe('replier@kita.example');

		const foreign = await outcome(() =>
			boardPost.load(
				requestEvent({
					url: `${base}/intern/pinnwand/${id}`,
					locals: locals(otherCoordinator, other),
					params: { id }
				}) as never
			)
		);
		expect(isHttpError(foreign.thrown, 404)).toBe(true);
		const anonymous = await outcome(() =>
			board.load(requestEvent({ url: `${base}/intern/pinnwand`, locals: locals(null) }) as never)
		);
		expect(isRedirect(anonymous.thrown)).toBe(true);
		const removeForeign = await outcome(() =>
			boardPost.actions.remove!(
				requestEvent({
					url: `${base}/intern/pinnwand/${id}`,
					locals: locals(otherCoordinator, other),
					params: { id },
					form: {}
				}) as never
			)
		);
		expect(isHttpError(removeForeign.thrown, 404)).toBe(true);
	});
});

describe('donation routes', () => {
	it('without purposes the page shows one GiroCode; with purposes one per purpose and a thank-you page', async () => {
		const before = (await donate.load(
			requestEvent({ url: `${base}/mitmachen/spenden`, locals: locals(null) }) as never
		)) as { girocode: string | null; purposes: unknown[] };
		expect(before.girocode).toContain('<svg');
		expect(before.purposes).toEqual([]);

		const bad = await outcome(() =>
			adminDonations.actions.create!(
				requestEvent({
					url: `${base}/admin/spenden`,
					locals: locals(coordinator),
					form: { title: 'Ferienfreizeit', remittance: 'Spende Ferien', goal: 'viel' }
				}) as never
			)
		);
		expect((bad.value as { status?: number }).status).toBe(400);
		const forbidden = await outcome(() =>
			adminDonations.actions.create!(
				requestEvent({
					url: `${base}/admin/spenden`,
					locals: locals(poster),
					form: { title: 'Ferienfreizeit', remittance: 'Spende Ferien' }
				}) as never
			)
		);
		expect(isHttpError(forbidden.thrown, 403)).toBe(true);
		const created = await outcome(() =>
			adminDonations.actions.create!(
				requestEvent({
					url: `${base}/admin/spenden`,
					locals: locals(coordinator),
					form: {
						title: 'Ferienfreizeit',
						remittance: 'Spende Ferien',
						goal: '1.000',
						raised: '250',
						thanks: 'Danke, dass Sie Kindern Ferien schenken!',
						published: 'on'
					}
				}) as never
			)
		);
		expect(isRedirect(created.thrown)).toBe(true);

		const after = (await donate.load(
			requestEvent({ url: `${base}/mitmachen/spenden`, locals: locals(null) }) as never
		)) as {
			girocode: string | null;
			purposes: { id: string; girocode: string; remittance: string; percent: number }[];
		};
		expect(after.girocode).toBeNull();
		expect(after.purposes).toHaveLength(1);
		expect(after.purposes[0]).toMatchObject({ remittance: 'Spende Ferien', percent: 25 });
		expect(after.purposes[0]?.girocode).toContain('<svg');
		const id = after.purposes[0]!.id;

		const page = (await thanks.load(
			requestEvent({
				url: `${base}/mitmachen/spenden/danke/${id}`,
				locals: locals(null),
				params: { id }
			}) as never
		)) as { thanks: string };
		expect(page.thanks).toBe('Danke, dass Sie Kindern Ferien schenken!');
		const elsewhere = await outcome(() =>
			thanks.load(
				requestEvent({
					url: `${base}/mitmachen/spenden/danke/${id}`,
					locals: locals(null, other),
					params: { id }
				}) as never
			)
		);
		expect(isHttpError(elsewhere.thrown, 404)).toBe(true);
	});
});
