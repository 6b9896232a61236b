import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../../tests/factories/events.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError } from '../../app-error.ts';
import { createJobRunner } from '../../jobs/job-runner.ts';
import { JOB_DEFINITIONS } from '../../jobs/registry.ts';
import { feedFormSchema } from './import.schema.ts';
import { type ImportCtx } from './import.types.ts';
import { createFeed, deleteFeed, getFeed, listFeeds, requestSync } from './import-feeds.service.ts';

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

describe('subscriptions', () => {
	it('refuse addresses inside the network at once (no test allow-list here)', async () => {
		const plain = { ...ctx } as ImportCtx;
		for (const url of [
			'http://127.0.0.1/k.ics',
			'http://localhost/k.ics',
			'http://10.0.0.3/k.ics',
			'http://192.168.1.1/k.ics',
			'http://[::1]/k.ics',
			'http://169.254.169.254/k.ics'
		]) {
			const error = await createFeed(
				plain,
				coordinator,
				alliance.id,
				feedFormSchema.parse({ name: 'X', url, partnerId: '' }),
				now
			).catch((e: unknown) => e);
			expect(error, url).toBeInstanceOf(AppError);
			expect((error as AppError).key).toBe('import.error.blockedAddress');
			expect((error as AppError).field).toBe('url');
		}
		expect(() => feedFormSchema.parse({ name: 'X', url: 'file:///etc/passwd' })).toThrow();
		expect(feedFormSchema.parse({ name: 'X', url: 'webcal://kalender.example/a.ics' }).url).toBe(
			'http://kalender.example/a.ics'
		);
	});

	it('belong to their partner: contacts see and change only their own, and cannot skip approval', async () => {
		files.set('/own.ics', { body: cal(FEST()) });
		const own = await createFeed(
			ictx,
			contact,
			alliance.id,
			feedFormSchema.parse({
				name: 'Unser Kalender',
				url: `${base}/own.ics`,
				partnerId,
				autoPublish: 'on'
			}),
			now
		);
		expect(own.autoPublish).toBe(false);
		const mine = await listFeeds(ctx, contact, alliance.id, [partnerId]);
		expect(mine.map((f) => f.id)).toContain(own.id);
		expect(await listFeeds(ctx, otherContact, alliance.id, [otherPartnerId])).toEqual([]);
		for (const attempt of [
			() => getFeed(ctx, otherContact, alliance.id, own.id),
			() => requestSync(ictx, otherContact, alliance.id, own.id),
			() => deleteFeed(ictx, otherContact, alliance.id, own.id, { removeEvents: true }),
			() =>
				createFeed(
					ictx,
					otherContact,
					alliance.id,
					feedFormSchema.parse({ name: 'Fremd', url: `${base}/own.ics`, partnerId }),
					now
				),
			() =>
				createFeed(
					ictx,
					contact,
					alliance.id,
					feedFormSchema.parse({ name: 'Bündnis', url: `${base}/own.ics`, partnerId: '' }),
					now
				)
		]) {
			const error = await attempt().catch((e: unknown) => e);
			expect(error).toBeInstanceOf(AppError);
			expect((error as AppError).status).toBe(404);
		}
	});

	it('are synced by the job runner on their schedule and on demand, once at a time', async () => {
		files.set('/job.ics', { body: cal(FEST()) });
		const feed = await feedFor('/job.ics', { autoPublish: 'on' });
		const runner = createJobRunner(ictx, { definitions: JOB_DEFINITIONS });
		await runner.tick(now);
		expect(await importedEvents(feed.id)).toHaveLength(1);
		// Due again after an hour, not before.
		files.set('/job.ics', { body: cal(FEST(), FERIEN) });
		await runner.tick(new Date(now.getTime() + 30 * 60_000));
		expect(await importedEvents(feed.id)).toHaveLength(1);
		await runner.tick(new Date(now.getTime() + 61 * 60_000));
		expect(await importedEvents(feed.id)).toHaveLength(2);
		// On demand: one queued sync, a second request adds nothing.
		expect(await requestSync(ictx, coordinator, alliance.id, feed.id, now)).toEqual({
			queued: true
		});
		expect(await requestSync(ictx, coordinator, alliance.id, feed.id, now)).toEqual({
			queued: false
		});
		expect(
			(await listFeeds(ctx, coordinator, alliance.id, null)).find((f) => f.id === feed.id)
				?.syncQueued
		).toBe(true);
		await runner.tick(new Date(now.getTime() + 62 * 60_000));
		expect(
			(await listFeeds(ctx, coordinator, alliance.id, null)).find((f) => f.id === feed.id)
				?.syncQueued
		).toBe(false);

		// Ending the subscription keeps its events as the alliance's own unless asked to remove them.
		await deleteFeed(ictx, coordinator, alliance.id, feed.id, { removeEvents: false });
		expect(
			await ctx.db
				.selectFrom('job_schedule')
				.select('key')
				.where('key', '=', `import:${feed.id}`)
				.execute()
		).toEqual([]);
		const kept = await ctx.db
			.selectFrom('event')
			.select(['source', 'source_feed_id'])
			.where('title', '=', 'Ferienbetreuung')
			.where('alliance_id', '=', alliance.id)
			.execute();
		expect(kept.some((k) => k.source === 'manual' && k.source_feed_id === null)).toBe(true);
	});
});
