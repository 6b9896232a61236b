import { isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { App } from '../../src/lib/server/app.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import { getEvent } from '../../src/lib/server/events/core/event.service.ts';
import { localDate } from '../../src/lib/server/events/core/time-zone.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../factories/events.ts';
import {
	outcome,
	requestEvent,
	startAppForRoutes,
	type RouteLocals
} from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import * as internNew from '../../src/routes/intern/termine/neu/+page.server.ts';
import * as internEdit from '../../src/routes/intern/termine/[id]/+page.server.ts';

/*
 * Partners' event form has the coordinators' recurrence and exceptions (one RepeatFields in
 * both forms): a partner contact saves a series on two weekdays with a left-out date, and the
 * edit form shows it again as saved.
 */

let app: App;
let close: () => Promise<void>;
let alliance: Alliance;
let contact: Viewer;
let partnerId: string;
const base = 'http://localhost:5999';
const locals = (viewer: Viewer): RouteLocals => ({ alliance, prefix: '', locale: 'de', viewer });

beforeAll(async () => {
	let smtp: unknown;
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	alliance = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	const p = await makePerson(ctx, { alliance, role: 'partner', name: 'Aylin Demir' });
	contact = {
		userId: p.userId,
		name: p.name,
		email: p.email,
		platformAdmin: false,
		role: 'partner'
	};
	partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
});
afterAll(async () => close());

describe('a partner saves a series with exceptions', () => {
	it('weekly on Monday and Wednesday, 10 times, without 16.12.', async () => {
		const created = await outcome(() =>
			internNew.actions.default!(
				requestEvent({
					url: `${base}/intern/termine/neu`,
					locals: locals(contact),
					form: {
						title: 'Elterncafé',
						summary: 'Offener Treff',
						description: '<p>Kaffee und Gespräche.</p>',
						startDate: '2026-12-14',
						startTime: '09:30',
						endTime: '11:00',
						repeat: 'weekly',
						repeatDays: ['MO', 'WE'],
						repeatEnd: 'count',
						repeatCount: '10',
						exdates: '16.12.2026',
						placeName: 'Familienzentrum Am Hafen',
						organiser: partnerId,
						targetGroups: ['0-3', 'parents'],
						costKind: 'free',
						languages: ['de'],
						intent: 'save'
					}
				}) as never
			)
		);
		expect(isRedirect(created.thrown), String(created.thrown)).toBe(true);
		const id = (created.thrown as { location: string }).location.split('/').pop()!.split('?')[0]!;
		const event = (await getEvent(app, alliance.id, id))!;
		expect(event.rrule).toBe('FREQ=WEEKLY;COUNT=10;BYDAY=MO,WE');
		expect(event.exdates.map((d) => localDate(d))).toEqual(['2026-12-16']);

		const edit = (await internEdit.load(
			requestEvent({
				url: `${base}/intern/termine/${id}`,
				params: { id },
				locals: locals(contact)
			}) as never
		)) as { values: Record<string, string | string[]> };
		expect(edit.values).toMatchObject({
			repeat: 'weekly',
			repeatDays: ['MO', 'WE'],
			repeatEnd: 'count',
			repeatCount: '10',
			exdates: '16.12.2026'
		});
	});
});
