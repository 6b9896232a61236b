import { isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import { createEvent } from '../../src/lib/server/events/core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../../src/lib/server/events/core/event.types.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { eventInput, linkPartnerContact, makePartner } from '../factories/events.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import * as adminRegistrations from '../../src/routes/admin/termine/anmeldungen/[id]/+page.server.ts';
import * as internRegistrations from '../../src/routes/intern/termine/anmeldungen/[id]/+page.server.ts';
import * as language from '../../src/routes/sprache/+server.ts';

/* Bad input answers with a field error or a safe default — never with a 500. */

let app: App;
let close: () => Promise<void>;
let alliance: Alliance;
let coordinator: Viewer;
let contact: Viewer;
let eventId: string;
const base = 'http://localhost:5999';

const locals = (viewer: Viewer | null, prefix = ''): RouteLocals => ({
	alliance,
	prefix,
	locale: 'de',
	viewer
});

beforeAll(async () => {
	({ app, close } = await startAppForRoutes());
	const ctx = app as unknown as TestContext;
	alliance = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	const person = async (role: 'coordinator' | 'partner'): Promise<Viewer> => {
		const p = await makePerson(ctx, { alliance, role });
		return { userId: p.userId, name: p.name, email: p.email, platformAdmin: false, role };
	};
	coordinator = await person('coordinator');
	contact = await person('partner');
	const partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
	eventId = (
		await createEvent(
			app,
			SYSTEM_ACTOR,
			alliance.id,
			eventInput({ title: 'Kinderflohmarkt', organiserPartnerId: partnerId }),
			{ status: 'published' }
		)
	).id;
});
afterAll(async () => close());

describe('an impossible date in the registration settings', () => {
	const form = { enabled: 'on', capacity: '20', closesOn: '2027-02-30', retentionDays: '' };

	it('is a field error for coordinators (admin) and partner contacts (intern)', async () => {
		const runs = [
			() =>
				adminRegistrations.actions.settings!(
					requestEvent({
						url: `${base}/admin/termine/anmeldungen/${eventId}?/settings`,
						params: { id: eventId },
						locals: locals(coordinator),
						form
					}) as never
				),
			() =>
				internRegistrations.actions.settings!(
					requestEvent({
						url: `${base}/intern/termine/anmeldungen/${eventId}?/settings`,
						params: { id: eventId },
						locals: locals(contact),
						form
					}) as never
				)
		];
		for (const run of runs) {
			const result = await outcome(run);
			expect(result.thrown, String(result.thrown)).toBeUndefined();
			const failure = result.value as { status: number; data: Record<string, unknown> };
			expect(failure.status).toBe(400);
			expect(JSON.stringify(failure.data)).toContain('error.date');
			// What was typed comes back to the form.
			expect(JSON.stringify(failure.data)).toContain('2027-02-30');
		}
	});
});

describe('the language switch', () => {
	const set: { name: string; value: string; options: Record<string, unknown> }[] = [];
	async function target(query: string, prefix = '', origin = base): Promise<string> {
		const event = {
			...requestEvent({ url: `${origin}${prefix}/sprache${query}`, locals: locals(null, prefix) }),
			cookies: {
				set: (name: string, value: string, options: Record<string, unknown>) =>
					set.push({ name, value, options })
			}
		};
		const result = await outcome(() => language.GET(event as never));
		expect(isRedirect(result.thrown), String(result.thrown)).toBe(true);
		return (result.thrown as { location: string }).location;
	}

	it('returns to the page, or to the home page for anything that is not a path here', async () => {
		expect(await target('?l=en&zurueck=%2Ftermine%3Fthema%3Dsport')).toBe('/termine?thema=sport');
		expect(await target('?l=en&zurueck=/%5Cevil.example')).toBe('/');
		expect(await target('?l=en&zurueck=//evil.example')).toBe('/');
		expect(await target('?l=en&zurueck=https://evil.example/')).toBe('/');
		expect(await target('?l=en&zurueck=/%5Cevil.example', '/b/hafen')).toBe('/b/hafen/');
		expect(await target('?l=en', '/b/hafen')).toBe('/b/hafen/');
	});

	it('sets a cookie that a browser keeps on plain http, and a Secure one on https', async () => {
		set.length = 0;
		await target('?l=en&zurueck=/', '', 'http://familie.example');
		await target('?l=de&zurueck=/', '', 'https://familie.example');
		expect(set.map((c) => [c.name, c.value, c.options.secure, c.options.path])).toEqual([
			['lang', 'en', false, '/'],
			['lang', 'de', true, '/']
		]);
	});
});
