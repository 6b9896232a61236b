import { isHttpError, isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../../src/lib/server/events/core/event.types.ts';
import { markAsPlenum } from '../../src/lib/server/plenum/plenum.service.ts';
import * as repo from '../../src/lib/server/plenum/plenum.repository.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { berlin, berlinDay, eventInput } from '../factories/events.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import * as listPage from '../../src/routes/admin/plenum/+page.server.ts';
import * as plenumPage from '../../src/routes/admin/plenum/[id]/+page.server.ts';
import * as attendancePage from '../../src/routes/admin/plenum/[id]/anwesenheit/+page.server.ts';
import * as attendanceCsv from '../../src/routes/admin/plenum/[id]/anwesenheit.csv/+server.ts';
import * as publicMinutes from '../../src/routes/termine/[slug]/protokoll/+page.server.ts';

/* The plenum's pages: coordinators only, bad input is a translated 400, another alliance's plenum a 404. */

let app: App;
let close: () => Promise<void>;
let a: Alliance;
let b: Alliance;
let coordinator: Viewer;
let contact: Viewer;
let coordinatorB: Viewer;
let plenumId: string;
let slug: string;
const base = 'http://localhost:5999';
const locals = (alliance: Alliance, viewer: Viewer | null): RouteLocals => ({
	alliance,
	prefix: '',
	locale: 'de',
	viewer
});

beforeAll(async () => {
	({ app, close } = await startAppForRoutes());
	const ctx = app as unknown as TestContext;
	a = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	b = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	const person = async (alliance: Alliance, role: 'coordinator' | 'partner'): Promise<Viewer> => {
		const p = await makePerson(ctx, { alliance, role });
		return { userId: p.userId, name: p.name, email: p.email, platformAdmin: false, role };
	};
	coordinator = await person(a, 'coordinator');
	contact = await person(a, 'partner');
	coordinatorB = await person(b, 'coordinator');
	const day = berlinDay(30);
	const event = await createEvent(
		app,
		SYSTEM_ACTOR,
		a.id,
		eventInput({ title: 'Bündnisplenum', start: berlin(day, '18:00'), end: berlin(day, '20:00') }),
		{ status: 'published' }
	);
	slug = event.slug;
	plenumId = await markAsPlenum(app, coordinator, a.id, event.id);
});
afterAll(async () => close());

const settings = {
	agenda: 'Begrüßung',
	invitationText: '',
	includePartners: 'on',
	extraAddresses: 'gut@example.org\nkeine-adresse',
	reminderDays: '7'
};

describe('plenum routes', () => {
	it('an address that is none, or impossible reminder days, is a field error; what was typed comes back', async () => {
		const url = `${base}/admin/plenum/${plenumId}?/save`;
		for (const [form, field, key] of [
			[settings, 'extraAddresses', 'plenum.error.addresses'],
			[
				{ ...settings, extraAddresses: '', reminderDays: '0' },
				'reminderDays',
				'plenum.error.reminderDays'
			],
			[{ ...settings, extraAddresses: '', reminderDays: 'bald' }, 'reminderDays', 'error.number']
		] as const) {
			const result = await outcome(() =>
				plenumPage.actions.save!(
					requestEvent({
						url,
						params: { id: plenumId },
						locals: locals(a, coordinator),
						form
					}) as never
				)
			);
			expect(result.thrown, String(result.thrown)).toBeUndefined();
			const failure = result.value as {
				status: number;
				data: { errors: Record<string, { key: string }>; values: Record<string, string> };
			};
			expect(failure.status).toBe(400);
			expect(failure.data.errors[field]?.key).toBe(key);
			expect(failure.data.values.extraAddresses?.replace(/\r\n/g, '\n')).toBe(form.extraAddresses);
		}
		expect((await repo.findPlenum(app.db, a.id, plenumId))?.extra_addresses).toBe('');
		// Sending without ticking the confirmation sends nothing.
		const send = await outcome(() =>
			plenumPage.actions.send!(
				requestEvent({
					url: `${base}/admin/plenum/${plenumId}?/send`,
					params: { id: plenumId },
					locals: locals(a, coordinator),
					form: {}
				}) as never
			)
		);
		expect((send.value as { status: number }).status).toBe(400);
		expect((await repo.findPlenum(app.db, a.id, plenumId))?.invitation_status).toBe('draft');
		// An attendance mark that is neither present nor absent, or for a stranger.
		for (const form of [
			{ 'mark:x': 'vielleicht' },
			{ [`mark:${crypto.randomUUID()}`]: 'present' }
		]) {
			const result = await outcome(() =>
				attendancePage.actions.save!(
					requestEvent({
						url: `${base}/admin/plenum/${plenumId}/anwesenheit?/save`,
						params: { id: plenumId },
						locals: locals(a, coordinator),
						form
					}) as never
				)
			);
			expect((result.value as { status: number }).status).toBe(400);
		}
		// An event of another alliance cannot become this alliance's plenum.
		const foreignEvent = (await repo.findPlenum(app.db, a.id, plenumId))!.event_id;
		const mark = await outcome(() =>
			listPage.actions.mark!(
				requestEvent({
					url: `${base}/admin/plenum?/mark`,
					locals: locals(b, coordinatorB),
					form: { event: foreignEvent }
				}) as never
			)
		);
		expect((mark.value as { status: number }).status).toBe(400);
	});

	it('partner contacts and visitors are turned away; a coordinator of another alliance finds nothing', async () => {
		const load = (alliance: Alliance, viewer: Viewer | null) =>
			outcome(() =>
				plenumPage.load(
					requestEvent({
						url: `${base}/admin/plenum/${plenumId}`,
						params: { id: plenumId },
						locals: locals(alliance, viewer)
					}) as never
				)
			);
		expect(isRedirect((await load(a, null)).thrown)).toBe(true);
		const partner = (await load(a, contact)).thrown;
		expect(isHttpError(partner) && partner.status).toBe(403);
		const other = (await load(b, coordinatorB)).thrown;
		expect(isHttpError(other) && other.status).toBe(404);
		const csv = await outcome(() =>
			attendanceCsv.GET(
				requestEvent({
					url: `${base}/admin/plenum/${plenumId}/anwesenheit.csv`,
					params: { id: plenumId },
					locals: locals(b, coordinatorB)
				}) as never
			)
		);
		expect(isHttpError(csv.thrown) && csv.thrown.status).toBe(404);
		const own = await outcome(() =>
			attendanceCsv.GET(
				requestEvent({
					url: `${base}/admin/plenum/${plenumId}/anwesenheit.csv`,
					params: { id: plenumId },
					locals: locals(a, coordinator)
				}) as never
			)
		);
		expect((own.value as Response).headers.get('content-type')).toMatch(/^text\/csv/);
		// No minutes yet: the public page does not exist.
		const minutes = await outcome(() =>
			publicMinutes.load(
				requestEvent({
					url: `${base}/termine/${slug}/protokoll`,
					params: { slug },
					locals: locals(a, null)
				}) as never
			)
		);
		expect(isHttpError(minutes.thrown) && minutes.thrown.status).toBe(404);
	});
});
