import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { saveMeeting } from '../working-groups/meeting.service.ts';
import {
	meetingSchema,
	memberSchema,
	workingGroupSchema
} from '../working-groups/working-group.schema.ts';
import { addMember, saveGroup } from '../working-groups/working-group.service.ts';
import { sendDueDigests } from './digest.service.ts';
import { announcementSchema, profileSchema } from './intern.schema.ts';
import {
	addLibraryDocument,
	announcements,
	createFolder,
	library,
	libraryDownload,
	memberDirectory,
	postAnnouncement,
	saveOwnProfile
} from './intern.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let partnerA: TestPerson;
let partnerB: TestPerson;
let stranger: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

const PDF =
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF';

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { name: 'Bündnis Altstadt' });
	b = await makeAlliance(ctx, { name: 'Bündnis Bergdorf' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara Koord' });
	partnerA = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Paula Partner' });
	partnerB = await makePerson(ctx, { alliance: b, role: 'partner', name: 'Bodo Berg' });
	stranger = await makePerson(ctx, { name: 'Sven Fremd' });
});
afterAll(async () => {
	await ctx.close();
});

describe('internal area', () => {
	it('announcements: coordinators post, members read, others are refused', async () => {
		await postAnnouncement(
			ctx,
			actor(coordinator),
			a.id,
			announcementSchema.parse({ title: 'Plenum am 5. Dezember', body: 'Bitte vormerken.' })
		);
		expect(
			await status(
				postAnnouncement(
					ctx,
					actor(partnerA),
					a.id,
					announcementSchema.parse({ title: 'Ich auch' })
				)
			)
		).toBe(403);
		expect((await announcements(ctx, actor(partnerA), a.id)).map((x) => x.title)).toEqual([
			'Plenum am 5. Dezember'
		]);
		expect(await status(announcements(ctx, actor(partnerB), a.id))).toBe(403);
		expect(await status(announcements(ctx, actor(stranger), a.id))).toBe(403);
	});

	it('library: folders and PDFs for members of the alliance only', async () => {
		const folder = await createFolder(ctx, actor(coordinator), a.id, {
			name: 'Protokolle',
			parentId: ''
		});
		await createFolder(ctx, actor(coordinator), a.id, { name: '2026', parentId: folder.id });
		await addLibraryDocument(
			ctx,
			actor(coordinator),
			a.id,
			{ title: 'Geschäftsordnung', folderId: folder.id },
			new File([PDF], 'go.pdf', { type: 'application/pdf' })
		);
		const tree = await library(ctx, actor(partnerA), a.id);
		expect(tree.map((f) => [f.name, f.depth])).toEqual([
			['Protokolle', 0],
			['2026', 1]
		]);
		const doc = tree[0]!.documents[0]!;
		expect(doc.title).toBe('Geschäftsordnung');
		expect(await status(libraryDownload(ctx, actor(partnerA), a.id, doc.id))).toBe('ok');
		expect(await status(libraryDownload(ctx, actor(partnerB), a.id, doc.id))).toBe(403);
		expect(await status(libraryDownload(ctx, actor(partnerB), b.id, doc.id))).toBe(404);
		expect(
			await status(
				addLibraryDocument(ctx, actor(partnerA), a.id, { title: 'X', folderId: folder.id }, null)
			)
		).toBe(403);
	});

	it('member directory: only who opted in, only the fields they chose', async () => {
		await saveOwnProfile(
			ctx,
			actor(partnerA),
			a.id,
			profileSchema.parse({ listed: 'on', showEmail: 'on', phone: '0123 1', about: 'Kita-Leitung' })
		);
		await saveOwnProfile(ctx, actor(coordinator), a.id, profileSchema.parse({ showEmail: 'on' }));
		const entries = await memberDirectory(ctx, actor(partnerA), a.id);
		expect(entries.map((e) => e.name)).toEqual(['Paula Partner']);
		expect(entries[0]?.email).toBe(partnerA.email);
		expect(entries[0]?.phone).toBeNull();
		expect(JSON.stringify(entries)).not.toContain(coordinator.email);
		expect(await status(memberDirectory(ctx, actor(partnerB), a.id))).toBe(403);
	});

	it('weekly digest: sends what is new to those who asked for it, once a week', async () => {
		const group = await saveGroup(
			ctx,
			actor(coordinator),
			a.id,
			null,
			workingGroupSchema.parse({ name: 'Familienzeit' })
		);
		await addMember(
			ctx,
			actor(coordinator),
			a.id,
			group.id,
			memberSchema.parse({ userId: partnerA.userId })
		);
		const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
		await saveMeeting(
			ctx,
			actor(coordinator),
			a.id,
			group.id,
			null,
			meetingSchema.parse({
				title: 'Sommerfest planen',
				start: `${soon}T17:00`,
				end: `${soon}T18:30`,
				place: 'Rathaus'
			})
		);
		await saveOwnProfile(
			ctx,
			actor(partnerA),
			a.id,
			profileSchema.parse({ listed: 'on', digest: 'on' })
		);
		ctx.smtp.clear();
		const now = new Date();
		expect(await sendDueDigests(ctx, now)).toBe(1);
		const mail = await ctx.smtp.waitFor(partnerA.email, /Wochenüberblick/);
		expect(mail.text).toContain('Guten Tag Paula Partner');
		expect(mail.text).toContain('Plenum am 5. Dezember');
		expect(mail.text).toContain('Sommerfest planen');
		expect(mail.text).toContain('Geschäftsordnung');
		expect(await sendDueDigests(ctx, new Date(now.getTime() + 86_400_000))).toBe(0);
	});
});
