import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import type { Actor } from '../../auth/actor.ts';
import { calendarIcs } from '../calendar/calendar-feed.service.ts';
import { EMPTY_FILTER } from '../calendar/calendar-filter.ts';
import { getEvent, getEventOverrides } from '../core/event.service.ts';
import { updateEvent } from '../core/update-event.service.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { feedFormSchema } from './import.schema.ts';
import { CANCELLED_NOTE, REMOVED_NOTE, type ImportCtx } from './import.types.ts';
import { createFeed, getFeed } from './import-feeds.service.ts';
import { syncFeed } from './import-sync.service.ts';

/*
 * The import against a real local HTTP server serving ICS files. The SSRF guard refuses
 * loopback; the tests allow 127.0.0.1 through the context's fetch policy (tests only).
 */

let ctx: TestContext;
let ictx: TestContext & ImportCtx;
let alliance: Alliance;
let coordinator: Actor;
let contact: Actor;
let otherContact: Actor;
let partnerId: string;
let otherPartnerId: string;
let server: http.Server;
let base: string;
const files = new Map<string, { status?: number; body: string; delayMs?: number }>();
const now = new Date('2026-11-21T12:00:00.000Z');

const cal = (...events: string[]) =>
	`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Familienzentrum//Kalender//DE\r\n${events.join('')}END:VCALENDAR\r\n`;
const vevent = (lines: string[]) =>
	`BEGIN:VEVENT\r\nDTSTAMP:${stamp}\r\n${lines.join('\r\n')}\r\nEND:VEVENT\r\n`;
let stamp = '20261121T100000Z';

const CAFE = (title = 'Elterncafé') =>
	vevent([
		'UID:cafe@hafen.example',
		'DTSTART;TZID=Europe/Berlin:20261202T093000',
		'DTEND;TZID=Europe/Berlin:20261202T113000',
		'RRULE:FREQ=WEEKLY;BYDAY=WE',
		'EXDATE;TZID=Europe/Berlin:20261223T093000',
		`SUMMARY:${title}`,
		'DESCRIPTION:Offener Treff für Eltern mit Babys.\\nMit Spielecke.',
		'LOCATION:Familienzentrum Am Hafen\\, Kaistraße 12\\, 12349 Musterstadt'
	]);
const CAFE_MOVED = vevent([
	'UID:cafe@hafen.example',
	'RECURRENCE-ID;TZID=Europe/Berlin:20261209T093000',
	'DTSTART;TZID=Europe/Berlin:20261209T150000',
	'DTEND;TZID=Europe/Berlin:20261209T170000',
	'SUMMARY:Elterncafé am Nachmittag'
]);
const CAFE_CANCELLED = vevent([
	'UID:cafe@hafen.example',
	'RECURRENCE-ID;TZID=Europe/Berlin:20261216T093000',
	'DTSTART;TZID=Europe/Berlin:20261216T093000',
	'DTEND;TZID=Europe/Berlin:20261216T113000',
	'SUMMARY:Elterncafé',
	'STATUS:CANCELLED'
]);
const FEST = (time = '140000') =>
	vevent([
		'UID:fest@hafen.example',
		`DTSTART;TZID=Europe/Berlin:20261212T${time}`,
		'DTEND;TZID=Europe/Berlin:20261212T180000',
		'SUMMARY:Adventsfest',
		'URL:https://hafen.example/adventsfest'
	]);
const FERIEN = vevent([
	'UID:ferien@hafen.example',
	'DTSTART;VALUE=DATE:20261228',
	'DTEND;VALUE=DATE:20261231',
	'SUMMARY:Ferienbetreuung'
]);
const PAST = vevent([
	'UID:past@hafen.example',
	'DTSTART:20261001T080000Z',
	'DTEND:20261001T100000Z',
	'SUMMARY:Herbstfest'
]);

async function importedEvents(feedId: string) {
	return ctx.db
		.selectFrom('event')
		.selectAll()
		.where('source_feed_id', '=', feedId)
		.orderBy('external_uid')
		.execute();
}

async function feedFor(path: string, options: Partial<Record<string, string>> = {}) {
	return createFeed(
		ictx,
		coordinator,
		alliance.id,
		feedFormSchema.parse({
			name: 'Familienzentrum Am Hafen',
			url: `${base}${path}`,
			partnerId,
			...options
		}),
		now
	);
}

beforeAll(async () => {
	ctx = await createTestContext();
	ictx = {
		...ctx,
		fetchPolicy: { allowAddresses: ['127.0.0.1'], timeoutMs: 1500, maxBytes: 64 * 1024 }
	};
	alliance = await makeAlliance(ctx);
	const actor = async (role: 'coordinator' | 'partner') => ({
		userId: (await makePerson(ctx, { alliance, role })).userId,
		platformAdmin: false
	});
	coordinator = await actor('coordinator');
	contact = await actor('partner');
	otherContact = await actor('partner');
	partnerId = (await makePartner(ctx, alliance.id, 'Familienzentrum Am Hafen')).id;
	otherPartnerId = (await makePartner(ctx, alliance.id, 'Sportverein')).id;
	await linkPartnerContact(ctx, alliance.id, partnerId, contact.userId);
	await linkPartnerContact(ctx, alliance.id, otherPartnerId, otherContact.userId);
	server = http.createServer((req, res) => {
		const file = files.get(req.url ?? '');
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		setTimeout(() => {
			res.writeHead(file.status ?? 200, { 'content-type': 'text/calendar; charset=utf-8' });
			res.end(file.body);
		}, file.delayMs ?? 0);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await ctx.close();
});
beforeEach(() => {
	ctx.smtp.clear();
	stamp = '20261121T100000Z';
});

describe('syncing a subscribed calendar', () => {
	it('imports single, all-day and recurring events; series stay series with their exceptions', async () => {
		files.set('/hafen.ics', {
			body: cal(CAFE(), CAFE_MOVED, CAFE_CANCELLED, FEST(), FERIEN, PAST)
		});
		const feed = await feedFor('/hafen.ics');
		const result = await syncFeed(ictx, alliance.id, feed.id, now);
		expect(result).toMatchObject({ ok: true, created: 4, updated: 0, skipped: 0 });
		const rows = await importedEvents(feed.id);
		expect(rows.map((r) => [r.external_uid, r.status, r.organiser_partner_id])).toEqual([
			['cafe@hafen.example', 'submitted', partnerId],
			['ferien@hafen.example', 'submitted', partnerId],
			['fest@hafen.example', 'submitted', partnerId],
			['past@hafen.example', 'submitted', partnerId]
		]);
		const cafe = rows[0]!;
		// One row for the whole series: the rule and the left-out date are kept, not expanded.
		expect(cafe.rrule).toBe('FREQ=WEEKLY;BYDAY=WE');
		expect(JSON.parse(cafe.exdates)).toEqual(['2026-12-23T08:30:00.000Z']);
		expect(cafe).toMatchObject({
			source: 'import',
			place_name: 'Familienzentrum Am Hafen',
			address: 'Kaistraße 12, 12349 Musterstadt'
		});
		const overrides = await getEventOverrides(ctx, alliance.id, cafe.id);
		expect(overrides.map((o) => [o.recurrenceId, o.cancelled, o.start, o.title])).toEqual([
			['2026-12-09T08:30:00.000Z', false, '2026-12-09T14:00:00.000Z', 'Elterncafé am Nachmittag'],
			['2026-12-16T08:30:00.000Z', true, null, null]
		]);
		expect(rows[1]).toMatchObject({
			all_day: 1,
			start_utc: '2026-12-27T23:00:00.000Z',
			end_utc: '2026-12-30T23:00:00.000Z'
		});
		expect(rows[2]?.website_url).toBe('https://hafen.example/adventsfest');
		// Waiting for moderation: the coordinators hear of it.
		await ctx.smtp.waitFor(
			(
				await ctx.db
					.selectFrom('user')
					.select('email')
					.where('id', '=', coordinator.userId)
					.executeTakeFirstOrThrow()
			).email,
			/4 neue Termine aus „Familienzentrum Am Hafen“ warten auf Freigabe/
		);
		const shown = await getFeed(ctx, coordinator, alliance.id, feed.id);
		expect(shown).toMatchObject({ lastStatus: 'ok', lastError: '' });
		expect(shown.lastResult).toMatchObject({ created: 4 });
	});

	it('changes nothing when synced twice, also when only DTSTAMP differs', async () => {
		files.set('/twice.ics', { body: cal(CAFE(), CAFE_MOVED, FEST()) });
		const feed = await feedFor('/twice.ics', { autoPublish: 'on' });
		await syncFeed(ictx, alliance.id, feed.id, now);
		const before = await importedEvents(feed.id);
		const history = await ctx.db.selectFrom('event_history').select('id').execute();
		expect(await syncFeed(ictx, alliance.id, feed.id, now)).toMatchObject({
			ok: true,
			notModified: true
		});
		stamp = '20261122T083000Z';
		files.set('/twice.ics', { body: cal(CAFE(), CAFE_MOVED, FEST()) });
		expect(await syncFeed(ictx, alliance.id, feed.id, now)).toMatchObject({
			ok: true,
			created: 0,
			updated: 0,
			unchanged: 2,
			removed: 0
		});
		const after = await importedEvents(feed.id);
		expect(after.map((r) => [r.id, r.sequence, r.updated_at])).toEqual(
			before.map((r) => [r.id, r.sequence, r.updated_at])
		);
		expect(await ctx.db.selectFrom('event_history').select('id').execute()).toHaveLength(
			history.length
		);
		expect(after.every((r) => r.status === 'published')).toBe(true);
	});

	it('updates what changed (SEQUENCE rises), keeps the alliance’s own additions, and handles removals', async () => {
		files.set('/change.ics', { body: cal(CAFE(), FEST(), PAST) });
		const feed = await feedFor('/change.ics', { autoPublish: 'on' });
		await syncFeed(ictx, alliance.id, feed.id, now);
		const [cafe, fest] = await importedEvents(feed.id);
		// A coordinator adds topics and target groups to the imported event.
		const topics = await ensureDefaultTopics(ctx, alliance.id);
		const current = (await getEvent(ctx, alliance.id, fest!.id))!;
		await updateEvent(ctx, coordinator, alliance.id, fest!.id, {
			...current,
			descriptionHtml: current.descriptionHtml,
			organiserPartnerId: current.organiser.partnerId,
			organiserName: '',
			topicIds: [topics[0]!.id],
			targetGroups: ['3-6', 'parents'],
			cost: { kind: 'free', cents: null, note: '' }
		});
		const festSequence = (await getEvent(ctx, alliance.id, fest!.id))!.sequence;

		// The feed moves the festival to 15:00, drops the café and the past event.
		files.set('/change.ics', { body: cal(FEST('150000')) });
		const result = await syncFeed(ictx, alliance.id, feed.id, new Date(now.getTime() + 3600_000));
		expect(result).toMatchObject({ ok: true, updated: 1, removed: 1 });
		const festAfter = (await getEvent(ctx, alliance.id, fest!.id))!;
		expect(festAfter.start).toBe('2026-12-12T14:00:00.000Z');
		expect(festAfter.sequence).toBeGreaterThan(festSequence);
		expect(festAfter.topicIds).toEqual([topics[0]!.id]);
		expect(festAfter.targetGroups).toEqual(['3-6', 'parents']);
		expect(festAfter.cost.kind).toBe('free');
		const cafeAfter = (await getEvent(ctx, alliance.id, cafe!.id))!;
		expect(cafeAfter).toMatchObject({ status: 'cancelled', statusNote: REMOVED_NOTE });
		const past = (await importedEvents(feed.id)).find(
			(r) => r.external_uid === 'past@hafen.example'
		)!;
		expect(past.status).toBe('published');

		// The café comes back: public again.
		files.set('/change.ics', { body: cal(CAFE(), FEST('150000')) });
		await syncFeed(ictx, alliance.id, feed.id, new Date(now.getTime() + 7200_000));
		expect((await getEvent(ctx, alliance.id, cafe!.id))?.status).toBe('published');

		// Cancelled in the source: cancelled here, with the reason.
		files.set('/change.ics', {
			body: cal(
				CAFE(),
				FEST('150000').replace('SUMMARY:Adventsfest', 'SUMMARY:Adventsfest\r\nSTATUS:CANCELLED')
			)
		});
		expect(
			await syncFeed(ictx, alliance.id, feed.id, new Date(now.getTime() + 9000_000))
		).toMatchObject({ cancelled: 1 });
		expect(await getEvent(ctx, alliance.id, fest!.id)).toMatchObject({
			status: 'cancelled',
			statusNote: CANCELLED_NOTE
		});

		// Our own feed keeps the imported series as one VEVENT with its RRULE (read back with ical.js).
		const ics = await calendarIcs(
			ctx,
			alliance.id,
			EMPTY_FILTER,
			{ baseUrl: 'https://b.example', name: 'B' },
			{ now }
		);
		const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
		const cafes = vevents.filter((v) => v.getFirstPropertyValue('uid') === cafeAfter.uid);
		expect(cafes).toHaveLength(1);
		expect(String(cafes[0]!.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;BYDAY=WE');
	});

	it('shows the error and keeps every imported event when the feed is broken or unreachable', async () => {
		files.set('/broken.ics', { body: cal(FEST()) });
		const feed = await feedFor('/broken.ics', { autoPublish: 'on' });
		await syncFeed(ictx, alliance.id, feed.id, now);
		const before = await importedEvents(feed.id);
		expect(before).toHaveLength(1);
		const cases: [{ status?: number; body: string; delayMs?: number }, string][] = [
			[{ body: 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:kaputt\r\n' }, 'import.error.badIcs'],
			[{ body: '<!doctype html><title>Kalender</title>' }, 'import.error.notIcs'],
			[{ status: 500, body: 'Fehler' }, 'import.error.http'],
			[{ body: 'x'.repeat(70 * 1024) }, 'import.error.tooLarge'],
			[{ body: cal(), delayMs: 2500 }, 'import.error.timeout']
		];
		for (const [file, key] of cases) {
			files.set('/broken.ics', file);
			expect(await syncFeed(ictx, alliance.id, feed.id, now)).toMatchObject({
				ok: false,
				error: key
			});
			const shown = await getFeed(ctx, coordinator, alliance.id, feed.id);
			expect(shown).toMatchObject({ lastStatus: 'error', lastError: key });
			const after = await importedEvents(feed.id);
			expect(after.map((r) => [r.id, r.status, r.sequence])).toEqual(
				before.map((r) => [r.id, r.status, r.sequence])
			);
		}
		// An empty but valid calendar after a broken one is read completely: then removals apply.
		files.set('/broken.ics', { body: cal() });
		expect(await syncFeed(ictx, alliance.id, feed.id, now)).toMatchObject({ ok: true, removed: 1 });
	});

	it('skips a series whose rule we cannot keep, and names it', async () => {
		files.set('/odd.ics', {
			body: cal(
				FEST(),
				vevent([
					'UID:hourly@x',
					'DTSTART:20261202T090000Z',
					'RRULE:FREQ=HOURLY',
					'SUMMARY:Stündlich'
				])
			)
		});
		const feed = await feedFor('/odd.ics');
		const result = await syncFeed(ictx, alliance.id, feed.id, now);
		expect(result).toMatchObject({ created: 1, skipped: 1 });
		expect(result.problems[0]).toContain('hourly@x');
		expect((await getFeed(ctx, coordinator, alliance.id, feed.id)).lastError).toBe(
			'import.warning.skipped'
		);
	});
});
