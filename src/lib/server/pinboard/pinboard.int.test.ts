import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { sendDueDigests } from '../intern/digest.service.ts';
import { profileSchema } from '../intern/intern.schema.ts';
import { saveOwnProfile } from '../intern/intern.service.ts';
import { seedPinboardDemo } from './pinboard.demo.ts';
import { filterSchema, postSchema, replySchema } from './pinboard.schema.ts';
import {
	createPost,
	pinboard,
	pinboardPost,
	removePost,
	replyToPost,
	today
} from './pinboard.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let poster: TestPerson;
let replier: TestPerson;
let partnerB: TestPerson;
let stranger: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });
const DAY = 86_400_000;
const inDays = (n: number) => today(new Date(Date.now() + n * DAY));

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

function post(fields: Record<string, string> = {}) {
	return postSchema.parse({
		kind: 'offer',
		category: 'rooms',
		title: 'Gruppenraum dienstags frei',
		body: 'Unser Gruppenraum ist dienstags ab 16 Uhr frei, mit Küche und barrierefrei.',
		endsOn: inDays(14),
		...fields
	});
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { slug: 'pinnwand-a' });
	b = await makeAlliance(ctx, { slug: 'pinnwand-b' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	poster = await makePerson(ctx, {
		alliance: a,
		role: 'partner',
		name: 'Paula Posterin',
		email: 'paula@familienzentrum.example'
	});
	replier = await makePerson(ctx, {
		alliance: a,
		role: 'partner',
		name: 'Rainer Antwort',
		email: 'rainer@kita.example'
	});
	partnerB = await makePerson(ctx, { alliance: b, role: 'partner' });
	stranger = await makePerson(ctx, {});
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('Pinnwand', () => {
	it('members post and see current posts; other alliances and strangers do not', async () => {
		const { id } = await createPost(ctx, actor(poster), a.id, post());
		await createPost(
			ctx,
			actor(replier),
			a.id,
			post({ kind: 'request', category: 'volunteers', title: 'Helfer für das Sommerfest' })
		);
		const board = await pinboard(ctx, actor(replier), a.id);
		expect(board.posts.map((p) => p.title)).toEqual(
			expect.arrayContaining(['Gruppenraum dienstags frei', 'Helfer für das Sommerfest'])
		);
		expect(board.expired).toBeNull();
		const mine = board.posts.find((p) => p.id === id);
		expect(mine).toMatchObject({ author: 'Paula Posterin', own: false, kind: 'offer' });
		expect(JSON.stringify(board)).not.toContain('paula@familienzentrum.example');

		const offers = await pinboard(ctx, actor(replier), a.id, filterSchema.parse({ kind: 'offer' }));
		expect(offers.posts.every((p) => p.kind === 'offer')).toBe(true);
		const rooms = await pinboard(
			ctx,
			actor(replier),
			a.id,
			filterSchema.parse({ category: 'volunteers', kind: 'nonsense' })
		);
		expect(rooms.posts.map((p) => p.title)).toEqual(['Helfer für das Sommerfest']);

		// Another alliance's member: not a member here (403), and their board knows nothing of it.
		expect(await status(pinboard(ctx, actor(partnerB), a.id))).toBe(403);
		expect(await status(pinboardPost(ctx, actor(partnerB), b.id, id))).toBe(404);
		expect(await status(pinboard(ctx, actor(stranger), a.id))).toBe(403);
		expect(await status(createPost(ctx, actor(stranger), a.id, post()))).toBe(403);
	});

	it('end dates: not in the past, at most a year ahead; expired posts vanish except for coordinators', async () => {
		expect(await status(createPost(ctx, actor(poster), a.id, post({ endsOn: inDays(-1) })))).toBe(
			400
		);
		expect(await status(createPost(ctx, actor(poster), a.id, post({ endsOn: inDays(400) })))).toBe(
			400
		);
		const { id } = await createPost(
			ctx,
			actor(poster),
			a.id,
			post({ title: 'Nur noch heute', endsOn: inDays(0) })
		);
		expect((await pinboard(ctx, actor(replier), a.id)).posts.map((p) => p.id)).toContain(id);
		const later = new Date(Date.now() + 2 * DAY);
		const after = await pinboard(ctx, actor(replier), a.id, {}, later);
		expect(after.posts.map((p) => p.id)).not.toContain(id);
		expect(await status(pinboardPost(ctx, actor(replier), a.id, id, later))).toBe(404);
		const coord = await pinboard(ctx, actor(coordinator), a.id, {}, later);
		expect(coord.posts.map((p) => p.id)).not.toContain(id);
		expect(coord.expired?.map((p) => p.id)).toContain(id);
		// The poster still finds it (to remove it), but nobody can reply any more.
		expect((await pinboardPost(ctx, actor(poster), a.id, id, later)).mayReply).toBe(false);
	});

	it('a reply is mailed to the poster with the replier as Reply-To; the poster’s address stays private', async () => {
		const { id } = await createPost(
			ctx,
			actor(poster),
			a.id,
			post({ title: 'Pavillons zu verleihen', category: 'material' })
		);
		const detail = await pinboardPost(ctx, actor(replier), a.id, id);
		expect(detail.mayReply).toBe(true);
		expect(JSON.stringify(detail)).not.toContain('paula@');
		await replyToPost(
			ctx,
			actor(replier),
			a,
			id,
			replySchema.parse({ message: 'Wir bräuchten beide Pavillons am 14. Juni. Geht das?' })
		);
		const mail = await ctx.smtp.waitFor(poster.email, /Antwort auf Ihren Beitrag/);
		expect(mail.replyTo).toBe('rainer@kita.example');
		expect(mail.text).toContain('Rainer Antwort');
		expect(mail.text).toContain('Wir bräuchten beide Pavillons am 14. Juni');
		expect(mail.text).toContain('Pavillons zu verleihen');
		expect(mail.text).toContain(`/intern/pinnwand/${id}`);
		expect(ctx.smtp.mails.some((m) => m.to.includes(replier.email))).toBe(false);
		expect((await pinboardPost(ctx, actor(poster), a.id, id)).post.replies).toBe(1);
		// No reply to one's own post; another alliance's member gets nothing sent.
		expect(
			await status(
				replyToPost(
					ctx,
					actor(poster),
					a,
					id,
					replySchema.parse({ message: 'Selbst geantwortet.' })
				)
			)
		).toBe(400);
		expect(
			await status(
				replyToPost(
					ctx,
					actor(partnerB),
					b,
					id,
					replySchema.parse({ message: 'Ich bin aus einem anderen Bündnis.' })
				)
			)
		).toBe(404);
		expect(replySchema.safeParse({ message: 'kurz' }).success).toBe(false);
	});

	it('coordinators remove any post, posters their own, others none', async () => {
		const { id } = await createPost(ctx, actor(poster), a.id, post({ title: 'Zu entfernen' }));
		expect(await status(removePost(ctx, actor(replier), a.id, id))).toBe(404);
		expect(await status(removePost(ctx, actor(partnerB), b.id, id))).toBe(404);
		await removePost(ctx, actor(coordinator), a.id, id);
		expect(await status(pinboardPost(ctx, actor(poster), a.id, id))).toBe(404);
		const own = await createPost(ctx, actor(poster), a.id, post({ title: 'Selbst entfernt' }));
		await removePost(ctx, actor(poster), a.id, own.id);
		expect((await pinboard(ctx, actor(poster), a.id)).posts.map((p) => p.id)).not.toContain(own.id);
	});

	it('the weekly digest lists new posts', async () => {
		await createPost(
			ctx,
			actor(poster),
			a.id,
			post({ kind: 'request', category: 'money', title: 'Zuschuss für Ferienfreizeit' })
		);
		await saveOwnProfile(ctx, actor(replier), a.id, profileSchema.parse({ digest: 'on' }));
		ctx.smtp.clear();
		expect(await sendDueDigests(ctx, new Date())).toBeGreaterThanOrEqual(1);
		const mail = await ctx.smtp.waitFor(replier.email, /Wochenüberblick/);
		expect(mail.text).toContain('NEU AN DER PINNWAND');
		expect(mail.text).toContain('Gesuch: Zuschuss für Ferienfreizeit');
		expect(mail.text).toMatch(/\/intern\/pinnwand\/[0-9a-f-]{36}/);
	});

	it('demo: ten posts, one of them expired', async () => {
		const c = await makeAlliance(ctx, { slug: 'pinnwand-demo' });
		const users = {
			coordinator: (await makePerson(ctx, { alliance: c, role: 'coordinator' })).userId,
			editor: (await makePerson(ctx, { alliance: c, role: 'editor' })).userId,
			partner: (await makePerson(ctx, { alliance: c, role: 'partner' })).userId
		};
		await seedPinboardDemo(ctx.db, c.id, users);
		const board = await pinboard(ctx, { userId: users.coordinator, platformAdmin: false }, c.id);
		expect(board.posts.length).toBe(9);
		expect(board.expired?.length).toBe(1);
	});
});
