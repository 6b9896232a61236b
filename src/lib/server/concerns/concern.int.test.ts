import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import {
	addNote,
	answerConcern,
	assignConcern,
	concernDetail,
	listInbox,
	routeConcern
} from './concern-inbox.service.ts';
import {
	LIMIT_PER_ALLIANCE,
	LIMIT_PER_INSTALLATION,
	addFollowUp,
	concernForm,
	concernStatus,
	submitConcern
} from './concern-intake.service.ts';
import { anonymiseClosedConcerns, remindWaitingConcerns } from './concern-retention.ts';
import { answerRouted, listRouted, routedDetail } from './concern-routed.service.ts';
import { saveSettings } from './concern-setup.service.ts';
import { concernStats } from './concern-stats.service.ts';
import { concernFormSchema } from './concern.schema.ts';
import { issueFormToken } from './form-guard.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let contactA: TestPerson;
let contactOther: TestPerson;
let contactB: TestPerson;
let partnerA: { id: string; name: string };
let partnerOther: { id: string; name: string };
let partnerB: { id: string; name: string };
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
let ip = 0;
const nextIp = () => `10.1.0.${++ip}`;

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

/** A filled form as a family sends it, the form served 10 s before `now`. */
async function formFor(
	alliance: Alliance,
	fields: Record<string, string>,
	now = new Date()
): Promise<ReturnType<typeof concernFormSchema.parse>> {
	const { categories } = await concernForm(ctx, alliance.id);
	return concernFormSchema.parse({
		categoryId: categories[1]?.id,
		message: 'Wir suchen für unseren Sohn (3) einen Kitaplatz ab August. Wer kann helfen?',
		consent: 'on',
		website: '',
		started: await issueFormToken(ctx.db, `concern:${alliance.id}`, now.getTime() - 10_000),
		...fields
	});
}

const req = (now = new Date()) => ({ clientKey: nextIp(), locale: 'de' as const, now });

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { name: 'Bündnis Altstadt', slug: 'altstadt' });
	b = await makeAlliance(ctx, { name: 'Bündnis Bergdorf', slug: 'bergdorf' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara Koord' });
	contactA = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Paula Kita' });
	contactOther = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Otto Verein' });
	contactB = await makePerson(ctx, { alliance: b, role: 'partner', name: 'Bodo Berg' });
	partnerA = await makePartner(ctx, a.id, 'Kita Sonnenschein');
	partnerOther = await makePartner(ctx, a.id, 'Sportverein Musterstadt');
	partnerB = await makePartner(ctx, b.id, 'Familienzentrum Bergdorf');
	await linkPartnerContact(ctx, a.id, partnerA.id, contactA.userId);
	await linkPartnerContact(ctx, a.id, partnerOther.id, contactOther.userId);
	await linkPartnerContact(ctx, b.id, partnerB.id, contactB.userId);
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('a family writes in', () => {
	it('anonymously with an address: reference and status link, mailed without the text', async () => {
		const result = await submitConcern(
			ctx,
			a,
			await formFor(a, { anonymous: 'on', name: 'Soll weg', email: 'mutter@example.org' }),
			req()
		);
		if (!result.ok) throw new Error(result.error);
		expect(result.reference).toMatch(/^AN-[A-Z2-9]{6}$/);
		expect(result.statusUrl).toMatch(
			/^http:\/\/localhost:5999\/b\/altstadt\/anliegen\/[A-Za-z0-9_-]{43}$/
		);
		const mail = await ctx.smtp.waitFor('mutter@example.org', /angekommen/);
		expect(mail.text).toContain(result.reference);
		expect(mail.text).toContain(result.statusUrl);
		expect(mail.text).not.toContain('Kitaplatz');
		const view = await concernStatus(ctx, a, result.statusUrl.split('/').pop()!);
		expect(view?.status).toBe('received');
		expect(view?.message).toContain('Kitaplatz');
		const stored = await ctx.db
			.selectFrom('concern')
			.select(['name', 'email'])
			.where('reference', '=', result.reference)
			.executeTakeFirstOrThrow();
		expect(stored).toEqual({ name: '', email: 'mutter@example.org' });
		// The status link belongs to its alliance only.
		expect(await concernStatus(ctx, b, result.statusUrl.split('/').pop()!)).toBeNull();
	});

	it('a filled honeypot, a form sent at once or a forged token are not stored', async () => {
		const count = async () =>
			Number(
				(
					await ctx.db
						.selectFrom('concern')
						.select((eb) => eb.fn.countAll<number>().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);
		const before = await count();
		const bot = await submitConcern(
			ctx,
			a,
			await formFor(a, { website: 'https://spam.example', email: 'opfer@example.org' }),
			req()
		);
		expect(bot.ok).toBe(true);
		const now = new Date();
		const fast = await submitConcern(
			ctx,
			a,
			await formFor(a, { started: await issueFormToken(ctx.db, `concern:${a.id}`, now.getTime()) }),
			req(now)
		);
		expect(fast).toMatchObject({ ok: false, error: 'concerns.error.tooFast' });
		const forged = await submitConcern(
			ctx,
			a,
			await formFor(a, { started: `${now.getTime() - 60_000}.${'x'.repeat(32)}` }),
			req(now)
		);
		expect(forged).toMatchObject({ ok: false, error: 'concerns.error.expired' });
		// A token made for alliance B does not open A's form.
		const otherScope = await submitConcern(
			ctx,
			a,
			await formFor(a, {
				started: await issueFormToken(ctx.db, `concern:${b.id}`, now.getTime() - 10_000)
			}),
			req(now)
		);
		expect(otherScope).toMatchObject({ ok: false, error: 'concerns.error.expired' });
		expect(await count()).toBe(before);
		expect(ctx.smtp.mails.filter((m) => m.to.includes('opfer@example.org'))).toEqual([]);
	});

	it('refuses a category of another alliance and a missing consent', async () => {
		const { categories } = await concernForm(ctx, b.id);
		const result = await submitConcern(
			ctx,
			a,
			await formFor(a, { categoryId: categories[0]!.id }),
			req()
		);
		expect(result).toMatchObject({ ok: false, field: 'categoryId' });
		expect(
			concernFormSchema.safeParse({ categoryId: 'x', message: 'Eine Frage an Sie' }).success
		).toBe(false);
	});

	it('is not a mail cannon: limits per address, per installation and per recipient', async () => {
		const now = new Date('2026-12-06T10:00:00Z');
		const client = '10.9.9.9';
		for (let i = 0; i < LIMIT_PER_ALLIANCE.limit; i++) {
			const r = await submitConcern(ctx, a, await formFor(a, {}, now), {
				...req(now),
				clientKey: client
			});
			expect(r.ok).toBe(true);
		}
		const over = await submitConcern(ctx, a, await formFor(a, {}, now), {
			...req(now),
			clientKey: client
		});
		expect(over).toMatchObject({ ok: false, error: 'error.tooManyRequests', status: 429 });

		// Across alliances the same address is limited for the whole installation.
		const four = [a, b, await makeAlliance(ctx), await makeAlliance(ctx)];
		const wide = '10.8.8.8';
		let accepted = 0;
		for (let i = 0; i < LIMIT_PER_INSTALLATION.limit + 3; i++) {
			const alliance = four[i % 4]!;
			const r = await submitConcern(ctx, alliance, await formFor(alliance, {}, now), {
				...req(now),
				clientKey: wide
			});
			if (r.ok) accepted++;
		}
		expect(accepted).toBe(LIMIT_PER_INSTALLATION.limit);

		// One address named in many forms gets few mails; the concerns are kept all the same.
		const results = [];
		for (let i = 0; i < 5; i++) {
			results.push(
				await submitConcern(
					ctx,
					i % 2 ? a : b,
					await formFor(i % 2 ? a : b, { email: 'ziel@example.org' }, now),
					req(now)
				)
			);
		}
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.filter((r) => r.ok && r.mailed)).toHaveLength(3);
		await ctx.smtp.waitFor('ziel@example.org', /angekommen/);
		await expect
			.poll(() => ctx.smtp.mails.filter((m) => m.to.includes('ziel@example.org')).length)
			.toBe(3);
	});
});

describe('coordinators and partners answer', () => {
	it('routes to a partner, who alone sees and answers it; the family reads it on its link and in the mail', async () => {
		const submitted = await submitConcern(
			ctx,
			a,
			await formFor(a, {
				anonymous: 'on',
				email: 'mama@example.org',
				message: 'Gibt es eine Krabbelgruppe in der Altstadt?'
			}),
			req()
		);
		if (!submitted.ok) throw new Error('not stored');
		const token = submitted.statusUrl.split('/').pop()!;
		const { concerns } = await listInbox(ctx, actor(coordinator), a.id, {});
		const item = concerns.find((c) => c.reference === submitted.reference)!;
		expect(item.status).toBe('received');

		await addNote(ctx, actor(coordinator), a.id, item.id, 'Intern: Kita Sonnenschein fragen');
		await assignConcern(ctx, actor(coordinator), a.id, item.id, coordinator.userId);
		expect(
			await status(assignConcern(ctx, actor(coordinator), a.id, item.id, contactA.userId))
		).toBe(400);
		// A partner of another alliance is not a routing target.
		expect(
			await status(routeConcern(ctx, actor(coordinator), a, item.id, `partner:${partnerB.id}`))
		).toBe(400);
		await routeConcern(ctx, actor(coordinator), a, item.id, `partner:${partnerA.id}`);
		const notice = await ctx.smtp.waitFor(contactA.email, /Ein Anliegen für Sie/);
		expect(notice.text).toContain(`/intern/anliegen/${item.id}`);
		expect(notice.text).not.toContain('mama@example.org');

		// The partner sees it, without notes and contact data; others see nothing.
		expect((await listRouted(ctx, actor(contactA), a.id)).map((c) => c.id)).toEqual([item.id]);
		const seen = await routedDetail(ctx, actor(contactA), a.id, item.id);
		expect(JSON.stringify(seen)).not.toContain('Intern:');
		expect(JSON.stringify(seen)).not.toContain('mama@example.org');
		expect(await listRouted(ctx, actor(contactOther), a.id)).toEqual([]);
		expect(await status(routedDetail(ctx, actor(contactOther), a.id, item.id))).toBe(404);
		expect(await status(answerRouted(ctx, actor(contactOther), a, item.id, 'Nicht meins'))).toBe(
			404
		);
		expect(await status(routedDetail(ctx, actor(contactB), a.id, item.id))).toBe(403);
		expect(await status(routedDetail(ctx, actor(contactB), b.id, item.id))).toBe(404);
		expect(await status(concernDetail(ctx, actor(contactA), a.id, item.id))).toBe(403);

		await answerRouted(
			ctx,
			actor(contactA),
			a,
			item.id,
			'Ja! Dienstags um 10 Uhr in der Kita Sonnenschein.'
		);
		const mail = await ctx.smtp.waitFor('mama@example.org', /Antwort auf Ihr Anliegen/);
		expect(mail.text).toContain('Dienstags um 10 Uhr');
		expect(mail.text).toContain(submitted.statusUrl);
		const view = await concernStatus(ctx, a, token);
		expect(view?.status).toBe('answered');
		expect(view?.entries.map((e) => [e.kind, e.from])).toEqual([['answer', 'Kita Sonnenschein']]);
		expect(JSON.stringify(view)).not.toContain('Intern:');

		// The family adds something: it waits again; then the coordinator answers and closes.
		const added = await addFollowUp(
			ctx,
			a,
			token,
			{ message: 'Danke! Brauche ich eine Anmeldung?', website: '' },
			req()
		);
		expect(added).toEqual({ ok: true });
		await ctx.smtp.waitFor(coordinator.email, /Neue Nachricht zum Anliegen/);
		const detail = await concernDetail(ctx, actor(coordinator), a.id, item.id);
		expect(detail.concern.status).toBe('in_progress');
		expect(detail.concern.waitingSince).not.toBeNull();
		await answerConcern(ctx, actor(coordinator), a, item.id, {
			body: 'Nein, einfach vorbeikommen.',
			close: 'on'
		});
		const closed = await concernStatus(ctx, a, token);
		expect(closed?.status).toBe('closed');
		expect(
			await addFollowUp(ctx, a, token, { message: 'Noch etwas', website: '' }, req())
		).toMatchObject({
			status: 409
		});
	});
});

describe('working groups and languages', () => {
	it('routes to a working group: its members see and answer it; an English family gets English mails', async () => {
		const member = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Wilma Gruppe' });
		const now = new Date().toISOString();
		const groupId = crypto.randomUUID();
		await ctx.db
			.insertInto('working_group')
			.values({
				id: groupId,
				alliance_id: a.id,
				slug: 'pflege',
				name: 'AG Pflege',
				created_at: now,
				updated_at: now
			})
			.execute();
		await ctx.db
			.insertInto('working_group_member')
			.values({
				id: crypto.randomUUID(),
				alliance_id: a.id,
				working_group_id: groupId,
				user_id: member.userId,
				name: 'Wilma Gruppe',
				created_at: now
			})
			.execute();
		const submitted = await submitConcern(
			ctx,
			a,
			await formFor(a, {
				email: 'family@example.org',
				message: 'Where can I get advice on caring for my father?'
			}),
			{ ...req(), locale: 'en' }
		);
		if (!submitted.ok) throw new Error('not stored');
		const first = await ctx.smtp.waitFor('family@example.org', /has arrived/);
		expect(first.text).toContain('Your reference number');
		const { concerns } = await listInbox(ctx, actor(coordinator), a.id, {});
		const id = concerns.find((c) => c.reference === submitted.reference)!.id;
		// Another alliance's working group is no target.
		const groupB = crypto.randomUUID();
		await ctx.db
			.insertInto('working_group')
			.values({
				id: groupB,
				alliance_id: b.id,
				slug: 'fremd',
				name: 'Fremde AG',
				created_at: now,
				updated_at: now
			})
			.execute();
		expect(await status(routeConcern(ctx, actor(coordinator), a, id, `group:${groupB}`))).toBe(400);
		await routeConcern(ctx, actor(coordinator), a, id, `group:${groupId}`);
		await ctx.smtp.waitFor(member.email, /Ein Anliegen für Sie/);
		expect((await listRouted(ctx, actor(member), a.id)).map((c) => c.id)).toContain(id);
		expect(await status(routedDetail(ctx, actor(contactA), a.id, id))).toBe(404);
		await answerRouted(
			ctx,
			actor(member),
			a,
			id,
			'The care counselling office has evening hours on Thursdays.'
		);
		const answer = await ctx.smtp.waitFor('family@example.org', /An answer to your concern/);
		expect(answer.text).toContain('from AG Pflege');
		// Taking the routing back takes the access back.
		await routeConcern(ctx, actor(coordinator), a, id, '');
		expect(await status(routedDetail(ctx, actor(member), a.id, id))).toBe(404);
	});
});

describe('daily job', () => {
	it('reminds once about a concern waiting longer than the set days', async () => {
		const now = new Date();
		const old = new Date(now.getTime() - 10 * 86_400_000);
		const r = await submitConcern(ctx, a, await formFor(a, {}, old), req(old));
		if (!r.ok) throw new Error('not stored');
		await saveSettings(ctx, actor(coordinator), a.id, { retentionMonths: 12, reminderDays: 7 });
		ctx.smtp.clear();
		expect(await remindWaitingConcerns(ctx, now)).toBeGreaterThanOrEqual(1);
		const reminder = await ctx.smtp.waitFor(coordinator.email, /seit 7 Tagen/);
		expect(reminder.text).toContain(r.reference);
		ctx.smtp.clear();
		expect(await remindWaitingConcerns(ctx, now)).toBe(0);
	});

	it('anonymises closed concerns after the retention period and keeps the counts', async () => {
		const created = new Date('2025-01-10T09:00:00Z');
		const r = await submitConcern(
			ctx,
			b,
			await formFor(b, { name: 'Familie Groß', email: 'gross@example.org' }, created),
			req(created)
		);
		if (!r.ok) throw new Error('not stored');
		const coordB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		const { concerns } = await listInbox(ctx, actor(coordB), b.id, { status: 'all' });
		const id = concerns.find((c) => c.reference === r.reference)!.id;
		await answerConcern(ctx, actor(coordB), b, id, { body: 'Erledigt, danke.', close: 'on' });
		await ctx.db
			.updateTable('concern')
			.set({ closed_at: '2025-01-12T09:00:00Z', first_answer_at: '2025-01-12T09:00:00Z' })
			.where('id', '=', id)
			.execute();

		expect(await anonymiseClosedConcerns(ctx, new Date('2025-12-01T00:00:00Z'))).toBe(0);
		expect(await anonymiseClosedConcerns(ctx, new Date('2026-02-01T00:00:00Z'))).toBe(1);
		const row = await ctx.db
			.selectFrom('concern')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect([row.message, row.name, row.email, row.status_token]).toEqual(['', '', '', null]);
		expect(await concernStatus(ctx, b, r.statusUrl.split('/').pop()!)).toBeNull();
		const entries = await ctx.db
			.selectFrom('concern_entry')
			.select('id')
			.where('concern_id', '=', id)
			.execute();
		expect(entries).toEqual([]);
		const stats = await concernStats(ctx, actor(coordB), b.id, 2025);
		expect(stats.total).toMatchObject({ count: 1, answered: 1, medianDays: 2 });
	});
});
